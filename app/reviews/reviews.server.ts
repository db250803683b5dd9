import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb, type Tx } from "#db/db.server";
import { consultationRequests, reviewMeetings, reviews } from "#db/schema";
import { recordAudit, type AuditAction } from "~/audit/audit.server";
import type { SignedIn } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import type { LateReason } from "./lateness";
import type { ParticipationCode, ViewsConveyedMethod } from "./participation";
import { getAllocatedReview, type AllocatedReview } from "./allocated-reviews.server";
import { feedbackEnabled, organisationSettings } from "~/organisations/settings.server";
import { completedOnOf, heldOnOf } from "./series";
import { nextReviewDueFor } from "./statutory-dates";
import { addWorkingDays } from "~/dates/working-days";
import { roleHome } from "~/auth/roles";
import { feedbackTemplateFor } from "~/consultation/templates/feedback";
import { notify } from "~/notifications/notifications.server";
import { listCurrentAllocationNames } from "~/young-people/young-people.server";
import { askForAgreement } from "~/actions/agreements.server";

/*
 * A review's life: planned, held and recorded (asking everyone how it went), its decisions
 * circulated. Asking for views before it is ./consultation-requests.server.
 */

export function auditReview(
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
export function plannedReview(user: SignedIn, reviewId: string | undefined) {
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
    auditReview(request, user, "review_planned", item, tx);
  });
  return { afterDue: plan.plannedOn > item.review.dueOn };
}

export type ReviewRecord = {
  meetings: string[];
  attendees: string[];
  childAttended: boolean;
  childChaired: boolean;
  participationCode: ParticipationCode;
  viewsConveyed: ViewsConveyedMethod;
  decisions: string[];
  /** Held after its due date: why (none when on time), and the words for "other". */
  lateReason?: LateReason | null;
  lateReasonOther?: string | null;
};

/**
 * Records a review as held (after the form's checks), in one transaction: its meetings, who came,
 * participation, decisions, and the date the decisions must be circulated by. A series of meetings
 * is held on its first meeting and completed on its last (see ./series); held after its due date,
 * it keeps why (./lateness). The next review is
 * created with its due date computed from the held reviews (reg. 33) or, for a care leaver,
 * 6 months on.
 */
export function recordReview(
  request: Request,
  user: SignedIn,
  reviewId: string | undefined,
  record: ReviewRecord,
  /** More to save in the same transaction (the decisions' owners and due dates, issue 18). */
  alsoSave?: (tx: Tx, review: { id: string; youngPersonId: string }) => void,
) {
  const item = plannedReview(user, reviewId);
  const settings = organisationSettings(user.organisationId);
  // The organisation may have turned feedback after reviews off (its settings).
  const asksForFeedback = feedbackEnabled(user.organisationId);
  const heldOn = heldOnOf(record.meetings);
  const completedOn = completedOnOf(record.meetings);
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
        completedOn,
        attendees: record.attendees,
        childAttended: record.childAttended,
        childChaired: record.childChaired,
        participationCode: record.participationCode,
        viewsConveyed: record.viewsConveyed,
        decisions: record.decisions,
        lateReason: record.lateReason ?? null,
        lateReasonOther: record.lateReasonOther ?? null,
        recordedBy: user.id,
        // Decisions are made once the review is complete, so they are due from its last meeting.
        decisionsDueOn: addWorkingDays(
          completedOn,
          settings.decisionsWithinDays,
          settings.closureDays,
        ),
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
    const nextDueOn = nextReviewDueFor(
      item.review.kind,
      item.lookedAfterOn,
      held,
      settings.closureDays,
    );
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
    if (asksForFeedback) askForFeedback(user, item, tx);
    alsoSave?.(tx, item.review);
    auditReview(request, user, "review_recorded", item, tx);
    return { nextDueOn, nextReviewId };
  });
}

/** Working days to give feedback on a review, from the day it is recorded. */
export const feedbackWithinDays = 10;

/**
 * After a review: the young person, each carer and parent, and the social worker are asked how
 * it went (a short form each), in the same transaction as the record.
 */
function askForFeedback(user: SignedIn, item: AllocatedReview, tx: Tx) {
  const settings = organisationSettings(user.organisationId);
  const dueOn = addWorkingDays(todayInEngland(), feedbackWithinDays, settings.closureDays);
  type Asked = { userId: string; template: string; home: string };
  const people: Asked[] = [
    ...(item.youngPersonUserId
      ? [
          {
            userId: item.youngPersonUserId,
            template: feedbackTemplateFor.young_person,
            home: "/me",
          },
        ]
      : []),
    ...listCurrentAllocationNames(item.review.youngPersonId).flatMap((p): Asked[] =>
      p.relationship === "carer" || p.relationship === "parent"
        ? [
            {
              userId: p.userId,
              template: feedbackTemplateFor[p.relationship],
              home: roleHome[p.relationship],
            },
          ]
        : p.relationship === "social_worker"
          ? [{ userId: p.userId, template: feedbackTemplateFor.professional, home: "/worker" }]
          : [],
    ),
  ];
  for (const person of people) {
    const requestId = tx
      .insert(consultationRequests)
      .values({
        organisationId: user.organisationId,
        reviewId: item.review.id,
        youngPersonId: item.review.youngPersonId,
        kind: "feedback",
        recipientUserId: person.userId,
        templateId: person.template,
        requestedBy: user.id,
        dueOn,
      })
      .returning({ id: consultationRequests.id })
      .get().id;
    notify(
      {
        organisationId: user.organisationId,
        recipientUserId: person.userId,
        kind: "feedback",
        link: person.home,
        dueOn,
        dedupeKey: `feedback:${requestId}`,
      },
      tx,
    );
  }
}

/** The decisions have been sent to everyone who should have them. */
export function circulateDecisions(
  request: Request,
  user: SignedIn,
  reviewId: string | undefined,
  /** The team manager the IRO named to agree them, when the child's team has none. */
  agreementManager?: string,
) {
  const item = getAllocatedReview(user, reviewId);
  if (item.review.status !== "held") throw new Response("Review not held", { status: 409 });
  getDb().transaction((tx) => {
    const changed = tx
      .update(reviews)
      .set({ decisionsCirculatedOn: todayInEngland() })
      .where(and(eq(reviews.id, item.review.id), isNull(reviews.decisionsCirculatedOn)))
      .run().changes;
    if (changed) askForAgreement(tx, user, item.review, agreementManager);
    auditReview(request, user, "decisions_circulated", item, tx);
  });
}
