import { and, desc, eq, gt, sql } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { reviews, youngPeople } from "#db/schema";
import { daysBetween } from "~/dates/calendar";
import { lateReasons } from "~/reviews/lateness";
import { fullName } from "~/young-people/names";
import type { ReviewsFigure } from "./figures";
import { monthsOf, type Period } from "./period";
import { heldInPeriod, type ReportScope } from "./scope.server";

/*
 * Figure 1, reviews (issue 16): reviews held in the period — a review is held on its first
 * meeting, so a series of meetings counts once, on that day — and how many were on time: held on
 * or before the due date (`heldLate()` in app/reviews/lateness.ts, written here as
 * `held_on > due_on`). Late ones by the reason recorded ("not-recorded" for those recorded before
 * the reason was asked), listed latest first, and reviews by month. Two SQL statements, whatever
 * the number of reviews.
 */

const isLate = sql<number>`(${reviews.heldOn} > ${reviews.dueOn})`;
const heldMonth = sql<string>`substr(${reviews.heldOn}, 1, 7)`;

export function reviewsFigure(scope: ReportScope, period: Period): ReviewsFigure {
  const db = getDb();
  const counts = db
    .select({
      month: heldMonth,
      late: isLate,
      reason: reviews.lateReason,
      n: sql<number>`count(*)`,
    })
    .from(reviews)
    .where(heldInPeriod(scope, period))
    .groupBy(heldMonth, isLate, reviews.lateReason)
    .all();

  const lateByReason = Object.fromEntries(
    [...lateReasons, "not-recorded"].map((r) => [r, 0]),
  ) as ReviewsFigure["lateByReason"];
  const byMonth = new Map(monthsOf(period).map((month) => [month, { month, held: 0, onTime: 0 }]));
  let held = 0;
  let late = 0;
  for (const row of counts) {
    held += row.n;
    const month = byMonth.get(row.month)!;
    month.held += row.n;
    if (row.late) {
      late += row.n;
      lateByReason[row.reason ?? "not-recorded"] += row.n;
    } else month.onTime += row.n;
  }

  const lateRows = db
    .select({
      reviewId: reviews.id,
      youngPersonId: reviews.youngPersonId,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
      caseReference: youngPeople.caseReference,
      dueOn: reviews.dueOn,
      heldOn: sql<string>`${reviews.heldOn}`,
      reason: reviews.lateReason,
      reasonOther: reviews.lateReasonOther,
    })
    .from(reviews)
    .innerJoin(youngPeople, eq(youngPeople.id, reviews.youngPersonId))
    .where(and(heldInPeriod(scope, period), gt(reviews.heldOn, reviews.dueOn)))
    .orderBy(desc(reviews.heldOn), desc(reviews.dueOn))
    .all();

  return {
    held,
    onTime: held - late,
    late,
    lateByReason,
    lateReviews: lateRows.map(({ givenName, familyName, ...row }) => ({
      ...row,
      name: fullName({ givenName, familyName }),
      daysLate: daysBetween(row.dueOn, row.heldOn),
    })),
    byMonth: [...byMonth.values()],
  };
}
