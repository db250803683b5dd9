import { and, count, countDistinct, eq, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { statements } from "#db/schema";
import { addDays } from "~/dates/calendar";
import { englandDay } from "./england-day.server";
import { useForms, type UseFigure, type UseForm } from "./figures";
import { month as monthPeriod, monthsOf, type Period } from "./period";
import { iroHeldCaseOn, type ReportScope } from "./scope.server";
import { fallingMonths, previousMonth } from "./use-warning";

/*
 * Figure 4, use of Own Voice over time (issue 16): statements sent (submitted, whether or not
 * taken back later) per month of the period — the month of the day they were sent in England — by
 * form (the young person's forms, the carer's and the parent's; not feedback or replies to
 * letters), and the distinct young people they were about. An IRO's figure counts the statements
 * of young people whose case they held on the day sent. The falling-use warning compares each
 * month with the three before it, so those are counted too, even before the period starts; a month
 * the period covers only in part (a year to date, two dates) is never compared with whole ones.
 * Two SQL statements, whatever the number of statements.
 */

const periodKey = "period";

export function useFigure(scope: ReportScope, period: Period): UseFigure {
  const db = getDb();
  const months = monthsOf(period);
  const earlier = [previousMonth(months[0]!)];
  while (earlier.length < 3) earlier.unshift(previousMonth(earlier[0]!));
  const firstEarlierDay = `${earlier[0]}-01`;
  const firstMonthDay = `${months[0]}-01`;
  const day = englandDay(statements.submittedAt);
  const monthOf = sql<string>`substr(${day}, 1, 7)`;

  const sent = (from: string): SQL => {
    const conditions: SQL[] = [
      eq(statements.organisationId, scope.organisationId),
      eq(statements.status, "submitted"),
      inArray(statements.templateId, [...useForms]),
      // Loose bounds on the UTC time first, so the index on submitted_at narrows the search.
      gte(statements.submittedAt, addDays(from, -1)),
      lt(statements.submittedAt, addDays(period.to, 1)),
      from === period.from
        ? sql`${day} between ${period.from} and ${period.to}`
        : or(
            sql`${day} >= ${from} and ${day} < ${firstMonthDay}`,
            sql`${day} between ${period.from} and ${period.to}`,
          )!,
    ];
    if (scope.iroUserId)
      conditions.push(iroHeldCaseOn(scope.iroUserId, sql`${statements.youngPersonId}`, day));
    return and(...conditions)!;
  };

  const byForm = db
    .select({ month: monthOf, templateId: statements.templateId, n: count() })
    .from(statements)
    .where(sent(firstEarlierDay))
    .groupBy(monthOf, statements.templateId)
    .all();
  const youngPeople = db
    .select({ month: monthOf, n: countDistinct(statements.youngPersonId) })
    .from(statements)
    .where(sent(period.from))
    .groupBy(monthOf)
    .unionAll(
      db
        .select({
          month: sql<string>`${periodKey}`,
          n: countDistinct(statements.youngPersonId),
        })
        .from(statements)
        .where(sent(period.from)),
    )
    .all();

  const totals = new Map<string, number>();
  const forms = new Map<string, Record<UseForm, number>>();
  for (const row of byForm) {
    totals.set(row.month, (totals.get(row.month) ?? 0) + row.n);
    const entry = forms.get(row.month) ?? emptyForms();
    entry[row.templateId as UseForm] += row.n;
    forms.set(row.month, entry);
  }
  const people = new Map(youngPeople.map((row) => [row.month, row.n]));
  const fell = fallingMonths(
    [...earlier, ...months].map((month) => ({ month, total: totals.get(month) ?? 0 })),
  );
  const byMonth = months.map((month) => {
    const whole = monthPeriod(month);
    const complete = whole.from >= period.from && whole.to <= period.to;
    return {
      month,
      byForm: forms.get(month) ?? emptyForms(),
      total: totals.get(month) ?? 0,
      youngPeople: people.get(month) ?? 0,
      fellBelowHalfOf: complete ? (fell.get(month) ?? null) : null,
    };
  });
  return {
    byMonth,
    youngPeople: people.get(periodKey) ?? 0,
    total: byMonth.reduce((sum, m) => sum + m.total, 0),
  };
}

function emptyForms(): Record<UseForm, number> {
  return Object.fromEntries(useForms.map((form) => [form, 0])) as Record<UseForm, number>;
}
