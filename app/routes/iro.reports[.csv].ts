import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/require-user.server";
import { reportCsvResponse } from "~/reports/report-route.server";

/** One table of the IRO's own caseload report as CSV (`?table=cla12` and the page's period). */
export function loader({ request }: LoaderFunctionArgs) {
  return reportCsvResponse(request, requireUser(request, { role: "iro" }), "caseload");
}
