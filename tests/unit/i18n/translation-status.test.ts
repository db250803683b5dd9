import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { languages, namespaces } from "~/i18n/languages";
import { languageResources } from "~/i18n/resources.server";
import {
  englishHash,
  keysIn,
  languageFigures,
  markDrafts,
  readStatus,
  readStrings,
  statusFile,
  statusProblems,
  writeStatus,
} from "~/i18n/translation-status.server";

const translated = languages.filter((l) => l.code !== "en").map((l) => l.code as string);

/** A copy of the real locales to change freely: the real files are never touched. */
function copyOfLocales(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "own-voice-locales-")), "locales");
  cpSync(path.resolve("locales"), dir, { recursive: true });
  return dir;
}

/** Changes one string of a copy's locale file (a dotted key in a namespace). */
function edit(dir: string, lng: string, ns: string, key: string, value: string | undefined) {
  const file = path.join(dir, lng, `${ns}.json`);
  const tree = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  const parts = key.split(".");
  const parent = parts.slice(0, -1).reduce<Record<string, unknown>>((node, part) => {
    node[part] ??= {};
    return node[part] as Record<string, unknown>;
  }, tree);
  const last = parts[parts.length - 1]!;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  writeFileSync(file, `${JSON.stringify(tree, null, 2)}\n`);
}

/** Which of `keys` are out of date (the real files may hold other out-of-date strings: honest, not a failure). */
function outOfDate(lng: string, dir: string, keys: string[]) {
  return keysIn(lng, "out-of-date", dir).filter((k) => keys.includes(k));
}

describe("the hash of the English a string was translated from", () => {
  it("is the first 12 hex digits of its SHA-256, and changes with any change to the text", () => {
    expect(englishHash("Next")).toMatch(/^[0-9a-f]{12}$/);
    expect(englishHash("Next")).toBe(englishHash("Next"));
    expect(englishHash("Next")).not.toBe(englishHash("Next "));
    expect(englishHash("Next")).not.toBe(englishHash("next"));
  });
});

describe("every translated string has a status, and every status a string", () => {
  for (const code of translated) {
    it(`${code}: no translated key without a status entry, no entry for a key that does not exist`, () => {
      // After drafting or removing strings, `npm run i18n:mark` brings the status up to date.
      expect(statusProblems(code)).toEqual({ unrecorded: [], unknown: [] });
    });

    it(`${code}: each entry names the English's hash and a state a person can read`, () => {
      for (const ns of namespaces) {
        for (const [key, entry] of Object.entries(readStatus("locales", code, ns))) {
          expect(entry.english, `${ns}:${key}`).toMatch(/^[0-9a-f]{12}$/);
          if (entry.state === "reviewed") {
            expect(entry.by.trim(), `${ns}:${key}`).not.toBe("");
            expect(entry.on, `${ns}:${key}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          } else expect(entry.state, `${ns}:${key}`).toBe("machine-drafted");
        }
      }
    });
  }

  it("status files are sorted, so a change is one entry's lines in a diff", () => {
    for (const code of translated) {
      for (const ns of namespaces) {
        const keys = Object.keys(readStatus("locales", code, ns));
        expect(keys, `${code} ${ns}`).toEqual([...keys].sort());
      }
    }
  });

  it("never reach a browser: the strings loaded and sent have no status in them", () => {
    const status = readStatus("locales", "ti", "consultation");
    const someHash = Object.values(status)[0]!.english;
    for (const audience of ["everyone", "staff"] as const) {
      const { resources, json } = languageResources("ti", audience);
      expect(Object.keys(resources)).not.toContain("status");
      expect(json).not.toContain(someHash);
    }
  });
});

describe("figures per language", () => {
  it("count every string the language needs, with plurals in its own forms, by state", () => {
    const dir = copyOfLocales();
    const english = namespaces.reduce((n, ns) => n + readStrings(dir, "en", ns).size, 0);
    const before = languageFigures("ti", dir);
    // Tigrinya has English's two plural forms, so it needs as many strings as English has.
    expect(before.total).toBe(english);
    expect(before.present).toBe(before.total);
    expect(before.missing).toBe(0);
    expect(before.reviewed + before.machineDrafted + before.outOfDate).toBe(before.total);

    // Arabic needs six forms for each of English's two: more strings than English.
    expect(languageFigures("ar", dir).total).toBeGreaterThan(english);

    // A string removed is missing; a string a person reviewed against today's English is reviewed.
    edit(dir, "ti", "common", "dialog.close", undefined);
    const status = readStatus(dir, "ti", "common");
    status["help.title"] = {
      english: englishHash(readStrings(dir, "en", "common").get("help.title")!),
      state: "reviewed",
      by: "Tesfay Kidane",
      on: "2027-01-15",
    };
    writeStatus(dir, "ti", "common", status);
    const after = languageFigures("ti", dir);
    expect(after.missing).toBe(before.missing + 1);
    expect(after.present).toBe(before.present - 1);
    expect(after.reviewed).toBe(before.reviewed + 1);
    expect(keysIn("ti", "missing", dir)).toContain("common:dialog.close");
    expect(keysIn("ti", "reviewed", dir)).toContain("common:help.title");
  });

  it("a string whose English changed is out of date, reviewed or not; other languages too", () => {
    const dir = copyOfLocales();
    const status = readStatus(dir, "om", "consultation");
    status["ui.next"] = {
      english: englishHash("Next"),
      state: "reviewed",
      by: "Chaltu Abdi",
      on: "2027-01-15",
    };
    writeStatus(dir, "om", "consultation", status);
    expect(keysIn("om", "reviewed", dir)).toContain("consultation:ui.next");
    // In Tigrinya both strings are machine drafts of today's English.
    for (const [ns, key] of [
      ["consultation", "ui.next"],
      ["common", "help.title"],
    ] as const) {
      const ti = readStatus(dir, "ti", ns);
      const english = readStrings(dir, "en", ns).get(key)!;
      ti[key] = { english: englishHash(english), state: "machine-drafted" };
      writeStatus(dir, "ti", ns, ti);
    }
    const before = languageFigures("ti", dir);

    edit(dir, "en", "consultation", "ui.next", "Next question");
    edit(dir, "en", "common", "help.title", "Get help straight away");

    expect(keysIn("om", "out-of-date", dir)).toEqual(
      expect.arrayContaining(["consultation:ui.next", "common:help.title"]),
    );
    expect(keysIn("om", "reviewed", dir)).not.toContain("consultation:ui.next");
    expect(outOfDate("ti", dir, ["common:help.title", "consultation:ui.next"])).toEqual([
      "common:help.title",
      "consultation:ui.next",
    ]);
    const after = languageFigures("ti", dir);
    expect(after.outOfDate).toBe(before.outOfDate + 2);
    expect(after.machineDrafted).toBe(before.machineDrafted - 2);
    expect(after.present).toBe(before.present);
  });

  it("a changed English plural puts out of date each of the language's forms drawn from it", () => {
    const dir = copyOfLocales();
    edit(dir, "en", "home", "review.overdue_other", "{{count}} days late");
    // Arabic's zero, two, few, many and other forms are all translated from English's "other".
    const forms = ["zero", "one", "two", "few", "many", "other"].map(
      (f) => `home:review.overdue_${f}`,
    );
    expect(outOfDate("ar", dir, forms)).toEqual(forms.filter((k) => !k.endsWith("_one")));
    expect(outOfDate("ti", dir, forms)).toEqual(["home:review.overdue_other"]);
  });
});

describe("npm run i18n:mark", () => {
  it("records new drafts as machine-drafted and removes entries for keys that are gone", () => {
    const dir = copyOfLocales();
    edit(dir, "en", "common", "help.textUs", "Text us");
    edit(dir, "ti", "common", "help.textUs", "ጽሑፍ ስደዱልና");
    edit(dir, "en", "common", "demoBanner", undefined);
    edit(dir, "ti", "common", "demoBanner", undefined);
    expect(statusProblems("ti", dir)).toEqual({
      unrecorded: ["common:help.textUs"],
      unknown: ["common:demoBanner"],
    });
    expect(languageFigures("ti", dir).unrecorded).toBe(1);

    const result = markDrafts("ti", { dir });
    expect(result.added).toEqual(["common:help.textUs"]);
    expect(result.removed).toEqual(["common:demoBanner"]);
    expect(statusProblems("ti", dir)).toEqual({ unrecorded: [], unknown: [] });
    expect(readStatus(dir, "ti", "common")["help.textUs"]).toEqual({
      english: englishHash("Text us"),
      state: "machine-drafted",
    });
    // Languages not named are left alone.
    expect(statusProblems("om", dir).unknown).toEqual(["common:demoBanner"]);
  });

  it("keeps reviews and out-of-date entries, and re-records only what was redrafted", () => {
    const dir = copyOfLocales();
    const status = readStatus(dir, "ti", "common");
    const reviewed = {
      english: status["help.title"]!.english,
      state: "reviewed",
      by: "Tesfay Kidane",
      on: "2027-01-15",
    } as const;
    status["help.title"] = reviewed;
    writeStatus(dir, "ti", "common", status);
    edit(dir, "en", "common", "yes", "Yes, please");
    edit(dir, "en", "common", "no", "No, thank you");

    const untouched = readFileSync(statusFile(dir, "ti", "common"), "utf8");
    const nothing = markDrafts("ti", { dir });
    expect(nothing).toEqual({ added: [], removed: [], redrafted: [], unknownRedrafts: [] });
    expect(readFileSync(statusFile(dir, "ti", "common"), "utf8")).toBe(untouched);
    expect(outOfDate("ti", dir, ["common:yes", "common:no"])).toEqual(["common:yes", "common:no"]);

    const result = markDrafts("ti", { dir, redrafted: ["common:yes", "common:nothing"] });
    expect(result.redrafted).toEqual(["common:yes"]);
    expect(result.unknownRedrafts).toEqual(["common:nothing"]);
    expect(outOfDate("ti", dir, ["common:yes", "common:no"])).toEqual(["common:no"]);
    expect(readStatus(dir, "ti", "common")["help.title"]).toEqual(reviewed);
  });
});
