import type { ReviewKind } from "#db/schema";
import { nextReviewDueFor } from "~/reviews/statutory-dates";

/*
 * When a young person's next review is due, from the reviews held so far (imported or recorded
 * here): the kind of the most recent one, by the same rule as the IRO's record form
 * (nextReviewDueFor in ~/reviews/statutory-dates).
 */

export type HeldReview = { kind: ReviewKind; heldOn: string };

/** The next review: the kind of the most recent one held, and when it is due. */
export function nextReviewFromHistory(
  held: readonly HeldReview[],
  lookedAfterOn: string | null,
  closureDays: readonly string[],
): { kind: ReviewKind; dueOn: string } | null {
  if (!held.length) return null;
  const latest = held.reduce((a, b) => (b.heldOn > a.heldOn ? b : a));
  const heldOfKind = held.filter((r) => r.kind === latest.kind).map((r) => r.heldOn);
  return {
    kind: latest.kind,
    dueOn: nextReviewDueFor(latest.kind, lookedAfterOn, heldOfKind, closureDays),
  };
}
