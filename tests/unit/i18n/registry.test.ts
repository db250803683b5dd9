import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { flattenKeys, keySet, pluralBase } from "~/i18n/keys";
import { languages, namespaces, translationStatuses } from "~/i18n/languages";
import { languageResources, ownResources } from "~/i18n/resources.server";

const english = languageResources("en").resources;
const englishKeys = keySet(english);

function leaves(resources: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [ns, tree] of Object.entries(resources)) {
    for (const key of flattenKeys(tree)) {
      const value = key
        .split(".")
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
      out.set(`${ns}:${key}`, String(value));
    }
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("languages registry", () => {
  it("names each language fully, with a known status, and English as the source", () => {
    for (const language of languages) {
      expect(language.ownName.length).toBeGreaterThan(1);
      expect(["ltr", "rtl"]).toContain(language.dir);
      expect(translationStatuses).toContain(language.status);
    }
    expect(languages.find((l) => l.code === "en")?.status).toBe("source");
    expect(languages.find((l) => l.code === "ar")?.dir).toBe("rtl");
  });

  it("every language of the registry has its name in every language (consultation:languages)", () => {
    for (const language of languages) {
      const names = (
        ownResources(language.code).consultation as { languages: Record<string, string> }
      ).languages;
      expect(Object.keys(names).sort(), language.code).toEqual(languages.map((l) => l.code).sort());
    }
  });

  it("every language folder on disk is in the registry, with exactly the registry's namespaces", () => {
    const folders = readdirSync(path.resolve("locales")).sort();
    expect(folders).toEqual(languages.map((l) => l.code).sort());
    for (const code of folders) {
      // Beside the strings: status/, each string's translation status (ADR 21).
      const files = readdirSync(path.resolve("locales", code))
        .filter((f) => f !== "status")
        .sort();
      expect(files, code).toEqual(namespaces.map((ns) => `${ns}.json`).sort());
    }
  });

  for (const language of languages.filter((l) => l.code !== "en")) {
    describe(`${language.englishName} (${language.code})`, () => {
      const resources = ownResources(language.code);
      const keys = keySet(resources);

      it("has every key English has", () => {
        expect([...englishKeys].filter((k) => !keys.has(k))).toEqual([]);
      });

      it("has no key English lacks", () => {
        expect([...keys].filter((k) => !englishKeys.has(k))).toEqual([]);
      });

      it("has every plural form its language needs", () => {
        const rules = new Intl.PluralRules(language.code).resolvedOptions().pluralCategories;
        const all = new Set(leaves(resources).keys());
        const pluralKeys = [...leaves(english).keys()]
          .filter((k) => /_(one|other)$/.test(k))
          .map(pluralBase);
        for (const base of new Set(pluralKeys)) {
          for (const category of rules)
            expect(all.has(`${base}_${category}`), `${base}_${category}`).toBe(true);
        }
      });

      it("keeps every {{placeholder}} of the English text", () => {
        const englishLeaves = leaves(english);
        const problems: string[] = [];
        for (const [key, value] of leaves(resources)) {
          const source = englishLeaves.get(key) ?? englishLeaves.get(`${pluralBase(key)}_other`);
          if (source === undefined) continue;
          const expected = placeholders(source).filter((p) => p !== "count");
          const actual = placeholders(value).filter((p) => p !== "count");
          if (JSON.stringify([...new Set(expected)]) !== JSON.stringify([...new Set(actual)]))
            problems.push(key);
        }
        expect(problems).toEqual([]);
      });

      it("never translates the names of services or their numbers", () => {
        const text = JSON.stringify(resources);
        expect(text).toContain("Own Voice");
        expect(text).toContain("0800 1111");
      });
    });
  }

  it("every locale file is valid JSON", () => {
    for (const language of languages) {
      for (const ns of namespaces) {
        expect(() =>
          JSON.parse(readFileSync(path.resolve("locales", language.code, `${ns}.json`), "utf8")),
        ).not.toThrow();
      }
    }
  });
});
