import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/require-user.server";
import { reportPdfResponse } from "~/reports/report-route.server";

/** The caseload's whole report as a PDF, for the page's period. */
export function loader({ request }: LoaderFunctionArgs) {
  return reportPdfResponse(request, requireUser(request, { role: "iro" }), "caseload");
}
