import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireUser } from "~/auth/require-user.server";
import { caseRecordResponse, letterForCaseRecord } from "~/records/downloads.server";

/** An issued letter version for the case record, for the IRO of its review. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const number = Number(params.number);
  if (!Number.isInteger(number) || number < 1) throw notFound();
  return caseRecordResponse(letterForCaseRecord(request, user, params.letterId, number));
}
