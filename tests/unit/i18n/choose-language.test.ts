import { describe, expect, it } from "vitest";
import { chooseLanguage, fromAcceptLanguage } from "~/i18n/choose-language";

describe("choosing the page's language", () => {
  it("?lng= wins over everything else", () => {
    expect(
      chooseLanguage({ query: "ti", cookie: "ar", userPreference: "om", acceptLanguage: "en" }),
    ).toBe("ti");
  });

  it("then the remembered cookie, then the user's saved preference", () => {
    expect(chooseLanguage({ cookie: "ar", userPreference: "om", acceptLanguage: "ti" })).toBe("ar");
    expect(chooseLanguage({ userPreference: "om", acceptLanguage: "ti" })).toBe("om");
  });

  it("then the browser's Accept-Language, by quality, matching the main language", () => {
    expect(chooseLanguage({ acceptLanguage: "de-DE, ti-ER;q=0.8, ar;q=0.9" })).toBe("ar");
    expect(fromAcceptLanguage("ar-SA,ar;q=0.9")).toBe("ar");
    expect(fromAcceptLanguage("om-ET")).toBe("om");
  });

  it("a browser set to Persian as written in Afghanistan lands on Dari, not Farsi", () => {
    expect(fromAcceptLanguage("fa-AF,fa;q=0.9,en;q=0.5")).toBe("prs");
    expect(fromAcceptLanguage("fa-IR,fa;q=0.9")).toBe("fa");
    expect(fromAcceptLanguage("prs")).toBe("prs");
    expect(fromAcceptLanguage("ku-Arab-IQ")).toBe("ckb");
    expect(fromAcceptLanguage("ckb")).toBe("ckb");
    expect(fromAcceptLanguage("ku-Latn-TR")).toBeUndefined();
  });

  it("falls back to English, ignoring unknown or malformed choices", () => {
    expect(
      chooseLanguage({ query: "xx", cookie: "<script>", acceptLanguage: "de-DE,it;q=0.5" }),
    ).toBe("en");
    expect(chooseLanguage({})).toBe("en");
    expect(fromAcceptLanguage("ar;q=0")).toBeUndefined();
  });
});
