import { getLanguage } from "./languages";

/**
 * Dates and numbers are formatted on the server, in the page's language, with the Gregorian
 * calendar and Latin digits stated explicitly: browsers lack locale data for several of our
 * languages, and the review dates the law sets are Gregorian.
 */
// Building a formatter costs far more than using one: a caseload page formats hundreds of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions) {
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(locale, options)));
  return found;
}

export function formatDate(isoDate: string, lng: string, style: "long" | "full" = "long"): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  const locale = getLanguage(lng).formatLocale;
  return formatter(`date:${locale}:${style}`, locale, { dateStyle: style, timeZone: "UTC" }).format(
    date,
  );
}

/** A date that may be missing (not yet planned, not yet held): formatted, or null. */
export function formatOptionalDate(isoDate: string | null | undefined, lng: string): string | null {
  return isoDate ? formatDate(isoDate, lng) : null;
}

export function formatDateTime(isoTime: string, lng: string): string {
  const locale = getLanguage(lng).formatLocale;
  return formatter(`time:${locale}`, locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/London",
  }).format(new Date(isoTime));
}

export function formatNumber(value: number, lng: string): string {
  return new Intl.NumberFormat(getLanguage(lng).formatLocale).format(value);
}

/** A month, "2026-11", as "Nov 2026" in the page's language (Gregorian, Latin digits). */
export function formatMonth(yearMonth: string, lng: string): string {
  const locale = getLanguage(lng).formatLocale;
  return formatter(`month:${locale}`, locale, {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${yearMonth}-15T12:00:00Z`));
}
