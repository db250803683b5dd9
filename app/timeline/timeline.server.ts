import { and, desc, eq, ne, or, sql } from "drizzle-orm";
import { getDb } from "#db/db.server";
import {
  actionUpdates,
  consultationRequests,
  contacts,
  escalations,
  escalationStages,
  escalationSteps,
  letterReads,
  letters,
  letterVersions,
  midwayChecks,
  reviewActions,
  reviewMeetings,
  reviews,
  statementReaders,
  statements,
  statementWithdrawals,
  urgentAlerts,
  users,
  youngPeople,
} from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { sharedWithReader } from "~/consultation/reading.server";
import { formatDate, formatDateTime } from "~/i18n/format";
import {
  forSocialWorker,
  mergeTimeline,
  timelineKinds,
  timelineMax,
  type TimelineEntry,
  type TimelineFilter,
  type TimelineKind,
} from "./timeline";

/*
 * Gathers a child's timeline: one statement per kind (two for letters and reviews), each limited
 * to `timelineMax` rows, never one per item. Call only after the access check on the child.
 */

type Viewer = { user: SignedIn; isIro: boolean; youngPersonId: string };
type Gather = (v: Viewer) => TimelineEntry[];

const isDate = (at: string) => at.length === 10;

const gatherers: Record<TimelineKind, Gather> = {
  statements: ({ user, isIro, youngPersonId }) =>
    getDb()
      .select({ id: statements.id, at: statements.submittedAt, isUrgent: statements.isUrgent })
      .from(statementReaders)
      .innerJoin(statements, eq(statements.id, statementReaders.statementId))
      .leftJoin(statementWithdrawals, eq(statementWithdrawals.statementId, statements.id))
      .where(and(sharedWithReader(user), eq(statements.youngPersonId, youngPersonId)))
      .orderBy(desc(statements.submittedAt))
      .limit(timelineMax)
      .all()
      .map((s) => ({
        id: `statement-${s.id}`,
        kind: "statements",
        event: "statement_sent",
        at: s.at ?? "",
        detail: { urgent: s.isUrgent },
        link: `/${isIro ? "iro" : "worker"}/statements/${s.id}`,
      })),

  requests: ({ youngPersonId }) =>
    getDb()
      .select({
        id: consultationRequests.id,
        at: consultationRequests.createdAt,
        who: consultationRequests.kind,
        dueOn: consultationRequests.dueOn,
        cancelledAt: consultationRequests.cancelledAt,
        by: users.displayName,
      })
      .from(consultationRequests)
      .innerJoin(users, eq(users.id, consultationRequests.requestedBy))
      .where(eq(consultationRequests.youngPersonId, youngPersonId))
      .orderBy(desc(consultationRequests.createdAt))
      .limit(timelineMax)
      .all()
      .map((r) => ({
        id: `request-${r.id}`,
        kind: "requests",
        event: r.cancelledAt ? "request_cancelled" : "request_sent",
        at: r.at,
        by: r.by,
        detail: { who: r.who, dueOn: r.dueOn },
      })),

  reviews: ({ isIro, youngPersonId }) => {
    const db = getDb();
    const link = (id: string) => (isIro ? `/iro/reviews/${id}` : null);
    const rows = db
      .select({
        id: reviews.id,
        kind: reviews.kind,
        status: reviews.status,
        createdAt: reviews.createdAt,
        dueOn: reviews.dueOn,
        heldOn: reviews.heldOn,
        updatedAt: reviews.updatedAt,
      })
      .from(reviews)
      .where(eq(reviews.youngPersonId, youngPersonId))
      .orderBy(desc(reviews.dueOn))
      .limit(timelineMax)
      .all();
    // Meetings after the first of a series (the first is the review's own "held" entry).
    const meetings = db
      .select({ id: reviewMeetings.id, reviewId: reviews.id, heldOn: reviewMeetings.heldOn })
      .from(reviewMeetings)
      .innerJoin(reviews, eq(reviews.id, reviewMeetings.reviewId))
      .where(
        and(eq(reviews.youngPersonId, youngPersonId), ne(reviewMeetings.heldOn, reviews.heldOn)),
      )
      .orderBy(desc(reviewMeetings.heldOn))
      .limit(timelineMax)
      .all();
    return [
      ...rows.map((r) => ({
        id: `review-planned-${r.id}`,
        kind: "reviews" as const,
        event: "review_planned",
        at: r.createdAt,
        detail: { reviewKind: r.kind, dueOn: r.dueOn },
        link: link(r.id),
      })),
      ...rows
        .filter((r) => r.status === "held" && r.heldOn)
        .map((r) => ({
          id: `review-held-${r.id}`,
          kind: "reviews" as const,
          event: "review_held",
          at: r.heldOn!,
          detail: { reviewKind: r.kind },
          link: link(r.id),
        })),
      ...rows
        .filter((r) => r.status === "cancelled")
        .map((r) => ({
          id: `review-cancelled-${r.id}`,
          kind: "reviews" as const,
          event: "review_cancelled",
          at: r.updatedAt,
          detail: { reviewKind: r.kind },
          link: link(r.id),
        })),
      ...meetings.map((m) => ({
        id: `meeting-${m.id}`,
        kind: "reviews" as const,
        event: "meeting",
        at: m.heldOn,
        detail: {},
        link: link(m.reviewId),
      })),
    ];
  },

  letters: ({ isIro, youngPersonId }) => {
    const db = getDb();
    const issued = db
      .select({
        id: letterVersions.id,
        reviewId: letters.reviewId,
        number: letterVersions.number,
        at: letterVersions.issuedAt,
        by: users.displayName,
      })
      .from(letterVersions)
      .innerJoin(letters, eq(letters.id, letterVersions.letterId))
      .innerJoin(users, eq(users.id, letterVersions.issuedBy))
      .where(eq(letters.youngPersonId, youngPersonId))
      .orderBy(desc(letterVersions.issuedAt))
      .limit(timelineMax)
      .all();
    // Read by the child: the reads of the child's own account only.
    const reads = db
      .select({ id: letterReads.id, number: letterVersions.number, at: letterReads.at })
      .from(letterReads)
      .innerJoin(letterVersions, eq(letterVersions.id, letterReads.versionId))
      .innerJoin(letters, eq(letters.id, letterVersions.letterId))
      .innerJoin(youngPeople, eq(youngPeople.id, letters.youngPersonId))
      .where(
        and(eq(letters.youngPersonId, youngPersonId), eq(letterReads.userId, youngPeople.userId)),
      )
      .orderBy(desc(letterReads.at))
      .limit(timelineMax)
      .all();
    return [
      ...issued.map((l) => ({
        id: `letter-${l.id}`,
        kind: "letters" as const,
        event: "letter_issued",
        at: l.at,
        by: l.by,
        detail: { number: l.number },
        link: isIro ? `/iro/reviews/${l.reviewId}/letter/${l.number}` : null,
      })),
      ...reads.map((r) => ({
        id: `letter-read-${r.id}`,
        kind: "letters" as const,
        event: "letter_read",
        at: r.at,
        detail: { number: r.number },
      })),
    ];
  },

  actions: ({ user, isIro, youngPersonId }) => {
    const db = getDb();
    // A social worker sees the actions they own (by name, or as the child's social worker).
    const mine = isIro
      ? undefined
      : or(eq(reviewActions.ownerUserId, user.id), eq(reviewActions.ownerRole, "social_worker"));
    const created = db
      .select({
        id: reviewActions.id,
        at: reviewActions.createdAt,
        position: reviewActions.position,
        decisions: reviews.decisions,
        dueOn: reviewActions.dueOn,
      })
      .from(reviewActions)
      .innerJoin(reviews, eq(reviews.id, reviewActions.reviewId))
      .where(and(eq(reviewActions.youngPersonId, youngPersonId), mine))
      .orderBy(desc(reviewActions.createdAt))
      .limit(timelineMax)
      .all();
    const updates = db
      .select({
        id: actionUpdates.id,
        at: actionUpdates.at,
        state: actionUpdates.state,
        note: actionUpdates.note,
        atMidway: sql<number>`${actionUpdates.midwayCheckId} is not null`,
        position: reviewActions.position,
        decisions: reviews.decisions,
        by: users.displayName,
      })
      .from(actionUpdates)
      .innerJoin(reviewActions, eq(reviewActions.id, actionUpdates.actionId))
      .innerJoin(reviews, eq(reviews.id, reviewActions.reviewId))
      .innerJoin(users, eq(users.id, actionUpdates.byUserId))
      .where(and(eq(reviewActions.youngPersonId, youngPersonId), mine))
      .orderBy(desc(actionUpdates.at))
      .limit(timelineMax)
      .all();
    return [
      ...created.map((a) => ({
        id: `action-${a.id}`,
        kind: "actions" as const,
        event: "action_created",
        at: a.at,
        detail: { decision: a.decisions?.[a.position] ?? "", dueOn: a.dueOn },
      })),
      ...updates.map((u) => ({
        id: `action-update-${u.id}`,
        kind: "actions" as const,
        event: "action_updated",
        at: u.at,
        by: u.by,
        detail: {
          decision: u.decisions?.[u.position] ?? "",
          state: u.state,
          note: u.note,
          atMidway: !!u.atMidway,
        },
      })),
    ];
  },

  midway: ({ youngPersonId }) =>
    getDb()
      .select({
        id: midwayChecks.id,
        // When it was saved, to the second: the action updates saved with it sit beside it.
        at: midwayChecks.createdAt,
        checkedWith: midwayChecks.checkedWith,
        rag: midwayChecks.rag,
        note: midwayChecks.note,
        by: users.displayName,
      })
      .from(midwayChecks)
      .innerJoin(users, eq(users.id, midwayChecks.recordedBy))
      .where(eq(midwayChecks.youngPersonId, youngPersonId))
      .orderBy(desc(midwayChecks.createdAt))
      .limit(timelineMax)
      .all()
      .map((m) => ({
        id: `midway-${m.id}`,
        kind: "midway",
        event: "midway_recorded",
        at: m.at,
        by: m.by,
        detail: { checkedWith: m.checkedWith.join(","), rag: m.rag, note: m.note },
      })),

  contacts: ({ youngPersonId }) =>
    getDb()
      .select({
        id: contacts.id,
        at: contacts.contactOn,
        contactKind: contacts.kind,
        withWhom: contacts.withWhom,
        seenAlone: contacts.seenAlone,
        note: contacts.note,
        by: users.displayName,
      })
      .from(contacts)
      .innerJoin(users, eq(users.id, contacts.byUserId))
      .where(eq(contacts.youngPersonId, youngPersonId))
      .orderBy(desc(contacts.contactOn))
      .limit(timelineMax)
      .all()
      .map((c) => ({
        id: `contact-${c.id}`,
        kind: "contacts",
        event: "contact_logged",
        at: c.at,
        by: c.by,
        detail: {
          contactKind: c.contactKind,
          withWhom: c.withWhom,
          seen: c.seenAlone === null ? "not_seen" : c.seenAlone ? "yes" : "no",
          note: c.note,
        },
      })),

  alerts: ({ user, youngPersonId }) =>
    getDb()
      .select({
        id: urgentAlerts.id,
        raisedAt: urgentAlerts.raisedAt,
        acknowledgedAt: urgentAlerts.acknowledgedAt,
        escalatedAt: urgentAlerts.escalatedAt,
        acknowledgedBy: users.displayName,
      })
      .from(urgentAlerts)
      .innerJoin(statements, eq(statements.id, urgentAlerts.statementId))
      .innerJoin(statementReaders, eq(statementReaders.statementId, statements.id))
      .leftJoin(statementWithdrawals, eq(statementWithdrawals.statementId, statements.id))
      .leftJoin(users, eq(users.id, urgentAlerts.acknowledgedBy))
      // An alert is about a statement: seen by those the statement was sent to.
      .where(and(sharedWithReader(user), eq(urgentAlerts.youngPersonId, youngPersonId)))
      .orderBy(desc(urgentAlerts.raisedAt))
      .limit(timelineMax)
      .all()
      .flatMap((a) => [
        {
          id: `alert-${a.id}`,
          kind: "alerts" as const,
          event: "alert_raised",
          at: a.raisedAt,
          detail: {},
        },
        ...(a.acknowledgedAt
          ? [
              {
                id: `alert-ack-${a.id}`,
                kind: "alerts" as const,
                event: "alert_acknowledged",
                at: a.acknowledgedAt,
                by: a.acknowledgedBy,
                detail: {},
              },
            ]
          : []),
        ...(a.escalatedAt
          ? [
              {
                id: `alert-esc-${a.id}`,
                kind: "alerts" as const,
                event: "alert_escalated",
                at: a.escalatedAt,
                detail: {},
              },
            ]
          : []),
      ]),

  escalations: ({ user, isIro, youngPersonId }) => {
    // A social worker sees only the escalations addressed to them (now or at any step).
    const addressed = isIro
      ? undefined
      : or(
          eq(escalations.addressedTo, user.id),
          sql`exists (select 1 from ${escalationSteps} s2
            where s2.escalation_id = ${escalations.id} and s2.addressed_to = ${user.id})`,
        );
    return getDb()
      .select({
        id: escalationSteps.id,
        escalationId: escalations.id,
        step: escalationSteps.kind,
        at: escalationSteps.at,
        stage: escalationSteps.stagePosition,
        theme: escalations.theme,
        response: escalationSteps.response,
        text: escalationSteps.text,
        stageName: escalationStages.name,
        stageKey: escalationStages.key,
        outcome: escalations.outcome,
        by: users.displayName,
      })
      .from(escalationSteps)
      .innerJoin(escalations, eq(escalations.id, escalationSteps.escalationId))
      .leftJoin(users, eq(users.id, escalationSteps.byUserId))
      .leftJoin(
        escalationStages,
        and(
          eq(escalationStages.organisationId, escalations.organisationId),
          eq(escalationStages.position, escalationSteps.stagePosition),
        ),
      )
      .where(and(eq(escalations.youngPersonId, youngPersonId), addressed))
      .orderBy(desc(escalationSteps.at))
      .limit(timelineMax)
      .all()
      .map((s) => ({
        id: `escalation-${s.id}`,
        kind: "escalations",
        event: `escalation_${s.step}`,
        at: s.at,
        by: s.by,
        // The council's own name for the stage when it gave one; otherwise its number (0: informal).
        detail: {
          theme: s.theme,
          stage: s.stage,
          stageName: s.stageName,
          stageKey: s.stageKey,
          outcome: s.step === "resolved" ? s.outcome : null,
          response: s.response,
          text: s.text,
        },
      }));
  },
};

/**
 * The child's timeline for this reader, newest first: everything for the IRO (and a manager
 * acting as IRO); for a social worker only what they may see (`forSocialWorker`).
 */
export function childTimeline(
  user: SignedIn,
  youngPersonId: string,
  filter: TimelineFilter,
  lng: string,
) {
  const isIro = user.role === "iro";
  const viewer = { user, isIro, youngPersonId };
  const kinds = filter === "all" ? timelineKinds : [filter];
  const merged = mergeTimeline(
    kinds.map((kind) => gatherers[kind](viewer)),
    filter,
  );
  return (isIro ? merged : forSocialWorker(merged)).map((e) => ({
    ...e,
    when: isDate(e.at) ? formatDate(e.at, lng) : formatDateTime(e.at, lng),
    detail:
      typeof e.detail.dueOn === "string"
        ? { ...e.detail, dueOn: formatDate(e.detail.dueOn, lng) }
        : e.detail,
  }));
}

export type TimelineView = ReturnType<typeof childTimeline>[number];
