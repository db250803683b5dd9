import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/require-user.server";
import { monitoringCsvResponse } from "~/monitoring/page.server";
import { monitoringPageRoles } from "~/monitoring/scope.server";

/** The month's monitoring tables as one CSV (`?month=` as on the page). */
export function loader({ request }: LoaderFunctionArgs) {
  return monitoringCsvResponse(request, requireUser(request, { role: monitoringPageRoles }));
}
