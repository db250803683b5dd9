import { eq, inArray } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { reviewActions, type ActionState } from "#db/schema";

/*
 * What a young person may know of their decisions: only whether each was done. Never the note,
 * the owner, a rating or an escalation (issue 18, "who sees what"). Call after the access check
 * on the letter.
 */

/** The child's words for each state (keys in the letters namespace). */
export const childStateKey: Record<ActionState, string> = {
  done: "actions.done",
  in_progress: "actions.inProgress",
  not_started: "actions.notStarted",
  not_done: "actions.notDone",
};

/** Each decision's state by its position in the review. */
export function decisionStates(reviewId: string): Map<number, ActionState> {
  const rows = getDb()
    .select({ position: reviewActions.position, state: reviewActions.state })
    .from(reviewActions)
    .where(eq(reviewActions.reviewId, reviewId))
    .all();
  return new Map(rows.map((r) => [r.position, r.state]));
}

/** How many decisions of each review are done, of how many (reviews without actions left out). */
export function doneCounts(reviewIds: string[]): Map<string, { done: number; total: number }> {
  const counts = new Map<string, { done: number; total: number }>();
  if (!reviewIds.length) return counts;
  const rows = getDb()
    .select({ reviewId: reviewActions.reviewId, state: reviewActions.state })
    .from(reviewActions)
    .where(inArray(reviewActions.reviewId, reviewIds))
    .all();
  for (const r of rows) {
    const c = counts.get(r.reviewId) ?? { done: 0, total: 0 };
    c.total++;
    if (r.state === "done") c.done++;
    counts.set(r.reviewId, c);
  }
  return counts;
}
