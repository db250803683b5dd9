import { getLanguage } from "./languages";

/**
 * Dates and numbers are formatted on the server, in the page's language, with the Gregorian
 * calendar and Latin digits stated explicitly: browsers lack locale data for several of our
 * languages, and the review dates the law sets are Gregorian.
 */
export function formatDate(isoDate: string, lng: string, style: "long" | "full" = "long"): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  return new Intl.DateTimeFormat(getLanguage(lng).formatLocale, {
    dateStyle: style,
    timeZone: "UTC",
  }).format(date);
}

export function formatDateTime(isoTime: string, lng: string): string {
  return new Intl.DateTimeFormat(getLanguage(lng).formatLocale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/London",
  }).format(new Date(isoTime));
}

export function formatNumber(value: number, lng: string): string {
  return new Intl.NumberFormat(getLanguage(lng).formatLocale).format(value);
}
