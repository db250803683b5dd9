import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { consultationRequests, reviewMeetings, reviews, statements, users } from "#db/schema";
import { recordAudit, type AuditAction } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { todayInEngland } from "./calendar";
import type { ParticipationCode, ViewsConveyedMethod } from "./participation";
import {
  getAllocatedReview,
  openRequestForReview,
  organisationSettings,
  reviewDate,
  viewTemplateFor,
  type AllocatedReview,
} from "./preparation.server";
import { addWorkingDays, nextPathwayPlanReviewDue, nextReviewDue } from "./statutory-dates";

function audit(
  request: Request,
  user: SignedIn,
  action: AuditAction,
  item: AllocatedReview,
  tx?: Parameters<typeof recordAudit>[2],
) {
  recordAudit(
    request,
    {
      action,
      organisationId: user.organisationId,
      actorUserId: user.id,
      subjectType: "review",
      subjectId: item.review.id,
      youngPersonId: item.review.youngPersonId,
    },
    tx,
  );
}

/** Only a review still to be held can be planned, asked about or recorded. */
function plannedReview(user: SignedIn, reviewId: string | undefined) {
  const item = getAllocatedReview(user, reviewId);
  if (item.review.status !== "planned") throw new Response("Review already held", { status: 409 });
  return item;
}

/** Sets the planned date and place. A date after the due date is saved, with a warning to show. */
export function planReview(
  request: Request,
  user: SignedIn,
  reviewId: string | undefined,
  plan: { plannedOn: string; place: string },
) {
  const item = plannedReview(user, reviewId);
  getDb().transaction((tx) => {
    tx.update(reviews)
      .set({ plannedOn: plan.plannedOn, place: plan.place || null })
      .where(eq(reviews.id, item.review.id))
      .run();
    audit(request, user, "review_planned", item, tx);
  });
  return { afterDue: plan.plannedOn > item.review.dueOn };
}

/**
 * Asks the young person for their views before this review. One open request per review: asking
 * again changes its due date. The young person must have an account to be asked.
 */
export function requestViews(
  request: Request,
  user: SignedIn,
  reviewId: string | undefined,
  dueOn: string,
) {
  const item = plannedReview(user, reviewId);
  if (!item.youngPersonUserId) return { ok: false as const, error: "reviews:errors.noAccount" };
  const db = getDb();
  db.transaction((tx) => {
    const open = openRequestForReview(item.review.id, tx);
    if (open) {
      tx.update(consultationRequests)
        .set({ dueOn })
        .where(eq(consultationRequests.id, open.id))
        .run();
    } else {
      tx.insert(consultationRequests)
        .values({
          organisationId: user.organisationId,
          reviewId: item.review.id,
          youngPersonId: item.review.youngPersonId,
          kind: "young_person",
          recipientUserId: item.youngPersonUserId!,
          templateId: viewTemplateFor[item.review.kind],
          requestedBy: user.id,
          dueOn,
        })
        .run();
    }
    audit(request, user, "consultation_requested", item, tx);
  });
  return { ok: true as const };
}

export type ReviewRecord = {
  meetings: string[];
  attendees: string[];
  childAttended: boolean;
  childChaired: boolean;
  participationCode: ParticipationCode;
  viewsConveyed: ViewsConveyedMethod;
  decisions: string[];
};

/** The day the review counts as held: the last of its meetings. */
export const heldOnOf = (meetings: readonly string[]) => [...meetings].sort().at(-1)!;

/**
 * Records a review as held (after the form's checks), in one transaction: its meetings, who came,
 * participation, decisions, and the date the decisions must be circulated by. The next review is
 * created with its due date computed from the held reviews (reg. 33) or, for a care leaver,
 * 6 months on.
 */
export function recordReview(
  request: Request,
  user: SignedIn,
  reviewId: string | undefined,
  record: ReviewRecord,
) {
  const item = plannedReview(user, reviewId);
  const settings = organisationSettings(user.organisationId);
  const heldOn = heldOnOf(record.meetings);
  const db = getDb();
  return db.transaction((tx) => {
    for (const day of [...new Set(record.meetings)].sort()) {
      tx.insert(reviewMeetings)
        .values({ organisationId: user.organisationId, reviewId: item.review.id, heldOn: day })
        .run();
    }
    tx.update(reviews)
      .set({
        status: "held",
        heldOn,
        attendees: record.attendees,
        childAttended: record.childAttended,
        childChaired: record.childChaired,
        participationCode: record.participationCode,
        viewsConveyed: record.viewsConveyed,
        decisions: record.decisions,
        recordedBy: user.id,
        decisionsDueOn: addWorkingDays(heldOn, settings.decisionsWithinDays, settings.closureDays),
      })
      .where(and(eq(reviews.id, item.review.id), eq(reviews.status, "planned")))
      .run();
    const held = tx
      .select({ heldOn: reviews.heldOn })
      .from(reviews)
      .where(
        and(
          eq(reviews.youngPersonId, item.review.youngPersonId),
          eq(reviews.kind, item.review.kind),
          eq(reviews.status, "held"),
        ),
      )
      .orderBy(asc(reviews.heldOn))
      .all()
      .map((r) => r.heldOn!);
    const nextDueOn =
      item.review.kind === "pathway_plan" || !item.lookedAfterOn
        ? nextPathwayPlanReviewDue(heldOn)
        : nextReviewDue(item.lookedAfterOn, held, settings.closureDays);
    // Another review may already be planned (brought forward, or a series); never make two.
    const alreadyPlanned = tx
      .select({ id: reviews.id })
      .from(reviews)
      .where(
        and(eq(reviews.youngPersonId, item.review.youngPersonId), eq(reviews.status, "planned")),
      )
      .get();
    let nextReviewId = alreadyPlanned?.id ?? null;
    if (alreadyPlanned) {
      tx.update(reviews).set({ dueOn: nextDueOn }).where(eq(reviews.id, alreadyPlanned.id)).run();
    } else {
      nextReviewId = tx
        .insert(reviews)
        .values({
          organisationId: user.organisationId,
          youngPersonId: item.review.youngPersonId,
          kind: item.review.kind,
          dueOn: nextDueOn,
          status: "planned",
        })
        .returning({ id: reviews.id })
        .get().id;
    }
    audit(request, user, "review_recorded", item, tx);
    return { nextDueOn, nextReviewId };
  });
}

/** The decisions have been sent to everyone who should have them. */
export function circulateDecisions(request: Request, user: SignedIn, reviewId: string | undefined) {
  const item = getAllocatedReview(user, reviewId);
  if (item.review.status !== "held") throw new Response("Review not held", { status: 409 });
  getDb().transaction((tx) => {
    tx.update(reviews)
      .set({ decisionsCirculatedOn: todayInEngland() })
      .where(and(eq(reviews.id, item.review.id), isNull(reviews.decisionsCirculatedOn)))
      .run();
    audit(request, user, "decisions_circulated", item, tx);
  });
}

/* ---- The young person's side ---- */

/**
 * Requests waiting for this young person: asked, not cancelled, review still to come, and not yet
 * answered by a statement they sent.
 */
export function openRequestsFor(user: SignedIn) {
  return getDb()
    .select({
      id: consultationRequests.id,
      reviewId: consultationRequests.reviewId,
      templateId: consultationRequests.templateId,
      dueOn: consultationRequests.dueOn,
      requestedBy: users.displayName,
      plannedOn: reviews.plannedOn,
      reviewDueOn: reviews.dueOn,
    })
    .from(consultationRequests)
    .innerJoin(reviews, eq(reviews.id, consultationRequests.reviewId))
    .innerJoin(users, eq(users.id, consultationRequests.requestedBy))
    .where(
      and(
        eq(consultationRequests.recipientUserId, user.id),
        eq(consultationRequests.organisationId, user.organisationId),
        isNull(consultationRequests.cancelledAt),
        eq(reviews.status, "planned"),
        sql`not exists (select 1 from ${statements} s
          where s.request_id = ${consultationRequests.id} and s.status = 'submitted')`,
      ),
    )
    .orderBy(asc(consultationRequests.dueOn))
    .all()
    .map((r) => ({
      id: r.id,
      reviewId: r.reviewId,
      templateId: r.templateId,
      dueOn: r.dueOn,
      requestedBy: r.requestedBy,
      reviewOn: reviewDate({ plannedOn: r.plannedOn, dueOn: r.reviewDueOn }),
    }));
}

/** A request this young person may answer with this form, or 404. */
export function findOwnRequest(user: SignedIn, requestId: string, templateId: string) {
  const found = openRequestsFor(user).find(
    (r) => r.id === requestId && r.templateId === templateId,
  );
  if (!found) throw notFound();
  return { requestId, reviewId: found.reviewId };
}
