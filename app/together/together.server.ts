import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { users } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { verifySecret } from "~/auth/password.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { setTogetherScope } from "~/auth/session.server";
import { isAddressThrottled, recordAddressFailure } from "~/auth/throttle.server";
import { clientAddress } from "~/http/request.server";
import { getAllocatedYoungPerson } from "~/young-people/young-people.server";

/*
 * Together mode (DESIGN.md "Who may see what"): a social worker or IRO sits with a younger child on
 * the worker's own device. The session is narrowed to that child's forms until the worker gives
 * their password again, so a child holding the device cannot wander into the caseload.
 */

/** Who may start it: the child's own social worker or IRO, allocated now. */
export const togetherRoles = ["social_worker", "iro"] as const;

export function startTogether(request: Request, user: SignedIn, youngPersonId: string | undefined) {
  if (user.role !== "social_worker" && user.role !== "iro") throw notFound();
  const person = getAllocatedYoungPerson(request, user, youngPersonId);
  setTogetherScope(user.sessionId, person.id);
  recordAudit(request, {
    action: "together_started",
    organisationId: user.organisationId,
    actorUserId: user.id,
    subjectType: "young_person",
    subjectId: person.id,
    youngPersonId: person.id,
  });
  return person;
}

export type LeaveResult = { ok: true } | { ok: false; error: string };

/** Leaving needs the worker's own password. Wrong answers count towards the address throttle. */
export async function leaveTogether(
  request: Request,
  user: SignedIn,
  password: string,
): Promise<LeaveResult> {
  if (!user.togetherYoungPersonId) return { ok: true };
  const address = clientAddress(request);
  if (isAddressThrottled(address)) return { ok: false, error: "auth:errors.throttled" };
  const stored = getDb()
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, user.id))
    .get();
  const audit = (action: "together_ended" | "together_leave_refused") =>
    recordAudit(request, {
      action,
      organisationId: user.organisationId,
      actorUserId: user.id,
      subjectType: "young_person",
      subjectId: user.togetherYoungPersonId ?? undefined,
      youngPersonId: user.togetherYoungPersonId ?? undefined,
    });
  if (!(await verifySecret(password, stored?.passwordHash ?? null))) {
    recordAddressFailure(address);
    audit("together_leave_refused");
    return { ok: false, error: "forms:errors.leavePassword" };
  }
  audit("together_ended");
  setTogetherScope(user.sessionId, null);
  return { ok: true };
}
