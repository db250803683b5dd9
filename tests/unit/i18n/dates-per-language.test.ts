import { describe, expect, it } from "vitest";
import { formatDate, formatNumber } from "~/i18n/format";
import { languages } from "~/i18n/languages";

// Review dates are set by English law: every language says them in the Gregorian calendar with
// Latin digits, stated explicitly (fa, ps and prs would otherwise get the Persian calendar).
describe("dates and numbers in every language", () => {
  it("every language's format locale names the calendar and the digits", () => {
    for (const language of languages) {
      expect(language.formatLocale, language.code).toMatch(/-u-ca-gregory-nu-latn$/);
      const options = new Intl.DateTimeFormat(language.formatLocale).resolvedOptions();
      expect(options.calendar, language.code).toBe("gregory");
      expect(options.numberingSystem, language.code).toBe("latn");
    }
  });

  it("a Dari date is Gregorian, with Afghan month names and Latin digits", () => {
    const dari = formatDate("2026-12-01", "prs");
    expect(dari).toContain("2026");
    expect(dari).toMatch(/دسمبر/);
    expect(dari).not.toMatch(/[۰-۹]/);
    expect(dari).not.toContain("1405"); // the Persian year
  });

  it("Farsi and Pashto too: Gregorian year, Latin digits", () => {
    for (const code of ["fa", "ps", "ckb"]) {
      const date = formatDate("2026-12-01", code);
      expect(date, code).toContain("2026");
      expect(date, code).not.toMatch(/[۰-۹٠-٩]/);
    }
    expect(formatDate("2026-12-01", "fa")).toMatch(/دسامبر/);
  });

  it("numbers use Latin digits in every language", () => {
    for (const { code } of languages) expect(formatNumber(1234, code), code).toMatch(/1.?234/);
  });
});
