import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "#db/db.server";
import { actionUpdates, reviewActions, reviews, users, youngPeople } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { freeText, textLimits } from "~/http/text";
import { fullName } from "~/young-people/names";
import { actorFor } from "./owners.server";
import { actionChangeProblems, mayChangeAction } from "./rules";

/*
 * One tracked action as the people who may change it see it, and a change to it: the child's IRO,
 * its named owner, or whoever holds its owner role for the child today. Anyone else: 404.
 */

export const actionChangeForm = z.object({
  state: z.enum(["in_progress", "done", "not_done"], { error: "actions:errors.stateMissing" }),
  note: freeText(textLimits.reason).default(""),
});
export type ActionChange = z.infer<typeof actionChangeForm>;

/** The action, if this person may change it; otherwise 404. */
export function getActionForChange(
  user: SignedIn,
  actionId: string | undefined,
  today = todayInEngland(),
) {
  if (!actionId || user.role === "young_person") throw notFound();
  const row = getDb()
    .select({
      action: reviewActions,
      decisions: reviews.decisions,
      heldOn: reviews.heldOn,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
      ownerName: users.displayName,
    })
    .from(reviewActions)
    .innerJoin(reviews, eq(reviews.id, reviewActions.reviewId))
    .innerJoin(youngPeople, eq(youngPeople.id, reviewActions.youngPersonId))
    .leftJoin(users, eq(users.id, reviewActions.ownerUserId))
    .where(
      and(eq(reviewActions.id, actionId), eq(reviewActions.organisationId, user.organisationId)),
    )
    .get();
  if (!row) throw notFound();
  const actor = actorFor(user, row.action.youngPersonId, today);
  if (!mayChangeAction(actor, row.action)) throw notFound();
  return {
    ...row.action,
    decision: row.decisions?.[row.action.position] ?? "",
    heldOn: row.heldOn,
    childName: fullName(row),
    childGivenName: row.givenName,
    ownerName: row.ownerName,
    isIro: actor.relationships.includes("iro"),
  };
}

export type ActionForChange = ReturnType<typeof getActionForChange>;

/** Every change to this action, oldest first, with who made it. */
export function actionHistory(actionId: string) {
  return getDb()
    .select({
      state: actionUpdates.state,
      note: actionUpdates.note,
      at: actionUpdates.at,
      by: users.displayName,
    })
    .from(actionUpdates)
    .innerJoin(users, eq(users.id, actionUpdates.byUserId))
    .where(eq(actionUpdates.actionId, actionId))
    .orderBy(asc(actionUpdates.at))
    .all();
}

/**
 * Changes the action's state (with its note), keeps the change in its history and audits it, in
 * one transaction. Returns the message for each field when the change is not allowed.
 */
export function changeAction(
  request: Request,
  user: SignedIn,
  action: ActionForChange,
  change: ActionChange,
  options: { midwayCheckId?: string } = {},
): { ok: true } | { ok: false; errors: Record<string, string> } {
  const problems = actionChangeProblems({
    from: action.state,
    to: change.state,
    note: change.note,
  });
  if (Object.keys(problems).length) return { ok: false, errors: problems };
  const note = change.note.trim() || null;
  getDb().transaction((tx) => {
    tx.update(reviewActions)
      .set({ state: change.state, note, updatedAt: new Date().toISOString() })
      .where(eq(reviewActions.id, action.id))
      .run();
    tx.insert(actionUpdates)
      .values({
        organisationId: user.organisationId,
        actionId: action.id,
        state: change.state,
        note,
        midwayCheckId: options.midwayCheckId ?? null,
        byUserId: user.id,
      })
      .run();
    recordAudit(
      request,
      {
        action: "action_updated",
        organisationId: user.organisationId,
        actorUserId: user.id,
        subjectType: "review_action",
        subjectId: action.id,
        youngPersonId: action.youngPersonId,
      },
      tx,
    );
  });
  return { ok: true };
}
