import { describe, expect, it } from "vitest";
import { withEnglishFallback } from "~/i18n/resources.server";

const english = {
  common: { inEnglish: { tag: "English" }, yes: "Yes", no: "No" },
  home: { letters_one: "{{count}} letter", letters_other: "{{count}} letters" },
};

describe("a child never sees English in place of their language without knowing", () => {
  it("a missing string is filled from English and marked in the language's own word", () => {
    const ti = { common: { inEnglish: { tag: "እንግሊዝኛ" }, yes: "እወ" }, home: {} };
    const { resources, inEnglish } = withEnglishFallback("ti", ti, english);
    expect(resources.common).toMatchObject({ yes: "እወ", no: "[እንግሊዝኛ] No" });
    expect(inEnglish).toContain("common:no");
    expect(inEnglish).not.toContain("common:yes");
  });

  it("fills plurals in the language's own forms (French: one, many, other)", () => {
    const fr = { common: { inEnglish: { tag: "anglais" }, yes: "Oui", no: "Non" }, home: {} };
    const { resources, inEnglish } = withEnglishFallback("fr", fr, english);
    expect(resources.home).toEqual({
      letters_one: "[anglais] {{count}} letter",
      letters_many: "[anglais] {{count}} letters",
      letters_other: "[anglais] {{count}} letters",
    });
    expect(inEnglish).toHaveLength(3);
  });

  it("a complete language comes back unchanged, and so does English", () => {
    const om = {
      common: { inEnglish: { tag: "Afaan Ingiliffaa" }, yes: "Eeyyee", no: "Lakki" },
      home: { letters_one: "xalayaa {{count}}", letters_other: "xalayaalee {{count}}" },
    };
    expect(withEnglishFallback("om", om, english)).toEqual({ resources: om, inEnglish: [] });
    expect(withEnglishFallback("en", english, english).inEnglish).toEqual([]);
  });
});
