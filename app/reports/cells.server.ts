import type { TFunction } from "i18next";
import { formatDate, formatMonth, formatNumber } from "~/i18n/format";
import { fixedT } from "~/i18n/i18n.server";
import type { LanguageCode } from "~/i18n/languages";
import { percentage } from "./participation.server";
import type { Period } from "./period";
import type { Cell } from "./table";

/**
 * What every section of the report writes with: the reader's language, and cells for counts
 * (marked when they count 1 to 4 children) and percentages (a dash for none of none).
 */
export type Writer = {
  lng: LanguageCode;
  dir: "ltr" | "rtl";
  t: TFunction;
  /** A count of children or of their reviews. */
  count: (value: number) => Cell;
  /** A number that counts no one (a median, working hours). */
  plain: (value: number | null) => Cell;
  /** A share as "74.6%", or "–" for none of none. */
  percent: (part: number, whole: number) => Cell;
  /** The same share as words for a sentence. */
  percentText: (part: number, whole: number) => string;
  text: (text: string) => Cell;
  month: (yearMonth: string) => string;
  number: (value: number) => string;
  /** A language's name in the reader's language. */
  language: (code: string) => string;
};

export function writerFor(lng: LanguageCode, dir: "ltr" | "rtl"): Writer {
  const t = fixedT(lng, "reports");
  const number = (value: number) => formatNumber(value, lng);
  const percentText = (part: number, whole: number) => {
    const share = percentage(part, whole);
    return share === null ? t("noPercent") : t("percent", { value: number(share) });
  };
  return {
    lng,
    dir,
    t,
    count: (value) => ({ text: number(value), value, small: value > 0 && value < 5 }),
    plain: (value) => (value === null ? { text: t("noPercent") } : { text: number(value), value }),
    percent: (part, whole) => {
      const share = percentage(part, whole);
      return share === null
        ? { text: t("noPercent") }
        : { text: percentText(part, whole), value: share };
    },
    percentText,
    text: (text) => ({ text }),
    month: (yearMonth) => formatMonth(yearMonth, lng),
    number,
    language: (code) => t(`consultation:languages.${code}`, { defaultValue: code }),
  };
}

/** The period's own words: "1 April 2025 to 31 March 2026". */
export function periodWords(period: Period, w: Writer): string {
  return w.t("periodRange", {
    from: formatDate(period.from, w.lng),
    to: formatDate(period.to, w.lng),
  });
}
