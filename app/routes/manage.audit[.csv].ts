import type { LoaderFunctionArgs } from "@remix-run/node";
import { auditCsvResponse } from "~/audit/audit-trail-route.server";
import { auditReaders } from "~/audit/links";
import { requireUser } from "~/auth/require-user.server";

/** The audit trail as CSV, with the page's filters; every download is itself audited. */
export function loader({ request }: LoaderFunctionArgs) {
  return auditCsvResponse(request, requireUser(request, { role: auditReaders }));
}
