import { and, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { urgentAlerts } from "#db/schema";
import { todayInEngland } from "~/dates/calendar";
import { addWorkingDays, isWorkingDay } from "~/dates/working-days";
import { organisationSettings } from "~/organisations/settings.server";
import { englandDay } from "./england-day.server";
import type { UrgentFigure } from "./figures";
import { median } from "./median";
import type { Period } from "./period";
import { iroHeldCaseOn, type ReportScope } from "./scope.server";

/*
 * Figure 8, urgent worries (issue 16): urgent alerts raised in the period (on England's calendar;
 * for an IRO, those about children whose case they held that day), how many someone acknowledged,
 * the median minutes from sending to acknowledgement, and how many were acknowledged the same
 * working day: by the end (midnight in England) of the day raised, or of the next working day
 * when raised on a weekend, bank holiday or closure day — nobody is at work to see it before.
 * One SQL statement; alerts come one row each because the median and working days are counted here.
 */

/** The last day an alert raised on `day` counts as acknowledged the same working day. */
export function sameWorkingDayDeadline(day: string, closures: readonly string[]): string {
  return isWorkingDay(day, closures) ? day : addWorkingDays(day, 1, closures);
}

export function urgentFigure(scope: ReportScope, period: Period): UrgentFigure {
  const raisedOn = englandDay(urgentAlerts.raisedAt);
  const conditions: SQL[] = [
    eq(urgentAlerts.organisationId, scope.organisationId),
    gte(raisedOn, period.from),
    lte(raisedOn, period.to),
  ];
  if (scope.iroUserId)
    conditions.push(iroHeldCaseOn(scope.iroUserId, sql`${urgentAlerts.youngPersonId}`, raisedOn));
  const alerts = getDb()
    .select({ raisedAt: urgentAlerts.raisedAt, acknowledgedAt: urgentAlerts.acknowledgedAt })
    .from(urgentAlerts)
    .where(and(...conditions))
    .all();

  const { closureDays } = organisationSettings(scope.organisationId);
  const minutes: number[] = [];
  let sameWorkingDay = 0;
  for (const { raisedAt, acknowledgedAt } of alerts) {
    if (!acknowledgedAt) continue;
    minutes.push(Math.round((Date.parse(acknowledgedAt) - Date.parse(raisedAt)) / 60_000));
    const deadline = sameWorkingDayDeadline(todayInEngland(new Date(raisedAt)), closureDays);
    if (todayInEngland(new Date(acknowledgedAt)) <= deadline) sameWorkingDay++;
  }
  return {
    raised: alerts.length,
    acknowledged: minutes.length,
    medianMinutes: median(minutes),
    sameWorkingDay,
  };
}
