import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { AuditTrailData } from "~/audit/audit-trail-route.server";
import { auditTrailResponse } from "~/audit/audit-trail-route.server";
import { AuditTrailPage } from "~/audit/ui/AuditTrail";
import { auditReaders } from "~/audit/links";
import { requireUser } from "~/auth/require-user.server";
import { roleHome } from "~/auth/roles";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "audit:title" };

/**
 * Every audit event of the organisation, newest first, filtered by a GET form; `/audit.csv`
 * downloads what the filters match. Reading only appends an "audit viewed" event.
 */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: auditReaders });
  return auditTrailResponse(request, user, requestLanguage(request, user));
}

export default function AuditTrail() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>() as unknown as AuditTrailData;
  const admin = data.viewer === "admin";
  return (
    <AuditTrailPage
      data={data}
      back={admin ? roleHome.admin : roleHome.manager}
      backLabel={t(admin ? "admin:home.title" : "home:manage.title")}
    />
  );
}
