import { z } from "zod";
import { addDays } from "~/dates/calendar";

/*
 * The period a report covers (issue 16), chosen with a GET form that works without JavaScript:
 * a reporting year (1 April to 31 March, as IRO annual reports count), the year to date, one
 * month, or any two dates. Dates are England's calendar days, ISO, both ends included.
 * Pure: the reports pages, their CSV and PDF all read the period here.
 */

export const periodKinds = ["year", "year-to-date", "month", "dates"] as const;
export type PeriodKind = (typeof periodKinds)[number];

export type Period = { kind: PeriodKind; from: string; to: string };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The reporting year that starts on 1 April of `startYear`. */
export function reportingYear(startYear: number): Period {
  return { kind: "year", from: `${startYear}-04-01`, to: `${startYear + 1}-03-31` };
}

/** The reporting year a day falls in, by the year it starts. */
export function reportingYearOf(day: string): number {
  const year = Number(day.slice(0, 4));
  return day.slice(5) >= "04-01" ? year : year - 1;
}

/** The last complete reporting year before `today`: the default, as annual reports look back. */
export function lastCompleteReportingYear(today: string): Period {
  return reportingYear(reportingYearOf(today) - 1);
}

/** From 1 April of this reporting year to today. */
export function yearToDate(today: string): Period {
  return { kind: "year-to-date", from: `${reportingYearOf(today)}-04-01`, to: today };
}

/** One calendar month, "2026-11". */
export function month(yearMonth: string): Period {
  const [year, monthNumber] = yearMonth.split("-").map(Number) as [number, number];
  const next =
    monthNumber === 12
      ? `${year + 1}-01-01`
      : `${year}-${String(monthNumber + 1).padStart(2, "0")}-01`;
  return { kind: "month", from: `${yearMonth}-01`, to: addDays(next, -1) };
}

/** Every month a period touches, "YYYY-MM", oldest first (for charts by month). */
export function monthsOf(period: Period): string[] {
  const out: string[] = [];
  let cursor = period.from.slice(0, 7);
  const last = period.to.slice(0, 7);
  while (cursor <= last) {
    out.push(cursor);
    const [year, monthNumber] = cursor.split("-").map(Number) as [number, number];
    cursor =
      monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, "0")}`;
  }
  return out;
}

const realDate = z
  .string()
  .regex(isoDate)
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T12:00:00Z`)) &&
      new Date(`${value}T12:00:00Z`).toISOString().startsWith(value),
  );

/**
 * The period a report's address asks for (`?period=year&year=2025`, `?period=month&month=2026-11`,
 * `?period=dates&from=…&to=…`, `?period=year-to-date`), or the default with the reason it was not
 * taken ("dates" wrong or in the wrong order: an error to show beside the fields, keeping them).
 */
export function periodFrom(
  params: URLSearchParams,
  today: string,
): { period: Period; error?: "dates" | "order" } {
  const fallback = lastCompleteReportingYear(today);
  switch (params.get("period")) {
    case "year-to-date":
      return { period: yearToDate(today) };
    case "year": {
      const year = Number(params.get("year"));
      if (Number.isInteger(year) && year >= 2000 && year <= reportingYearOf(today))
        return { period: reportingYear(year) };
      return { period: fallback };
    }
    case "month": {
      const asked = params.get("month") ?? "";
      if (/^\d{4}-(0[1-9]|1[0-2])$/.test(asked) && asked <= today.slice(0, 7))
        return { period: month(asked) };
      return { period: fallback };
    }
    case "dates": {
      const from = realDate.safeParse(params.get("from"));
      const to = realDate.safeParse(params.get("to"));
      if (!from.success || !to.success) return { period: fallback, error: "dates" };
      if (from.data > to.data) return { period: fallback, error: "order" };
      return { period: { kind: "dates", from: from.data, to: to.data } };
    }
    default:
      return { period: fallback };
  }
}
