import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/require-user.server";
import { registerCsvResponse } from "~/letters/register-route.server";

/** The letters register as CSV, with the page's filters. */
export function loader({ request }: LoaderFunctionArgs) {
  return registerCsvResponse(request, requireUser(request, { role: ["manager", "admin"] }));
}
