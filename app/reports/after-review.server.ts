import { and, eq, isNotNull, sql } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { letterReads, letters, letterVersions, reviews, youngPeople } from "#db/schema";
import { addDays } from "~/dates/calendar";
import { isWorkingDay } from "~/dates/working-days";
import { issuedOn } from "~/letters/render";
import { organisationSettings } from "~/organisations/settings.server";
import { reviewCompletedOn } from "~/reviews/series";
import type { AfterReviewFigure } from "./figures";
import { median } from "./median";
import type { Period } from "./period";
import { heldInPeriod, type ReportScope } from "./scope.server";

/*
 * Figure 7, after the review (issue 16), for reviews held in the period (on their first meeting):
 * - decisions circulated within the local standard: of reviews with a decisions due date, those
 *   circulated on or before it;
 * - letters issued: the review's letter has its first version; in time when that version was
 *   issued, on England's calendar, on or before the letter's due date (as the letters register
 *   judges it). Working days taken count from the review's last meeting, the day the local
 *   standard counts from (`letterDueOn`), so "20 working days" reads against the standard; the
 *   median is of those;
 * - read: the young person's own account opened any issued version of the letter.
 * Two SQL statements; letters come one row each because working days are counted here.
 */

/** Working days after `from` up to and including `to` (0 when on the same day or earlier). */
export function workingDaysBetween(from: string, to: string, closures: readonly string[]): number {
  return workingDayCounter(closures)(from, to);
}

/**
 * `workingDaysBetween` for many pairs: each day's running count of working days is worked out
 * once, so a year of letters costs a year of days, not twenty days per letter.
 */
function workingDayCounter(closures: readonly string[]) {
  const running = new Map<string, number>();
  let first = "";
  let last = "";
  let total = 0;
  const extendTo = (day: string) => {
    if (!first) {
      first = last = day;
      running.set(day, 0);
    }
    while (last < day) {
      last = addDays(last, 1);
      if (isWorkingDay(last, closures)) total++;
      running.set(last, total);
    }
  };
  return (from: string, to: string) => {
    if (first && from < first) {
      // Rare (the caller starts at the earliest day): start again from the earlier one.
      running.clear();
      first = "";
      total = 0;
    }
    extendTo(from);
    if (to <= from) return 0;
    extendTo(to);
    return running.get(to)! - running.get(from)!;
  };
}

export function afterReviewFigure(scope: ReportScope, period: Period): AfterReviewFigure {
  const db = getDb();
  const decisions = db
    .select({
      due: sql<number>`count(*)`,
      inTime: sql<number>`coalesce(sum(${reviews.decisionsCirculatedOn} <= ${reviews.decisionsDueOn}), 0)`,
    })
    .from(reviews)
    .where(and(heldInPeriod(scope, period), isNotNull(reviews.decisionsDueOn)))
    .get()!;

  const issued = db
    .select({
      language: letters.language,
      dueOn: letters.dueOn,
      heldOn: sql<string>`${reviews.heldOn}`,
      completedOn: reviews.completedOn,
      issuedAt: letterVersions.issuedAt,
      read: sql<number>`exists (select 1 from ${letterReads} r
        inner join ${letterVersions} lv on lv.id = r.version_id
        where lv.letter_id = ${letters.id} and r.user_id = ${youngPeople.userId})`,
    })
    .from(letters)
    .innerJoin(reviews, eq(reviews.id, letters.reviewId))
    .innerJoin(youngPeople, eq(youngPeople.id, reviews.youngPersonId))
    .innerJoin(
      letterVersions,
      and(eq(letterVersions.letterId, letters.id), eq(letterVersions.number, 1)),
    )
    .where(heldInPeriod(scope, period))
    .all();

  const { closureDays } = organisationSettings(scope.organisationId);
  const countWorkingDays = workingDayCounter(closureDays);
  // Start the running count at the earliest review, so it is worked out once, forwards.
  const earliest = issued.map((letter) => reviewCompletedOn(letter)!).sort()[0];
  if (earliest) countWorkingDays(earliest, earliest);
  const languages = new Map<string, AfterReviewFigure["byLanguage"][number]>();
  const workingDays: number[] = [];
  let inTime = 0;
  let read = 0;
  for (const letter of issued) {
    const day = issuedOn(letter.issuedAt);
    const isInTime = day <= letter.dueOn;
    workingDays.push(countWorkingDays(reviewCompletedOn(letter)!, day));
    const entry = languages.get(letter.language) ?? {
      language: letter.language,
      issued: 0,
      inTime: 0,
      read: 0,
    };
    entry.issued++;
    if (isInTime) {
      entry.inTime++;
      inTime++;
    }
    if (letter.read) {
      entry.read++;
      read++;
    }
    languages.set(letter.language, entry);
  }

  return {
    decisionsDue: decisions.due,
    decisionsInTime: decisions.inTime,
    lettersIssued: issued.length,
    lettersInTime: inTime,
    medianWorkingDays: median(workingDays),
    lettersRead: read,
    byLanguage: [...languages.values()].sort(
      (a, b) => b.issued - a.issued || a.language.localeCompare(b.language),
    ),
  };
}
