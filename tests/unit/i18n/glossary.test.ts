import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  comparable,
  glossaryPath,
  glossaryViolations,
  hasGlossary,
  languageStrings,
  readGlossary,
} from "~/i18n/glossary.server";
import { languages } from "~/i18n/languages";

/** The concepts every glossary names (issue 15): a child meets each on almost every page. */
const keyConcepts = [
  "review",
  "IRO",
  "social worker",
  "advocate",
  "letter",
  "password",
  "interpreter",
];

const translated = languages.filter((l) => l.code !== "en").map((l) => l.code);

describe("one word for each key concept, in every language", () => {
  it("every translated language has a glossary with a Key words table", () => {
    expect(translated.filter((code) => !hasGlossary(code))).toEqual([]);
  });

  for (const code of translated.filter(hasGlossary)) {
    describe(code, () => {
      const glossary = readGlossary(code);

      it("names one word, and the variants to avoid, for each key concept", () => {
        for (const concept of keyConcepts) {
          const entry = glossary.find((e) => e.english[0] === concept);
          expect(entry, `${code}: no row for “${concept}”`).toBeDefined();
          expect(entry!.use, `${code}: “${concept}” has no word to use`).not.toBe("");
          expect(
            entry!.avoid.length + entry!.avoidForThisMeaning.length,
            `${code}: “${concept}” lists no variant to avoid`,
          ).toBeGreaterThan(0);
        }
      });

      it("uses each chosen word somewhere, and never as one of its own variants", () => {
        const all = comparable([...languageStrings(code).values()].join("\n"));
        for (const entry of glossary) {
          expect(
            all.includes(comparable(entry.use)),
            `${code}: “${entry.use}” (${entry.english[0]}) is used nowhere`,
          ).toBe(true);
          for (const variant of [...entry.avoid, ...entry.avoidForThisMeaning])
            expect(comparable(entry.use)).not.toContain(comparable(variant));
        }
      });

      it("has no string that uses a variant the glossary avoids", () => {
        const found = glossaryViolations(code, glossary).map(
          ({ key, variant, concept }) => `${key} uses “${variant}” (for ${concept})`,
        );
        expect(found).toEqual([]);
      });
    });
  }
});

describe("the glossary check", () => {
  const glossary = [
    { english: ["review"], use: "gamaaggama", avoid: ["gamaggama"], avoidForThisMeaning: [] },
    { english: ["interpreter"], use: "turjumaana", avoid: [], avoidForThisMeaning: ["hiikaa"] },
  ];
  const english = new Map([
    ["a:review", "Your review"],
    ["a:interpreter", "Needs an interpreter"],
    ["a:translator", "Reviewed by a translator"],
  ]);

  it("names the key and the variant, whatever the case or vowel marks", () => {
    const strings = new Map([["a:review", "Gamaggama kee"]]);
    expect(glossaryViolations("om", glossary, strings, english)).toEqual([
      { key: "a:review", variant: "gamaggama", concept: "review" },
    ]);
    expect(
      glossaryViolations(
        "ar",
        [{ english: ["advocate"], use: "مناصر", avoid: ["محامي"], avoidForThisMeaning: [] }],
        new Map([["a:advocate", "مُحامِي"]]),
        english,
      ),
    ).toHaveLength(1);
  });

  it("refuses a word kept for another meaning only where the English names the concept", () => {
    const strings = new Map([
      ["a:interpreter", "Hiikaa barbaada"],
      ["a:translator", "Hiikaan ilaalame"],
    ]);
    expect(glossaryViolations("om", glossary, strings, english)).toEqual([
      { key: "a:interpreter", variant: "hiikaa", concept: "interpreter" },
    ]);
  });

  it("says as honestly as the registry how far each glossary is checked", () => {
    for (const { code, status } of languages.filter((l) => hasGlossary(l.code))) {
      const page = readFileSync(glossaryPath(code), "utf8");
      expect(page, code).toContain(`Status: **${status}**`);
    }
  });
});
