import { addWorkingDays } from "~/dates/working-days";

/**
 * The day the team manager's answer to circulated decisions is due: `withinDays` working days
 * after the day they were circulated (the organisation's local standard, 5 by default; bank
 * holidays and the organisation's closure days do not count).
 */
export function agreementDueOn(
  circulatedOn: string,
  withinDays: number,
  closureDays: readonly string[],
): string {
  return addWorkingDays(circulatedOn, withinDays, closureDays);
}
