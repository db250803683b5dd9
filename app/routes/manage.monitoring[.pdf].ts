import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/require-user.server";
import { monitoringPdfResponse } from "~/monitoring/page.server";
import { monitoringPageRoles } from "~/monitoring/scope.server";

/** The month's monitoring figures as a PDF (`?month=` as on the page). */
export function loader({ request }: LoaderFunctionArgs) {
  return monitoringPdfResponse(request, requireUser(request, { role: monitoringPageRoles }));
}
