import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "#db/db.server";
import {
  actionUpdates,
  midwayChecks,
  reviewActions,
  reviews,
  youngPeople,
  type ActionState,
  type ReviewKind,
} from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { recordAudit } from "~/audit/audit.server";
import { todayInEngland } from "~/dates/calendar";
import { organisationSettings } from "~/organisations/settings.server";
import { midwayDueFor, midwayUrgency, type MidwayUrgency } from "./due";
import type { MidwayCheckInput } from "./schema";

/** The queue lists midway checks due within this many working days (and every overdue one). */
export const midwaySoonWorkingDays = 10;

export type MidwayDue = {
  youngPersonId: string;
  /** The last review held: the one the check follows. */
  reviewId: string;
  dueOn: string;
  urgency: MidwayUrgency;
};

/**
 * The midway check due for each of these young people (call only after an access check): those
 * whose last held review has no midway check yet. Two statements whatever the caseload.
 */
export function midwayDueList(
  organisationId: string,
  youngPersonIds: readonly string[],
  today = todayInEngland(),
): Map<string, MidwayDue> {
  const out = new Map<string, MidwayDue>();
  if (!youngPersonIds.length) return out;
  const db = getDb();
  const ids = [...youngPersonIds];
  const rows = db
    .select({
      id: reviews.id,
      youngPersonId: reviews.youngPersonId,
      kind: reviews.kind,
      status: reviews.status,
      dueOn: reviews.dueOn,
      heldOn: reviews.heldOn,
      lookedAfterOn: youngPeople.lookedAfterOn,
      checkId: midwayChecks.id,
    })
    .from(reviews)
    .innerJoin(youngPeople, eq(youngPeople.id, reviews.youngPersonId))
    .leftJoin(midwayChecks, eq(midwayChecks.reviewId, reviews.id))
    .where(
      and(
        eq(reviews.organisationId, organisationId),
        inArray(reviews.youngPersonId, ids),
        inArray(reviews.status, ["held", "planned"]),
      ),
    )
    .all();
  const { closureDays } = organisationSettings(organisationId);
  const byChild = new Map<string, typeof rows>();
  for (const row of rows)
    byChild.set(row.youngPersonId, [...(byChild.get(row.youngPersonId) ?? []), row]);
  for (const [youngPersonId, list] of byChild) {
    const held = list.filter((r) => r.status === "held" && r.heldOn);
    const last = held.reduce<(typeof held)[number] | undefined>(
      (a, r) => (!a || r.heldOn! > a.heldOn! ? r : a),
      undefined,
    );
    if (!last || last.checkId) continue;
    const planned = list
      .filter((r) => r.status === "planned")
      .map((r) => r.dueOn)
      .sort()[0];
    let dueOn: string | null;
    try {
      dueOn = midwayDueFor(
        {
          lastHeld: { kind: last.kind as ReviewKind, heldOn: last.heldOn! },
          heldOfKind: held.filter((r) => r.kind === last.kind).map((r) => r.heldOn!),
          lookedAfterOn: last.lookedAfterOn,
          nextPlannedDueOn: planned ?? null,
        },
        closureDays,
      );
    } catch {
      dueOn = null;
    }
    if (!dueOn) continue;
    out.set(youngPersonId, {
      youngPersonId,
      reviewId: last.id,
      dueOn,
      urgency: midwayUrgency(dueOn, today, midwaySoonWorkingDays, closureDays),
    });
  }
  return out;
}

/** One child's midway check due (call only after an access check). */
export const midwayDueOf = (organisationId: string, youngPersonId: string, today?: string) =>
  midwayDueList(organisationId, [youngPersonId], today).get(youngPersonId) ?? null;

/** The actions from a review, with the decision's words (call only after an access check). */
export function actionsOfReview(reviewId: string) {
  const db = getDb();
  const review = db
    .select({ decisions: reviews.decisions })
    .from(reviews)
    .where(eq(reviews.id, reviewId))
    .get();
  const decisions = review?.decisions ?? [];
  return db
    .select({
      id: reviewActions.id,
      position: reviewActions.position,
      state: reviewActions.state,
      note: reviewActions.note,
      dueOn: reviewActions.dueOn,
    })
    .from(reviewActions)
    .where(eq(reviewActions.reviewId, reviewId))
    .orderBy(reviewActions.position)
    .all()
    .map((a) => ({ ...a, decision: decisions[a.position] ?? "" }));
}

export type MidwayAction = ReturnType<typeof actionsOfReview>[number];

/** The last held review of a child, and its midway check if recorded. */
export function lastHeldReview(youngPersonId: string) {
  const db = getDb();
  const review = db
    .select({ id: reviews.id, heldOn: reviews.heldOn, kind: reviews.kind })
    .from(reviews)
    .where(and(eq(reviews.youngPersonId, youngPersonId), eq(reviews.status, "held")))
    .orderBy(desc(reviews.heldOn))
    .limit(1)
    .get();
  if (!review?.heldOn) return null;
  const check = db
    .select({ id: midwayChecks.id, checkedOn: midwayChecks.checkedOn })
    .from(midwayChecks)
    .where(eq(midwayChecks.reviewId, review.id))
    .get();
  return { ...review, heldOn: review.heldOn, check: check ?? null };
}

/**
 * Records the midway check after the last review, and each action's progress as an update
 * marked with the check (only where the state or note changed), in one transaction. Audited.
 */
export function recordMidwayCheck(
  request: Request,
  user: SignedIn,
  target: { youngPersonId: string; reviewId: string; dueOn: string },
  actions: readonly MidwayAction[],
  input: MidwayCheckInput,
  today = todayInEngland(),
): string {
  const db = getDb();
  return db.transaction((tx) => {
    const check = tx
      .insert(midwayChecks)
      .values({
        organisationId: user.organisationId,
        youngPersonId: target.youngPersonId,
        reviewId: target.reviewId,
        dueOn: target.dueOn,
        checkedOn: today,
        checkedWith: input.checkedWith,
        rag: input.rag,
        note: input.note || null,
        recordedBy: user.id,
      })
      .returning({ id: midwayChecks.id })
      .get();
    for (const action of actions) {
      const state = input.actions[action.id]?.state as ActionState | undefined;
      const note = input.actions[action.id]?.note || null;
      if (!state || (state === action.state && note === (action.note ?? null))) continue;
      tx.update(reviewActions).set({ state, note }).where(eq(reviewActions.id, action.id)).run();
      tx.insert(actionUpdates)
        .values({
          organisationId: user.organisationId,
          actionId: action.id,
          state,
          note,
          midwayCheckId: check.id,
          byUserId: user.id,
        })
        .run();
    }
    recordAudit(
      request,
      {
        action: "midway_check_recorded",
        organisationId: user.organisationId,
        actorUserId: user.id,
        subjectType: "midway_check",
        subjectId: check.id,
        youngPersonId: target.youngPersonId,
      },
      tx,
    );
    return check.id;
  });
}
