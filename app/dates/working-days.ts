/*
 * Working days and calendar months in England and Wales, as YYYY-MM-DD strings: arithmetic in
 * UTC, so no time zone ever moves a date. Pure functions, no database. Every feature that counts
 * days (statutory reviews, letters due, replies due, reminders) counts them here.
 */

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const parse = (date: string) => new Date(`${date}T00:00:00Z`);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const isWeekend = (date: Date) => date.getUTCDay() === 0 || date.getUTCDay() === 6;

/** Easter Sunday (Gregorian; the anonymous "Meeus/Jones/Butcher" computus). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(utc(year, month, day));
}

function firstMonday(year: number, month: number): Date {
  const first = utc(year, month, 1);
  return addDays(first, (8 - first.getUTCDay()) % 7);
}

function lastMonday(year: number, month: number): Date {
  const last = utc(year, month + 1, 0);
  return addDays(last, -((last.getUTCDay() + 6) % 7));
}

/** A fixed holiday on a weekend moves to the next weekday not already a holiday. */
function withSubstitutes(dates: Date[]): Date[] {
  const out: Date[] = [];
  for (const date of dates) {
    let day = date;
    while (isWeekend(day) || out.some((d) => d.getTime() === day.getTime())) day = addDays(day, 1);
    out.push(day);
  }
  return out;
}

/**
 * One-off changes by royal proclamation since 2020 (gov.uk/bank-holidays): the early May holiday
 * moved for VE Day 75 (2020); the spring holiday moved and a Platinum Jubilee day added, and the
 * Queen's state funeral (2022); the King's coronation (2023).
 */
const moved: Record<string, string> = {
  "2020-05-04": "2020-05-08",
  "2022-05-30": "2022-06-02",
};
const added: Record<number, string[]> = {
  2022: ["2022-06-03", "2022-09-19"],
  2023: ["2023-05-08"],
};

/** Bank holidays in England and Wales for a year, computed, sorted. */
export function bankHolidaysEnglandWales(year: number): string[] {
  const easter = parse(easterSunday(year));
  const [newYear] = withSubstitutes([utc(year, 1, 1)]);
  const [christmas, boxing] = withSubstitutes([utc(year, 12, 25), utc(year, 12, 26)]);
  const days = [
    newYear!,
    addDays(easter, -2),
    addDays(easter, 1),
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    christmas!,
    boxing!,
  ].map((d) => moved[iso(d)] ?? iso(d));
  return [...days, ...(added[year] ?? [])].sort();
}

const holidayCache = new Map<number, Set<string>>();
function isBankHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(bankHolidaysEnglandWales(year));
    holidayCache.set(year, set);
  }
  return set.has(date);
}

export function isWorkingDay(date: string, extraClosures: readonly string[] = []): boolean {
  return !isWeekend(parse(date)) && !isBankHoliday(date) && !extraClosures.includes(date);
}

/** The date `days` working days after `from` (which itself does not count). */
export function addWorkingDays(
  from: string,
  days: number,
  extraClosures: readonly string[] = [],
): string {
  let date = parse(from);
  let left = days;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(iso(date), extraClosures)) left--;
  }
  return iso(date);
}

/** The date `days` working days before `to` (which itself does not count). */
export function subtractWorkingDays(
  to: string,
  days: number,
  extraClosures: readonly string[] = [],
): string {
  let date = parse(to);
  let left = days;
  while (left > 0) {
    date = addDays(date, -1);
    if (isWorkingDay(iso(date), extraClosures)) left--;
  }
  return iso(date);
}

/** Months later, clamped to the month's end: 31 August + 6 months is 28 (or 29) February. */
export function addMonths(from: string, months: number): string {
  const [y, m, d] = from.split("-").map(Number) as [number, number, number];
  const target = utc(y, m + months, 1);
  const lastDay = utc(target.getUTCFullYear(), target.getUTCMonth() + 2, 0).getUTCDate();
  return iso(utc(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(d, lastDay)));
}
