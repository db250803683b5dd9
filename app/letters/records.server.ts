import { eq } from "drizzle-orm";
import { getDb, type Tx } from "#db/db.server";
import { letters, type letterVersions } from "#db/schema";
import { recordAudit, type AuditAction } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { getAllocatedReview } from "~/reviews/allocated-reviews.server";

/*
 * Letters to children (DESIGN.md "letters and letter_versions"): the IRO drafts a letter about a
 * held review; a translator translates it when the child reads another language; issuing freezes
 * a version for good; a correction is a new version with a reason. The child reads it in their
 * language (or English), and the IRO sees that it was read.
 *
 * This module holds what the others share: the rows, the audit event, the held review, the letter.
 */

export type LetterRow = typeof letters.$inferSelect;
export type VersionRow = typeof letterVersions.$inferSelect;

/** An audit event about a letter. Pass `tx` when it records a change made in that transaction. */
export function auditLetter(
  request: Request,
  user: SignedIn,
  action: AuditAction,
  letter: { id: string; youngPersonId: string },
  tx?: Tx,
) {
  recordAudit(
    request,
    {
      action,
      organisationId: user.organisationId,
      actorUserId: user.id,
      subjectType: "letter",
      subjectId: letter.id,
      youngPersonId: letter.youngPersonId,
    },
    tx,
  );
}

/** A held review of a child allocated to this IRO; anything else is 404 (or 409 if not held). */
export function heldReview(user: SignedIn, reviewId: string | undefined) {
  if (user.role !== "iro") throw notFound();
  const item = getAllocatedReview(user, reviewId);
  if (item.review.status !== "held") throw new Response("Review not held", { status: 409 });
  return item;
}

/** The letter about a review, if one was saved. */
export function findLetter(reviewId: string) {
  return getDb().select().from(letters).where(eq(letters.reviewId, reviewId)).get();
}
