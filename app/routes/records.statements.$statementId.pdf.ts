import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/require-user.server";
import { caseRecordResponse, statementForCaseRecord } from "~/records/downloads.server";

/** A sent statement for the case record, for the IRO or social worker it is shared with. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: ["iro", "social_worker"] });
  return caseRecordResponse(statementForCaseRecord(request, user, params.statementId));
}
