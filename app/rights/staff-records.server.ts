import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "#db/db.server";
import { defaultStages } from "~/escalations/rules";
import {
  actionUpdates,
  contacts,
  decisionAgreements,
  escalations,
  escalationStages,
  escalationSteps,
  midwayChecks,
  reviewActions,
  reviewMonitoring,
  reviews,
  users,
  type ActionState,
} from "#db/schema";

/*
 * What staff keep about a young person between reviews (issue 18): tracked actions with every
 * change, the team manager's agreement of the decisions, midway checks, the IRO's contacts, the
 * monitoring after each review and escalations with every step. Personal data about the child,
 * so a subject access request covers it; never in the child's own "My things" (the child sees
 * only whether each decision was done). Staff are named as the rest of the copy names them (their
 * display name). One query per kind, never one per item.
 */

export type StaffRecords = {
  actions: {
    reviewId: string;
    reviewHeldOn: string | null;
    position: number;
    decision: string;
    owner: string | null;
    ownerRole: string | null;
    dueOn: string | null;
    state: ActionState;
    note: string | null;
    history: {
      at: string;
      by: string;
      state: ActionState;
      note: string | null;
      /** Recorded at this midway check, when it was. */
      midwayCheckId: string | null;
    }[];
  }[];
  agreements: {
    reviewId: string;
    reviewHeldOn: string | null;
    manager: string;
    dueOn: string;
    response: "agreed" | "disagree" | null;
    reason: string | null;
    respondedAt: string | null;
  }[];
  midwayChecks: {
    id: string;
    reviewId: string;
    reviewHeldOn: string | null;
    /** The decisions of the review the check follows. */
    decisions: string[];
    dueOn: string;
    checkedOn: string;
    checkedWith: string[];
    rag: string;
    note: string | null;
    by: string;
  }[];
  contacts: {
    id: string;
    contactOn: string;
    kind: string;
    withWhom: string;
    seenAlone: boolean | null;
    note: string | null;
    by: string;
  }[];
  monitoring: {
    reviewId: string;
    reviewHeldOn: string | null;
    planQuality: string;
    currentAssessment: boolean;
    rag: string;
    activeMonitoring: boolean;
    concerns: string[];
    note: string | null;
    by: string;
  }[];
  escalations: {
    id: string;
    raisedAt: string;
    raisedBy: string;
    theme: string;
    whatIsWrong: string;
    askingFor: string;
    stage: number;
    addressedTo: string;
    respondBy: string;
    /** The addressee answered at the current stage. */
    respondedAt: string | null;
    status: string;
    outcome: string | null;
    resolvedAt: string | null;
    steps: {
      at: string;
      kind: string;
      stage: number;
      by: string | null;
      addressedTo: string | null;
      response: string | null;
      actBy: string | null;
      text: string | null;
    }[];
  }[];
  /** The organisation's stages, to name each escalation's stage. */
  stages: { position: number; key: string | null; name: string | null }[];
};

export function collectStaffRecords(organisationId: string, youngPersonId: string): StaffRecords {
  const db = getDb();
  const owner = alias(users, "owner");
  const actionRows = db
    .select({
      id: reviewActions.id,
      reviewId: reviewActions.reviewId,
      heldOn: reviews.heldOn,
      decisions: reviews.decisions,
      position: reviewActions.position,
      owner: owner.displayName,
      ownerRole: reviewActions.ownerRole,
      dueOn: reviewActions.dueOn,
      state: reviewActions.state,
      note: reviewActions.note,
    })
    .from(reviewActions)
    .innerJoin(reviews, eq(reviews.id, reviewActions.reviewId))
    .leftJoin(owner, eq(owner.id, reviewActions.ownerUserId))
    .where(
      and(
        eq(reviewActions.organisationId, organisationId),
        eq(reviewActions.youngPersonId, youngPersonId),
      ),
    )
    .orderBy(asc(reviews.heldOn), asc(reviewActions.position))
    .all();
  const updates = db
    .select({
      actionId: actionUpdates.actionId,
      at: actionUpdates.at,
      by: users.displayName,
      state: actionUpdates.state,
      note: actionUpdates.note,
      midwayCheckId: actionUpdates.midwayCheckId,
    })
    .from(actionUpdates)
    .innerJoin(reviewActions, eq(reviewActions.id, actionUpdates.actionId))
    .innerJoin(users, eq(users.id, actionUpdates.byUserId))
    .where(
      and(
        eq(reviewActions.organisationId, organisationId),
        eq(reviewActions.youngPersonId, youngPersonId),
      ),
    )
    .orderBy(asc(actionUpdates.at))
    .all();
  const historyOf = new Map<string, StaffRecords["actions"][number]["history"]>();
  for (const { actionId, ...u } of updates) {
    const list = historyOf.get(actionId) ?? [];
    list.push(u);
    historyOf.set(actionId, list);
  }

  const agreements = db
    .select({
      reviewId: decisionAgreements.reviewId,
      reviewHeldOn: reviews.heldOn,
      manager: users.displayName,
      dueOn: decisionAgreements.dueOn,
      response: decisionAgreements.response,
      reason: decisionAgreements.reason,
      respondedAt: decisionAgreements.respondedAt,
    })
    .from(decisionAgreements)
    .innerJoin(reviews, eq(reviews.id, decisionAgreements.reviewId))
    .innerJoin(users, eq(users.id, decisionAgreements.managerUserId))
    .where(
      and(
        eq(decisionAgreements.organisationId, organisationId),
        eq(reviews.youngPersonId, youngPersonId),
      ),
    )
    .orderBy(asc(reviews.heldOn))
    .all();

  const midway = db
    .select({
      id: midwayChecks.id,
      reviewId: midwayChecks.reviewId,
      reviewHeldOn: reviews.heldOn,
      decisions: reviews.decisions,
      dueOn: midwayChecks.dueOn,
      checkedOn: midwayChecks.checkedOn,
      checkedWith: midwayChecks.checkedWith,
      rag: midwayChecks.rag,
      note: midwayChecks.note,
      by: users.displayName,
    })
    .from(midwayChecks)
    .innerJoin(reviews, eq(reviews.id, midwayChecks.reviewId))
    .innerJoin(users, eq(users.id, midwayChecks.recordedBy))
    .where(
      and(
        eq(midwayChecks.organisationId, organisationId),
        eq(midwayChecks.youngPersonId, youngPersonId),
      ),
    )
    .orderBy(asc(midwayChecks.checkedOn))
    .all();

  const contactRows = db
    .select({
      id: contacts.id,
      contactOn: contacts.contactOn,
      kind: contacts.kind,
      withWhom: contacts.withWhom,
      seenAlone: contacts.seenAlone,
      note: contacts.note,
      by: users.displayName,
    })
    .from(contacts)
    .innerJoin(users, eq(users.id, contacts.byUserId))
    .where(
      and(eq(contacts.organisationId, organisationId), eq(contacts.youngPersonId, youngPersonId)),
    )
    .orderBy(asc(contacts.contactOn), asc(contacts.createdAt))
    .all();

  const monitoring = db
    .select({
      reviewId: reviewMonitoring.reviewId,
      reviewHeldOn: reviews.heldOn,
      planQuality: reviewMonitoring.planQuality,
      currentAssessment: reviewMonitoring.currentAssessment,
      rag: reviewMonitoring.rag,
      activeMonitoring: reviewMonitoring.activeMonitoring,
      concerns: reviewMonitoring.concerns,
      note: reviewMonitoring.note,
      by: users.displayName,
    })
    .from(reviewMonitoring)
    .innerJoin(reviews, eq(reviews.id, reviewMonitoring.reviewId))
    .innerJoin(users, eq(users.id, reviewMonitoring.recordedBy))
    .where(
      and(
        eq(reviewMonitoring.organisationId, organisationId),
        eq(reviewMonitoring.youngPersonId, youngPersonId),
      ),
    )
    .orderBy(asc(reviews.heldOn))
    .all();

  const raiser = alias(users, "raiser");
  const addressee = alias(users, "addressee");
  const escalationRows = db
    .select({
      id: escalations.id,
      raisedAt: escalations.createdAt,
      raisedBy: raiser.displayName,
      theme: escalations.theme,
      whatIsWrong: escalations.whatIsWrong,
      askingFor: escalations.askingFor,
      stage: escalations.stagePosition,
      addressedTo: addressee.displayName,
      respondBy: escalations.respondBy,
      respondedAt: escalations.respondedAt,
      status: escalations.status,
      outcome: escalations.outcome,
      resolvedAt: escalations.resolvedAt,
    })
    .from(escalations)
    .innerJoin(raiser, eq(raiser.id, escalations.raisedBy))
    .innerJoin(addressee, eq(addressee.id, escalations.addressedTo))
    .where(
      and(
        eq(escalations.organisationId, organisationId),
        eq(escalations.youngPersonId, youngPersonId),
      ),
    )
    .orderBy(asc(escalations.createdAt))
    .all();
  const stepBy = alias(users, "step_by");
  const stepTo = alias(users, "step_to");
  const steps = db
    .select({
      escalationId: escalationSteps.escalationId,
      at: escalationSteps.at,
      kind: escalationSteps.kind,
      stage: escalationSteps.stagePosition,
      by: stepBy.displayName,
      addressedTo: stepTo.displayName,
      response: escalationSteps.response,
      actBy: escalationSteps.actBy,
      text: escalationSteps.text,
    })
    .from(escalationSteps)
    .innerJoin(escalations, eq(escalations.id, escalationSteps.escalationId))
    .leftJoin(stepBy, eq(stepBy.id, escalationSteps.byUserId))
    .leftJoin(stepTo, eq(stepTo.id, escalationSteps.addressedTo))
    .where(
      and(
        eq(escalations.organisationId, organisationId),
        eq(escalations.youngPersonId, youngPersonId),
      ),
    )
    .orderBy(asc(escalationSteps.at))
    .all();
  const stepsOf = new Map<string, StaffRecords["escalations"][number]["steps"]>();
  for (const { escalationId, ...s } of steps) {
    const list = stepsOf.get(escalationId) ?? [];
    list.push(s);
    stepsOf.set(escalationId, list);
  }
  const stages = db
    .select({
      position: escalationStages.position,
      key: escalationStages.key,
      name: escalationStages.name,
    })
    .from(escalationStages)
    .where(eq(escalationStages.organisationId, organisationId))
    .orderBy(asc(escalationStages.position))
    .all();

  return {
    actions: actionRows.map(({ id, heldOn, decisions, ...a }) => ({
      reviewHeldOn: heldOn,
      ...a,
      decision: decisions?.[a.position] ?? "",
      history: historyOf.get(id) ?? [],
    })),
    agreements,
    midwayChecks: midway.map((m) => ({ ...m, decisions: m.decisions ?? [] })),
    contacts: contactRows,
    monitoring,
    escalations: escalationRows.map((e) => ({ ...e, steps: stepsOf.get(e.id) ?? [] })),
    // Written the first time anyone raises an escalation; the defaults until then.
    stages: stages.length ? stages : [...defaultStages],
  };
}
