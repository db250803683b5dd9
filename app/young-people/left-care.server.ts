import { and, eq, gt, inArray, isNull, or } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { allocations, consultationRequests, reviews, youngPeople } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import type { SignedIn } from "~/auth/require-user.server";
import { auditAllocation } from "~/allocations/allocations.server";
import type { LeftCareReason } from "./record-schema";
import { getYoungPersonRecord } from "./records.server";

/** Why a planned review is cancelled when the child stops being looked after. */
export const leftCareCancelReason = "left_care";

/**
 * A child stopped being looked after. In one transaction:
 * - the record stays (it counts in reports), with the day and the reason;
 * - every allocation still going on that day ends on it (its last day); one due to start later
 *   ends on it too, so it never begins;
 * - planned reviews are cancelled ("left_care"): the duty to review a looked-after child ends
 *   with it (Care Planning, Placement and Case Review (England) Regulations 2010, reg. 32), and a
 *   planned review left behind would count as overdue for ever with nobody allocated to hold it;
 * - the requests for views before those reviews are cancelled, so nobody is reminded of them.
 * Caseloads, queues and alerts list only current allocations, so the child drops off them.
 */
export function recordLeftCare(
  request: Request,
  admin: SignedIn,
  youngPersonId: string | undefined,
  leftCare: { leftCareOn: string; leftCareReason: LeftCareReason },
) {
  const record = getYoungPersonRecord(admin, youngPersonId);
  const now = new Date().toISOString();
  getDb().transaction((tx) => {
    tx.update(youngPeople)
      .set({ ...leftCare, updatedAt: now })
      .where(eq(youngPeople.id, record.id))
      .run();
    const ending = tx
      .update(allocations)
      .set({ endsOn: leftCare.leftCareOn, updatedAt: now })
      .where(
        and(
          eq(allocations.youngPersonId, record.id),
          or(isNull(allocations.endsOn), gt(allocations.endsOn, leftCare.leftCareOn)),
        ),
      )
      .returning({ id: allocations.id })
      .all();
    for (const a of ending)
      auditAllocation(request, admin, "allocation_ended", a.id, record.id, tx);
    const cancelled = tx
      .update(reviews)
      .set({ status: "cancelled", cancelledReason: leftCareCancelReason, updatedAt: now })
      .where(and(eq(reviews.youngPersonId, record.id), eq(reviews.status, "planned")))
      .returning({ id: reviews.id })
      .all();
    if (cancelled.length)
      tx.update(consultationRequests)
        .set({ cancelledAt: now })
        .where(
          and(
            inArray(
              consultationRequests.reviewId,
              cancelled.map((r) => r.id),
            ),
            isNull(consultationRequests.cancelledAt),
          ),
        )
        .run();
    recordAudit(
      request,
      {
        action: "young_person_left_care",
        organisationId: admin.organisationId,
        actorUserId: admin.id,
        subjectType: "young_person",
        subjectId: record.id,
        youngPersonId: record.id,
      },
      tx,
    );
  });
}
