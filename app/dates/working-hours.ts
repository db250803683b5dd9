import { isWorkingDay } from "./working-days";

/*
 * Working hours (issue 18: an urgent alert nobody acknowledged within N working hours is escalated).
 * A working hour is one between 09:00 and 17:00, England time (Europe/London, so British Summer
 * Time counts), on a working day: not a weekend, a bank holiday in England and Wales or one of the
 * organisation's closure days. An alert raised at night or at a weekend starts counting at 09:00
 * on the next working day; one raised on Friday at 16:00 has one hour on Friday and the rest on
 * Monday. Pure functions over instants (ISO strings or Dates), no database.
 */

export const workdayStartHour = 9;
export const workdayEndHour = 17;

const hourMs = 3_600_000;
const dayMs = 86_400_000;

const londonParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  hourCycle: "h23",
});

/** The English calendar date (YYYY-MM-DD) of an instant. */
function londonDate(at: Date): string {
  const parts = Object.fromEntries(londonParts.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Minutes England is ahead of UTC at noon on this date (0 in winter, 60 in summer). */
function londonOffsetMs(date: string): number {
  const noonUtc = new Date(`${date}T12:00:00Z`);
  const parts = Object.fromEntries(
    londonParts.formatToParts(noonUtc).map((p) => [p.type, p.value]),
  );
  return (Number(parts.hour) - 12) * hourMs;
}

/** The working window of an English date, as UTC milliseconds; null on a day off. */
function windowOf(date: string, closures: readonly string[]): [number, number] | null {
  if (!isWorkingDay(date, closures)) return null;
  // The clocks change at 01:00 UTC, never between 09:00 and 17:00.
  const midnight = Date.parse(`${date}T00:00:00Z`) - londonOffsetMs(date);
  return [midnight + workdayStartHour * hourMs, midnight + workdayEndHour * hourMs];
}

const nextDate = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + dayMs).toISOString().slice(0, 10);

const toDate = (at: Date | string) => (typeof at === "string" ? new Date(at) : at);

/** Working hours (fractional) between two instants; 0 when `to` is not after `from`. */
export function workingHoursBetween(
  from: Date | string,
  to: Date | string,
  closures: readonly string[] = [],
): number {
  const start = toDate(from).getTime();
  const end = toDate(to).getTime();
  if (end <= start) return 0;
  let total = 0;
  const last = londonDate(new Date(end));
  for (let date = londonDate(new Date(start)); date <= last; date = nextDate(date)) {
    const window = windowOf(date, closures);
    if (!window) continue;
    const overlap = Math.min(end, window[1]) - Math.max(start, window[0]);
    if (overlap > 0) total += overlap;
  }
  return total / hourMs;
}

/** The instant `hours` working hours after `from` (a day off or the night does not count). */
export function addWorkingHours(
  from: Date | string,
  hours: number,
  closures: readonly string[] = [],
): Date {
  const start = toDate(from).getTime();
  let left = hours * hourMs;
  let date = londonDate(new Date(start));
  // A year of days off in a row is not a calendar: stop rather than loop for ever.
  for (let i = 0; i < 400; i++, date = nextDate(date)) {
    const window = windowOf(date, closures);
    if (!window) continue;
    const begin = Math.max(start, window[0]);
    if (begin >= window[1]) continue;
    const available = window[1] - begin;
    if (left <= available) return new Date(begin + left);
    left -= available;
  }
  throw new Error("addWorkingHours: no working hours found");
}
