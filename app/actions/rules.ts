import type { ActionOwnerRole, ActionState, AllocationRelationship } from "#db/schema";

/*
 * Who may change a tracked action (a decision of a review) and to what, with no I/O: the pages and
 * the server functions ask here, the unit tests check it.
 */

/** An action's states, in the order they are offered. */
export const actionStateOrder = ["not_started", "in_progress", "done", "not_done"] as const;

/** Still to do: not started or in progress. */
export function isOpen(state: ActionState): boolean {
  return state === "not_started" || state === "in_progress";
}

/** Open and its due date has passed (a due date today is not yet overdue). */
export function isOverdue(action: { state: ActionState; dueOn: string | null }, today: string) {
  return isOpen(action.state) && !!action.dueOn && action.dueOn < today;
}

/** Owner roles that are also a relationship to the child: held by whoever is allocated so today. */
const ownerRoleRelationships: Partial<Record<ActionOwnerRole, AllocationRelationship>> = {
  social_worker: "social_worker",
  carer: "carer",
  parent: "parent",
  personal_adviser: "personal_adviser",
  iro: "iro",
};

export type ActionActor = {
  userId: string;
  /** This person's current allocations to the action's child (an IRO manager allocated as IRO: "iro"). */
  relationships: readonly AllocationRelationship[];
  /** Staff keep actions named to them after their allocation ends; carers and parents do not. */
  staff?: boolean;
};

export type ActionOwner = { ownerUserId: string | null; ownerRole: ActionOwnerRole | null };

/**
 * The child's IRO may change any of the child's actions; the named owner may change theirs (a
 * carer or parent only while allocated to the child: once a placement ends they see nothing more
 * of the child); an action owned by a role ("the social worker", "the carer") is changed by whoever
 * holds that role for the child today. Nobody else (the page answers 404).
 */
export function mayChangeAction(actor: ActionActor, action: ActionOwner): boolean {
  if (actor.relationships.includes("iro")) return true;
  if (action.ownerUserId) {
    return action.ownerUserId === actor.userId && (!!actor.staff || actor.relationships.length > 0);
  }
  const relationship = action.ownerRole ? ownerRoleRelationships[action.ownerRole] : undefined;
  return !!relationship && actor.relationships.includes(relationship);
}

/**
 * Where an action may go from `from`: never back to "not started" once begun; to the same state
 * only for "in progress" (a progress note). "Done" may be reopened as "in progress".
 */
export function mayMoveTo(from: ActionState, to: ActionState): boolean {
  if (to === "not_started") return false;
  return to !== from || to === "in_progress";
}

/** The states offered from `from`. */
export const nextStates = (from: ActionState) => actionStateOrder.filter((s) => mayMoveTo(from, s));

/**
 * A change's problems, as translation keys by field: a state it may not move to, and "not done"
 * without a note saying why.
 */
export function actionChangeProblems(change: {
  from: ActionState;
  to: ActionState;
  note: string;
}): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!mayMoveTo(change.from, change.to)) problems.state = "actions:errors.state";
  if (change.to === "not_done" && !change.note.trim()) problems.note = "actions:errors.noteNotDone";
  return problems;
}
