import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import { getDb, type Tx } from "#db/db.server";
import { consultationRequests, reviewMeetings, reviews, statements, users } from "#db/schema";
import { recordAudit, type AuditAction } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import type { ParticipationCode, ViewsConveyedMethod } from "./participation";
import {
  contributionTemplate,
  getAllocatedReview,
  reviewDate,
  viewTemplateFor,
  type AllocatedReview,
} from "./preparation.server";
import { organisationSettings } from "~/organisations/settings.server";
import { completedOnOf, heldOnOf } from "./series";
import { nextPathwayPlanReviewDue, nextReviewDue } from "./statutory-dates";
import { addWorkingDays } from "~/dates/working-days";
import { roleHome } from "~/auth/roles";
import { feedbackTemplateFor } from "~/consultation/templates/feedback";
import { notify } from "~/notifications/notifications.server";
import { listCurrentAllocationNames } from "~/young-people/young-people.server";

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

/** Who can be asked for a review: the young person (with an account), each carer and parent now. */
export function contributorsFor(item: AllocatedReview) {
  const adults = listCurrentAllocationNames(item.review.youngPersonId).filter(
    (p) => p.relationship === "carer" || p.relationship === "parent",
  );
  return [
    ...(item.youngPersonUserId
      ? [
          {
            key: "young_person",
            kind: "young_person" as const,
            userId: item.youngPersonUserId,
            name: item.givenName,
          },
        ]
      : []),
    ...adults.map((p) => ({
      key: `${p.relationship}:${p.userId}`,
      kind: p.relationship as "carer" | "parent",
      userId: p.userId,
      name: p.displayName,
    })),
  ];
}

export type RequestResult = { ok: true; asked: number } | { ok: false; error: string };

/**
 * Asks for contributions before this review, in one step: the young person, carers and parents
 * (`who` holds their keys from `contributorsFor`). One open request per person per review: asking
 * again changes its due date. Each person asked is notified (in the app, and by email if set up).
 */
export function requestViews(
  request: Request,
  user: SignedIn,
  reviewId: string | undefined,
  dueOn: string,
  who: readonly string[] = ["young_person"],
): RequestResult {
  const item = plannedReview(user, reviewId);
  const everyone = contributorsFor(item);
  if (who.includes("young_person") && !item.youngPersonUserId)
    return { ok: false, error: "reviews:errors.noAccount" };
  const chosen = everyone.filter((c) => who.includes(c.key));
  // A key for somebody not (or no longer) allocated: the page was stale or the form was forged.
  if (chosen.length !== new Set(who).size) return { ok: false, error: "forms:errors.whoGone" };
  const db = getDb();
  db.transaction((tx) => {
    for (const person of chosen) {
      const open = tx
        .select({ id: consultationRequests.id })
        .from(consultationRequests)
        .where(
          and(
            eq(consultationRequests.reviewId, item.review.id),
            eq(consultationRequests.recipientUserId, person.userId),
            isNull(consultationRequests.cancelledAt),
          ),
        )
        .get();
      let requestId = open?.id;
      if (open) {
        tx.update(consultationRequests)
          .set({ dueOn, overdueAt: null })
          .where(eq(consultationRequests.id, open.id))
          .run();
      } else {
        requestId = tx
          .insert(consultationRequests)
          .values({
            organisationId: user.organisationId,
            reviewId: item.review.id,
            youngPersonId: item.review.youngPersonId,
            kind: person.kind,
            recipientUserId: person.userId,
            templateId:
              person.kind === "young_person"
                ? viewTemplateFor[item.review.kind]
                : contributionTemplate[person.kind],
            requestedBy: user.id,
            dueOn,
          })
          .returning({ id: consultationRequests.id })
          .get().id;
      }
      notify(
        {
          organisationId: user.organisationId,
          recipientUserId: person.userId,
          kind: "request",
          link: roleHome[person.kind],
          dueOn,
          dedupeKey: `request:${requestId}:${dueOn}`,
        },
        tx,
      );
    }
    audit(request, user, "consultation_requested", item, tx);
  });
  return { ok: true, asked: chosen.length };
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

/**
 * Records a review as held (after the form's checks), in one transaction: its meetings, who came,
 * participation, decisions, and the date the decisions must be circulated by. A series of meetings
 * is held on its first meeting and completed on its last (see ./series). The next review is
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
    askForFeedback(user, item, tx);
    audit(request, user, "review_recorded", item, tx);
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

/* ---- The side of those asked: young people, carers, parents ---- */

/** No statement answering this request (`consultation_requests` in the outer query) has been sent. */
export const requestNotAnswered = sql`not exists (select 1 from ${statements} s
  where s.request_id = ${consultationRequests.id} and s.status = 'submitted')`;

/**
 * Requests waiting for this person: asked, not cancelled, review still to come, and not yet
 * answered by a statement that was sent. In together mode: those asking the child.
 */
export function openRequestsFor(user: SignedIn) {
  return getDb()
    .select({
      id: consultationRequests.id,
      youngPersonId: consultationRequests.youngPersonId,
      kind: consultationRequests.kind,
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
        user.togetherYoungPersonId
          ? and(
              eq(consultationRequests.youngPersonId, user.togetherYoungPersonId),
              eq(consultationRequests.kind, "young_person"),
            )
          : eq(consultationRequests.recipientUserId, user.id),
        eq(consultationRequests.organisationId, user.organisationId),
        isNull(consultationRequests.cancelledAt),
        // Before a review; or, for feedback, after it.
        or(eq(reviews.status, "planned"), eq(consultationRequests.kind, "feedback")),
        requestNotAnswered,
      ),
    )
    .orderBy(asc(consultationRequests.dueOn))
    .all()
    .map((r) => ({
      id: r.id,
      youngPersonId: r.youngPersonId,
      kind: r.kind,
      reviewId: r.reviewId,
      templateId: r.templateId,
      dueOn: r.dueOn,
      requestedBy: r.requestedBy,
      reviewOn: reviewDate({ plannedOn: r.plannedOn, dueOn: r.reviewDueOn }),
    }));
}

/**
 * A request this person may answer with this form, or 404. Together mode may answer a request
 * with the simpler form for younger children.
 */
export function findOwnRequest(user: SignedIn, requestId: string, templateId: string) {
  const found = openRequestsFor(user).find(
    (r) =>
      r.id === requestId &&
      (r.templateId === templateId || (!!user.togetherYoungPersonId && templateId === "my-say")),
  );
  if (!found) throw notFound();
  return { requestId, reviewId: found.reviewId, youngPersonId: found.youngPersonId };
}
