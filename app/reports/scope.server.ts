import { and, eq, gte, lte, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { allocations, reviews, youngPeople } from "#db/schema";
import type { Period } from "./period";

/*
 * Whose records a report counts, shared by every figure (issue 16): the whole organisation for a
 * manager, or an IRO's own caseload — a review counts for the IRO allocated on the day it was
 * held, a child for the IRO allocated on the period's last day (or when the thing happened).
 */

/** Whose reviews: the whole organisation, or an IRO's (allocated as IRO on the day it was held). */
export type ReportScope = { organisationId: string; iroUserId?: string };

/** SQL: the IRO held the young person's case on `day` (an SQL date expression). */
export function iroHeldCaseOn(
  iroUserId: string,
  youngPersonId: SQLWrapper,
  day: SQLWrapper | string,
): SQL {
  return sql`exists (select 1 from ${allocations} a
    where a.young_person_id = ${youngPersonId} and a.user_id = ${iroUserId}
      and a.relationship = 'iro' and a.starts_on <= ${day}
      and (a.ends_on is null or a.ends_on >= ${day}))`;
}

/** Reviews held in the period (a review is held on its first meeting), in scope. */
export function heldInPeriod(scope: ReportScope, period: Period): SQL {
  const conditions: SQL[] = [
    eq(reviews.organisationId, scope.organisationId),
    eq(reviews.status, "held"),
    gte(reviews.heldOn, period.from),
    lte(reviews.heldOn, period.to),
  ];
  if (scope.iroUserId)
    conditions.push(iroHeldCaseOn(scope.iroUserId, reviews.youngPersonId, reviews.heldOn));
  return and(...conditions)!;
}

/** Whole years between a date of birth and a day, as SQLite computes it (birthday counted). */
export function ageOn(
  day: SQL | typeof reviews.heldOn,
  dateOfBirth: SQL | typeof youngPeople.dateOfBirth = youngPeople.dateOfBirth,
): SQL<number> {
  return sql<number>`(cast(strftime('%Y', ${day}) as integer)
  - cast(strftime('%Y', ${dateOfBirth}) as integer)
  - (strftime('%m-%d', ${day}) < strftime('%m-%d', ${dateOfBirth})))`;
}

/** Age on the day the review was held. */
export const ageOnHeldDay = ageOn(reviews.heldOn);

/** SQL: the age band a number of years falls in, as the forms word them (4–7, 8–12, 13–17, 18+); null under 4. */
export function ageBandSql(age: SQL<number>): SQL<string | null> {
  return sql<string | null>`case when ${age} < 4 then null when ${age} < 8 then '4-7'
    when ${age} < 13 then '8-12' when ${age} < 18 then '13-17' else '18+' end`;
}

export const reportAgeBands = ["4-7", "8-12", "13-17", "18+"] as const;
export type ReportAgeBand = (typeof reportAgeBands)[number];
