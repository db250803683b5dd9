import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/require-user.server";
import { caseRecordResponse, reviewForCaseRecord } from "~/records/downloads.server";

/** A held review's record, participation and decisions for the case record, for its IRO. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  return caseRecordResponse(reviewForCaseRecord(request, user, params.reviewId));
}
