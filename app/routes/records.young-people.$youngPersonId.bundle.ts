import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/require-user.server";
import { bundleStream, caseRecordBundle } from "~/records/bundle.server";
import { bundlePeriod } from "~/records/period";

/** A young person's case record for a period as one zip, for their IRO or an administrator. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: ["iro", "admin"] });
  const period = bundlePeriod(new URL(request.url).searchParams);
  if (!period)
    throw new Response("Dates must be YYYY-MM-DD, the first not after the second", { status: 400 });
  const bundle = caseRecordBundle(request, user, params.youngPersonId, period);
  return new Response(bundleStream(bundle), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${bundle.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
