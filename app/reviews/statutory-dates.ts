/*
 * Statutory review dates: when the next review is due. Pure functions, no database.
 */
import type { ReviewKind } from "#db/schema";
import { addMonths, addWorkingDays } from "~/dates/working-days";

/**
 * When the next looked-after review is due. Care Planning, Placement and Case Review (England)
 * Regulations 2010, reg. 33: the first within 20 working days of becoming looked after; the second
 * within 3 months of the first; each later one within 6 months of the one before.
 */
export function nextReviewDue(
  lookedAfterOn: string,
  heldReviews: readonly string[],
  extraClosures: readonly string[] = [],
): string {
  const held = [...heldReviews].sort();
  if (held.length === 0) return addWorkingDays(lookedAfterOn, 20, extraClosures);
  if (held.length === 1) return addMonths(held[0]!, 3);
  return addMonths(held[held.length - 1]!, 6);
}

/** Care leavers: a pathway plan review at least every 6 months (Children (Leaving Care) Act 2000 guidance). */
export function nextPathwayPlanReviewDue(previousReview: string): string {
  return addMonths(previousReview, 6);
}

/**
 * The next review of this kind, from the reviews of that kind held so far (recorded here or
 * imported): a looked-after child's by reg. 33; a care leaver's pathway plan review (or a child with
 * no date of becoming looked after) 6 months after the last one. One rule for the record form and
 * the import.
 */
export function nextReviewDueFor(
  kind: ReviewKind,
  lookedAfterOn: string | null,
  heldOfKind: readonly string[],
  extraClosures: readonly string[] = [],
): string {
  if (kind === "pathway_plan" || !lookedAfterOn) {
    const last = [...heldOfKind].sort().at(-1);
    if (!last) throw new Error("A pathway plan review is planned from one already held");
    return nextPathwayPlanReviewDue(last);
  }
  return nextReviewDue(lookedAfterOn, heldOfKind, extraClosures);
}
