/*
 * When a child's midway check is due: halfway, in working days, between the last review held and
 * the next one due. Pure, no database. Working days and closure days are counted as everywhere
 * else (app/dates/working-days.ts).
 */
import type { ReviewKind } from "#db/schema";
import { addWorkingDays, isWorkingDay } from "~/dates/working-days";
import { nextReviewDueFor } from "~/reviews/statutory-dates";

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(
  from: string,
  to: string,
  closures: readonly string[] = [],
): number {
  let count = 0;
  for (let day = addDaysIso(from, 1); day <= to; day = addDaysIso(day, 1)) {
    if (isWorkingDay(day, closures)) count++;
  }
  return count;
}

const addDaysIso = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The middle working day between a review held on `heldOn` and the next due on `nextDueOn`: of an
 * odd count the middle one (5 working days: the 3rd), of an even count the earlier of the two
 * middle ones (4: the 2nd), so the check never comes later than halfway. Null when the next review
 * is not after the last one.
 */
export function midwayDueOn(
  heldOn: string,
  nextDueOn: string,
  closures: readonly string[] = [],
): string | null {
  const days = workingDaysBetween(heldOn, nextDueOn, closures);
  if (days === 0) return null;
  return addWorkingDays(heldOn, Math.ceil(days / 2), closures);
}

export type MidwayFacts = {
  /** The last review held: the one the check follows. */
  lastHeld: { kind: ReviewKind; heldOn: string };
  /** The first meetings of every review of that kind held so far (the statutory count). */
  heldOfKind: readonly string[];
  lookedAfterOn: string | null;
  /** The due date of the next review already planned, if any. */
  nextPlannedDueOn: string | null;
};

/**
 * The midway due date for a child: against the planned next review, or, when none is planned
 * yet, against the date the next review is due by law (reg. 33, app/reviews/statutory-dates.ts).
 */
export function midwayDueFor(facts: MidwayFacts, closures: readonly string[] = []): string | null {
  const nextDueOn =
    facts.nextPlannedDueOn ??
    nextReviewDueFor(facts.lastHeld.kind, facts.lookedAfterOn, facts.heldOfKind, closures);
  return midwayDueOn(facts.lastHeld.heldOn, nextDueOn, closures);
}

export type MidwayUrgency = "overdue" | "soon" | "later";

/** Overdue after its day; "soon" within `soonWorkingDays` working days (the queue's window). */
export function midwayUrgency(
  dueOn: string,
  today: string,
  soonWorkingDays: number,
  closures: readonly string[] = [],
): MidwayUrgency {
  if (dueOn < today) return "overdue";
  return dueOn <= addWorkingDays(today, soonWorkingDays, closures) ? "soon" : "later";
}
