import { eq, sql } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { reviews, youngPeople } from "#db/schema";
import {
  participated,
  participationCodes,
  viewsConveyedMethods,
  type ParticipationCode,
  type ViewsConveyedMethod,
} from "~/reviews/participation";
import type { Period } from "./period";
import { ageOnHeldDay, heldInPeriod, type ReportScope } from "./scope.server";

export type { ReportScope };

/*
 * Participation by age (the CLA 12 table of IRO annual reports, issue 16): for reviews held in the
 * period (a review is held on its first meeting), one row per age on the day of the review, from 4
 * up, with how many took part (PN1–PN6, `participated()`), and beside it the PN0–PN7 counts and how
 * views were given. One SQL statement, whatever the number of children or reviews.
 */

export type AgeRow = { age: number; reviews: number; participated: number };

export type ParticipationReport = {
  byAge: AgeRow[];
  total: Omit<AgeRow, "age"> & { age: null };
  codes: Record<ParticipationCode, number>;
  viewsConveyed: Record<ViewsConveyedMethod | "not-recorded", number>;
  /** Reviews held in the period, all ages (the codes add up to this). */
  held: number;
};

export function participationReport(scope: ReportScope, period: Period): ParticipationReport {
  const rows = getDb()
    .select({
      age: ageOnHeldDay,
      code: reviews.participationCode,
      views: reviews.viewsConveyed,
      n: sql<number>`count(*)`,
    })
    .from(reviews)
    .innerJoin(youngPeople, eq(youngPeople.id, reviews.youngPersonId))
    .where(heldInPeriod(scope, period))
    .groupBy(ageOnHeldDay, reviews.participationCode, reviews.viewsConveyed)
    .all();
  const codes = Object.fromEntries(participationCodes.map((c) => [c, 0])) as Record<
    ParticipationCode,
    number
  >;
  const viewsConveyed = Object.fromEntries(
    [...viewsConveyedMethods, "not-recorded"].map((m) => [m, 0]),
  ) as ParticipationReport["viewsConveyed"];
  const ages = new Map<number, AgeRow>();
  let held = 0;
  for (const row of rows) {
    held += row.n;
    if (row.code) codes[row.code] += row.n;
    viewsConveyed[row.views ?? "not-recorded"] += row.n;
    if (row.age < 4) continue;
    const entry = ages.get(row.age) ?? { age: row.age, reviews: 0, participated: 0 };
    entry.reviews += row.n;
    if (row.code && participated(row.code, row.age)) entry.participated += row.n;
    ages.set(row.age, entry);
  }
  const byAge = [...ages.values()].sort((a, b) => a.age - b.age);
  const total = {
    age: null,
    reviews: byAge.reduce((sum, r) => sum + r.reviews, 0),
    participated: byAge.reduce((sum, r) => sum + r.participated, 0),
  };
  return { byAge, total, codes, viewsConveyed, held };
}

/** A share as a percentage with one decimal, or null for none of none (never a division by zero). */
export function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}
