import { eq } from "drizzle-orm";
import { getDb, type Tx } from "#db/db.server";
import { reviewMonitoring, type RagRating, type ReviewMonitoring } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { getAllocatedReview } from "~/reviews/allocated-reviews.server";
import { notifyMany } from "~/notifications/notifications.server";
import { leadersOf } from "~/teams/leaders.server";
import { isConcernRating, type MonitoringAnswers } from "./form";

/*
 * The monitoring recorded after a review (issue 18): read and saved only by the child's allocated
 * IRO (an IRO manager acting as IRO, as on every IRO page), only for a review that was held.
 * A red or amber rating tells the child's team manager and service manager.
 */

/** A held review of a child allocated to this IRO; anyone else's, or one not held, is 404. */
export function heldReviewForMonitoring(user: SignedIn, reviewId: string | undefined) {
  const item = getAllocatedReview(user, reviewId);
  if (item.review.status !== "held") throw notFound();
  return item;
}

/** The monitoring of one review, or null before it is recorded. */
export function monitoringOf(reviewId: string): ReviewMonitoring | null {
  return (
    getDb().select().from(reviewMonitoring).where(eq(reviewMonitoring.reviewId, reviewId)).get() ??
    null
  );
}

/**
 * Saves the answers (a second save replaces the first: one monitoring per review), audits it,
 * and tells the managers of a red or amber rating — once per review and rating, so saving the
 * same rating again tells nobody twice, while a change (green to red) does tell them.
 */
export function saveMonitoring(
  request: Request,
  user: SignedIn,
  item: { review: { id: string; heldOn: string | null; youngPersonId: string } },
  answers: MonitoringAnswers,
) {
  const now = new Date().toISOString();
  getDb().transaction((tx) => {
    const values = {
      planQuality: answers.planQuality,
      currentAssessment: answers.currentAssessment,
      rag: answers.rag,
      activeMonitoring: answers.activeMonitoring,
      concerns: answers.concerns,
      note: answers.note,
      recordedBy: user.id,
    };
    tx.insert(reviewMonitoring)
      .values({
        organisationId: user.organisationId,
        reviewId: item.review.id,
        youngPersonId: item.review.youngPersonId,
        ...values,
      })
      .onConflictDoUpdate({ target: reviewMonitoring.reviewId, set: { ...values, updatedAt: now } })
      .run();
    recordAudit(
      request,
      {
        action: "monitoring_recorded",
        organisationId: user.organisationId,
        actorUserId: user.id,
        subjectType: "review",
        subjectId: item.review.id,
        youngPersonId: item.review.youngPersonId,
      },
      tx,
    );
    notifyRating(
      {
        organisationId: user.organisationId,
        youngPersonId: item.review.youngPersonId,
        reviewId: item.review.id,
        heldOn: item.review.heldOn,
        rag: answers.rag,
      },
      tx,
    );
  });
}

/**
 * Red or amber: a notification to each team manager and service manager above the child's social
 * worker (`leadersOf`). The key holds the review and the rating, so it is sent once per rating.
 * Returns how many were new.
 */
export function notifyRating(
  rating: {
    organisationId: string;
    youngPersonId: string;
    reviewId: string;
    heldOn: string | null;
    rag: RagRating;
  },
  tx?: Tx,
): number {
  if (!isConcernRating(rating.rag)) return 0;
  const leaders = leadersOf(rating.organisationId, rating.youngPersonId);
  const recipients = [...new Set([...leaders.teamManagerIds, ...leaders.serviceManagerIds])];
  const month = rating.heldOn?.slice(0, 7);
  const link = `/manage/monitoring${month ? `?month=${month}` : ""}`;
  return notifyMany(
    recipients.map((recipientUserId) => ({
      organisationId: rating.organisationId,
      recipientUserId,
      kind: "monitoring" as const,
      link,
      dedupeKey: `monitoring:${rating.reviewId}:${rating.rag}:${recipientUserId}`,
    })),
    tx,
  ).size;
}

/** For the review's page: the rating recorded after a held review, or that none is yet. */
export function monitoringLine(review: { id: string; status: string }) {
  if (review.status !== "held") return null;
  const row = monitoringOf(review.id);
  return { rag: row?.rag ?? null, activeMonitoring: row?.activeMonitoring ?? false };
}
