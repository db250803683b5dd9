import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { formatDateTime } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { isAdultRole, listStaff } from "~/staff/staff.server";
import { StaffTable } from "~/staff/ui/StaffTable";
import { BackLink } from "~/ui/BackLink";
import { ButtonLink } from "~/ui/Button";

export const handle: RouteHandle = { titleKey: "staff:list.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const admin = requireUser(request, { role: "admin" });
  const asked = new URL(request.url).searchParams.get("role") ?? "";
  const role = isAdultRole(asked) ? asked : null;
  const lng = requestLanguage(request, admin);
  const rows = listStaff(admin, { role: role ?? undefined }).map((row) => ({
    id: row.id,
    displayName: row.displayName,
    username: row.username,
    role: row.role,
    lastSignIn: row.lastSignInAt ? formatDateTime(row.lastSignInAt, lng) : null,
    state: row.state,
  }));
  return json({ rows, role });
}

export default function StaffList() {
  const { t } = useTranslation();
  const { rows, role } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/admin">{t("staff:backToAdmin")}</BackLink>
      <h1>{t("staff:list.title")}</h1>
      <p>{t("staff:list.intro")}</p>
      <p>
        <ButtonLink to="/admin/staff/new">{t("staff:list.add")}</ButtonLink>
      </p>
      <StaffTable rows={rows} role={role} />
    </>
  );
}
