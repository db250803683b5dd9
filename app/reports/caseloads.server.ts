import { and, asc, countDistinct, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { allocations, users } from "#db/schema";
import type { CaseloadsFigure } from "./figures";
import type { Period } from "./period";
import type { ReportScope } from "./scope.server";

/*
 * Figure 6, caseloads (issue 16): on the period's last day, the children allocated to each IRO
 * (an allocation as IRO live that day: started on or before it, not ended before it), whatever the
 * child's service area. Listed: every IRO whose account is active, with none if need be, and
 * anyone else holding a case as IRO that day (a manager with a caseload). Beside each, their
 * full-time equivalent and children per full-time IRO, against the IRO Handbook's 50–70. The
 * organisation's children per full-time IRO counts only the caseloads of IROs whose hours are set,
 * so an unset one neither inflates nor hides it. An IRO sees their own row. One SQL statement.
 */

export const handbookRange = [50, 70] as const;

export function caseloadsFigure(scope: ReportScope, period: Period): CaseloadsFigure {
  const day = period.to;
  const holding = and(
    eq(allocations.userId, users.id),
    eq(allocations.organisationId, scope.organisationId),
    eq(allocations.relationship, "iro"),
    sql`${allocations.startsOn} <= ${day}`,
    or(isNull(allocations.endsOn), sql`${allocations.endsOn} >= ${day}`),
  );
  const who: SQL = scope.iroUserId
    ? eq(users.id, scope.iroUserId)
    : or(and(eq(users.role, "iro"), isNull(users.disabledAt)), sql`${allocations.id} is not null`)!;
  const rows = getDb()
    .select({
      userId: users.id,
      name: users.displayName,
      fullTimeEquivalent: users.fullTimeEquivalent,
      children: countDistinct(allocations.youngPersonId),
    })
    .from(users)
    .leftJoin(allocations, holding)
    .where(and(eq(users.organisationId, scope.organisationId), who))
    .groupBy(users.id)
    .orderBy(asc(users.displayName), asc(users.id))
    .all();

  const iros = rows.map((row) => ({
    ...row,
    perFullTime: perFullTime(row.children, row.fullTimeEquivalent),
  }));
  const withHours = iros.filter((iro) => iro.fullTimeEquivalent);
  const totalFullTimeEquivalent =
    Math.round(withHours.reduce((sum, iro) => sum + iro.fullTimeEquivalent!, 0) * 100) / 100;
  return {
    onDay: day,
    iros,
    totalChildren: iros.reduce((sum, iro) => sum + iro.children, 0),
    totalFullTimeEquivalent,
    perFullTime: perFullTime(
      withHours.reduce((sum, iro) => sum + iro.children, 0),
      totalFullTimeEquivalent,
    ),
    handbookRange,
  };
}

/** Children per full-time IRO, one decimal; null when the hours are not set (or are 0). */
function perFullTime(children: number, fullTimeEquivalent: number | null): number | null {
  return fullTimeEquivalent ? Math.round((children / fullTimeEquivalent) * 10) / 10 : null;
}
