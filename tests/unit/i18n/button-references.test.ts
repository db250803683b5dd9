import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { comparable, languageStrings } from "~/i18n/glossary.server";
import { i18nFor } from "~/i18n/i18n.server";
import { languages, staffOnlyNamespaces, type LanguageCode } from "~/i18n/languages";
import { languageResources } from "~/i18n/resources.server";

/*
 * A sentence that names a button or link ("press “Send”", "choose “I have a code from my worker”")
 * names it through i18next nesting, `“$t(consultation:ui.send)”`, so in every language it says
 * exactly what the button says, now and after either is changed.
 */

const nesting = /\$t\(([a-z-]+:[\w.-]+)\)/g;
/** Quoted text: “…”, «…», "…" or **…**. */
const quoted = /“([^”]+)”|«([^»]+)»|"([^"]+)"|\*\*([^*]+)\*\*/g;
/** Placeholders and nestings are filled in by code: a quote of one of them is already exact. */
const filledIn = /^\s*(\{\{[^}]+\}\}|\$t\([^)]+\))\s*$/;

function labelText(text: string): string {
  return comparable(text)
    .replace(/[\s.,:;!?…،؟።፡፣፤]+$/u, "")
    .trim();
}

function nestedKeys(text: string): string[] {
  return [...text.matchAll(nesting)].map((m) => m[1]!).sort();
}

/** Every string of a language by its comparable text, to recognise a label quoted by hand. */
function labelsOf(strings: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of strings)
    if (!out.has(labelText(value))) out.set(labelText(value), key);
  return out;
}

/** Quotes of another string of the same language, written out by hand instead of nested. */
function handCopiedLabels(strings: Map<string, string>): string[] {
  const labels = labelsOf(strings);
  const found: string[] = [];
  for (const [key, value] of strings) {
    for (const match of value.matchAll(quoted)) {
      const inner = match.slice(1).find((group) => group !== undefined)!;
      if (filledIn.test(inner)) continue;
      const label = labels.get(labelText(inner));
      if (label && label !== key) found.push(`${key} quotes ${label} by hand: ${match[0]}`);
    }
  }
  return found;
}

/**
 * English instructions to press a button ("press Send", "Press “Record”") or to choose a link by
 * its quoted name ("choose "I have a code""), where the name is not nested.
 */
function unnestedInstructions(strings: Map<string, string>): string[] {
  const found: string[] = [];
  const press = /\b(press|tap|click)\s+(?=[A-Z“"«*])/gi;
  const choose = /\b(choose|select)\s+(?=[“"«*])/gi;
  for (const [key, value] of strings) {
    for (const re of [press, choose]) {
      for (const match of value.matchAll(re)) {
        const after = value.slice(match.index + match[0].length);
        if (!/^[“"«*]*\$t\(/.test(after))
          found.push(`${key}: “${match[0]}${after.split(/[\s,.]/)[0]}…” names a button by hand`);
      }
    }
  }
  return found;
}

function nestingKeys(strings: Map<string, string>): string[] {
  return [...strings].filter(([, value]) => nestedKeys(value).length > 0).map(([key]) => key);
}

const english = languageStrings("en");
const translated = languages.filter((l) => l.code !== "en").map((l) => l.code as LanguageCode);

describe("a sentence that names a button says what the button says", () => {
  it("en: every button or link named in a sentence is nested from its own key", () => {
    expect([...unnestedInstructions(english), ...handCopiedLabels(english)]).toEqual([]);
  });

  for (const code of translated) {
    it(`${code}: nests every button the English nests, and quotes no label by hand`, () => {
      const strings = languageStrings(code);
      const differing = [...english]
        .filter(([key, value]) => strings.has(key) && nestedKeys(value).length > 0)
        .filter(([key, value]) => {
          const own = nestedKeys(strings.get(key)!);
          return nestedKeys(value).some((nested) => !own.includes(nested));
        })
        .map(([key, value]) => `${key} should nest ${nestedKeys(value).join(", ")}`);
      expect([...differing, ...handCopiedLabels(strings)]).toEqual([]);
    });
  }

  it("nests only keys that exist, from a namespace every reader of the sentence downloads", () => {
    const problems: string[] = [];
    for (const { code } of languages) {
      const strings = languageStrings(code);
      for (const [key, value] of strings) {
        const ns = key.split(":")[0]!;
        for (const nested of nestedKeys(value)) {
          const nestedNs = nested.split(":")[0]!;
          if (!strings.has(nested)) problems.push(`${code} ${key} nests ${nested}: no such key`);
          if (
            staffOnlyNamespaces.includes(nestedNs as never) &&
            !staffOnlyNamespaces.includes(ns as never)
          )
            problems.push(`${code} ${key} nests ${nested}, which only staff download`);
          if (nestedKeys(strings.get(nested) ?? "").length > 0)
            problems.push(`${code} ${key} nests ${nested}, which nests again`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("has sentences that nest a button (the check above has something to check)", () => {
    expect(nestingKeys(english)).toEqual(
      expect.arrayContaining(["consultation:errors.text", "consultation:ui.sendToAdults"]),
    );
  });

  for (const { code } of languages) {
    it(`${code}: the server and the browser both fill in the button's own words`, async () => {
      // The browser's set-up (entry.client.tsx): one language, no fallback, everyone's namespaces.
      const { resources } = languageResources(code, "everyone");
      const browser = createInstance();
      await browser.init({
        lng: code,
        fallbackLng: false,
        defaultNS: "common",
        ns: Object.keys(resources),
        resources: { [code]: resources },
        interpolation: { escapeValue: false },
      });
      const server = i18nFor(code);
      const strings = languageStrings(code);
      for (const key of nestingKeys(strings)) {
        const options = { lng: code, names: "Sam", name: "Sam", username: "sam.k" };
        const onServer = server.t(key, options);
        expect(onServer, `${code} ${key}`).not.toContain("$t(");
        for (const nested of nestedKeys(strings.get(key)!))
          expect(onServer, `${code} ${key}`).toContain(strings.get(nested)!);
        if (Object.hasOwn(resources, key.split(":")[0]!))
          expect(browser.t(key, options), `${code} ${key} in the browser`).toBe(onServer);
      }
    });
  }
});

describe("the check itself", () => {
  it("finds a label quoted by hand, and a button pressed by name", () => {
    const strings = new Map([
      ["a:send", "Send"],
      ["a:hint", "When you press “Send”, they read it."],
      ["a:bare", "Press Send now."],
      ["a:good", "Press “$t(a:send)” now."],
    ]);
    expect(handCopiedLabels(strings)).toEqual(["a:hint quotes a:send by hand: “Send”"]);
    expect(unnestedInstructions(strings)).toEqual([
      "a:hint: “press “Send”…” names a button by hand",
      "a:bare: “Press Send…” names a button by hand",
    ]);
  });
});
