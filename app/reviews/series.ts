/*
 * A review held as a series of meetings. Pure: used when a review is recorded, by its view and by
 * the letters and queues that count from it.
 *
 * The review is held on its FIRST meeting: that day is its date for timeliness and for the next
 * due date (reg. 33). Later meetings complete it, within 20 working days of the first. Counting
 * from the last meeting made reviews that began on time look late and pushed every later due date
 * back (seeds 002 §8.1 and 004: "the first meeting is not used as the date of the CLA Review").
 */
import { addWorkingDays } from "~/dates/working-days";

/** Working days within which the later meetings of a series complete the review (seed 002 §8.1). */
export const seriesCompletionDays = 20;

const sorted = (meetings: readonly string[]) => [...meetings].sort();

/** The day the review counts as held: the first of its meetings. */
export const heldOnOf = (meetings: readonly string[]) => sorted(meetings)[0]!;

/** The day the review was completed: its last meeting. Decisions and the letter count from it. */
export const completedOnOf = (meetings: readonly string[]) => sorted(meetings).at(-1)!;

/** A held review's last day, for rows recorded before the last meeting was kept. */
export const reviewCompletedOn = (review: { heldOn: string | null; completedOn: string | null }) =>
  review.completedOn ?? review.heldOn;

/** Held within the statutory timescale: judged on the first meeting, whenever the last one was. */
export const isHeldOnTime = (dueOn: string, meetings: readonly string[]) =>
  heldOnOf(meetings) <= dueOn;

/** The last meeting came more than 20 working days after the first: worth a warning, not a refusal. */
export function isSeriesTooLong(meetings: readonly string[], closureDays: readonly string[] = []) {
  if (meetings.length < 2) return false;
  return (
    completedOnOf(meetings) > addWorkingDays(heldOnOf(meetings), seriesCompletionDays, closureDays)
  );
}
