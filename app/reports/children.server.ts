import { and, count, eq, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { youngPeople } from "#db/schema";
import type { ChildrenFigure } from "./figures";
import type { Period } from "./period";
import { iroHeldCaseOn, type ReportScope } from "./scope.server";

/*
 * Figure 10, who our children are (issue 16): the children in care on the period's last day —
 * recorded as children in care, looked after on or before that day (or no date recorded), and not
 * yet left care (leaving on that day means no longer in care on it) — how many are unaccompanied,
 * how many need an interpreter, and their preferred languages, most first. An IRO's figure has the
 * children allocated to them on that day. One SQL statement, grouped by language.
 */

export function childrenFigure(scope: ReportScope, period: Period): ChildrenFigure {
  const day = period.to;
  const conditions: SQL[] = [
    eq(youngPeople.organisationId, scope.organisationId),
    eq(youngPeople.serviceArea, "children_in_care"),
    or(isNull(youngPeople.lookedAfterOn), lte(youngPeople.lookedAfterOn, day))!,
    or(isNull(youngPeople.leftCareOn), sql`${youngPeople.leftCareOn} > ${day}`)!,
  ];
  if (scope.iroUserId) conditions.push(iroHeldCaseOn(scope.iroUserId, sql`${youngPeople.id}`, day));
  const rows = getDb()
    .select({
      language: youngPeople.preferredLanguage,
      children: count(),
      unaccompanied: sql<number>`coalesce(sum(${youngPeople.isUnaccompanied}), 0)`,
      needsInterpreter: sql<number>`coalesce(sum(${youngPeople.needsInterpreter}), 0)`,
    })
    .from(youngPeople)
    .where(and(...conditions))
    .groupBy(youngPeople.preferredLanguage)
    .all();

  return {
    onDay: day,
    inCare: rows.reduce((sum, row) => sum + row.children, 0),
    unaccompanied: rows.reduce((sum, row) => sum + row.unaccompanied, 0),
    needsInterpreter: rows.reduce((sum, row) => sum + row.needsInterpreter, 0),
    byLanguage: rows
      .map(({ language, children }) => ({ language, children }))
      .sort((a, b) => b.children - a.children || a.language.localeCompare(b.language)),
  };
}
