import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import xliff2js from "xliff/xliff2js";
import { maxLength } from "~/i18n/string-context";
import {
  englishHash,
  keysIn,
  languageFigures,
  readStatus,
  readStrings,
  writeStatus,
} from "~/i18n/translation-status.server";
import { exportXliff, importXliff } from "~/i18n/xliff.server";

/** A copy of the real locales to change freely: the real files are never touched. */
function copyOfLocales(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "own-voice-xliff-")), "locales");
  cpSync(path.resolve("locales"), dir, { recursive: true });
  return dir;
}

/** Sets (or, with undefined, removes) one string of a copy's locale file. */
function setString(dir: string, lng: string, ns: string, key: string, value: string | undefined) {
  const file = path.join(dir, lng, `${ns}.json`);
  const tree = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  const parts = key.split(".");
  const parent = parts
    .slice(0, -1)
    .reduce((node, part) => node[part] as Record<string, unknown>, tree);
  if (value === undefined) delete parent[parts[parts.length - 1]!];
  else parent[parts[parts.length - 1]!] = value;
  writeFileSync(file, `${JSON.stringify(tree, null, 2)}\n`);
}

const removeString = (dir: string, lng: string, ns: string, key: string) =>
  setString(dir, lng, ns, key, undefined);
const setEnglish = (dir: string, ns: string, key: string, value: string) =>
  setString(dir, "en", ns, key, value);

/** What an agency does: puts its words in one unit's target (adding one where there was none). */
function translateUnit(xml: string, unitId: string, target: string): string {
  const unit = new RegExp(
    `(<unit id="${unitId.replace(/\./g, "\\.")}"[\\s\\S]*?</source>)(\\s*<target>[\\s\\S]*?</target>)?`,
  );
  expect(unit.test(xml), unitId).toBe(true);
  return xml.replace(unit, `$1\n        <target>${target}</target>`);
}

const reviewer = "Selam Haile (Tigrinya translator)";

describe("XLIFF 2.0 for translation agencies", () => {
  it("exports what needs work, with the English, the draft and context; leaves out what is reviewed", async () => {
    const dir = copyOfLocales();
    removeString(dir, "ti", "common", "dialog.close");
    const status = readStatus(dir, "ti", "common");
    status["help.title"] = {
      english: englishHash(readStrings(dir, "en", "common").get("help.title")!),
      state: "reviewed",
      by: reviewer,
      on: "2027-01-15",
    };
    writeStatus(dir, "ti", "common", status);
    setEnglish(dir, "common", "skipLink", "Skip to the main content");

    const { xml, units } = await exportXliff("ti", dir);
    const figures = languageFigures("ti", dir);
    expect(units).toBe(figures.machineDrafted + figures.outOfDate + figures.missing);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff /);
    expect(xml).toContain('version="2.0"');

    const document = await xliff2js(xml);
    expect(document.sourceLanguage).toBe("en");
    expect(document.targetLanguage).toBe("ti");
    const common = document.resources!.common!;
    // Reviewed against today's English: nothing to do.
    expect(common["help.title"]).toBeUndefined();
    // Missing: the English, no target.
    expect(common["dialog.close"]!.source).toBe("Close");
    expect(common["dialog.close"]!.target).toBeUndefined();
    // Machine-drafted and out of date: today's English and the current draft.
    expect(common["help.button"]!.source).toBe("Get help now");
    expect(common["help.button"]!.target).toBe(readStrings(dir, "ti", "common").get("help.button"));
    expect(common["skipLink"]!.source).toBe("Skip to the main content");
    expect(String(common["skipLink"]!.note)).toContain("Out of date");
    // XLIFF 2.0's segment state: a draft is "translated", a missing string has none.
    expect(xml).toMatch(/<unit id="help\.button"[\s\S]*?<segment state="translated">/);
    expect(xml).toMatch(/<unit id="dialog\.close"[\s\S]*?<segment>/);

    // Context for the translator: the key, where it appears, who reads it, its length, placeholders.
    const button = ([] as string[]).concat(common["help.button"]!.note ?? []).join("\n");
    expect(button).toContain("Key: common:help.button");
    expect(button).toContain("Where it appears: Every page");
    expect(button).toContain("Read by children");
    expect(button).toContain("Maximum length: 40 characters");
    expect(common["help.button"]!.additionalAttributes).toEqual({ sizeRestriction: 40 });
    const question = ([] as string[])
      .concat(document.resources!.consultation!["getting-ready.home.teen"]!.note ?? [])
      .join("\n");
    expect(question).toContain(
      'Form "Get ready for my review": a question, in the words for teenagers',
    );
    const greeting = ([] as string[])
      .concat(document.resources!.home!["me.greeting"]!.note ?? [])
      .join("\n");
    expect(greeting).toContain("Keep {{name}} as written");
  });

  it("round trip: a returned file's targets go into the locale files, recorded as reviewed", async () => {
    const dir = copyOfLocales();
    removeString(dir, "ti", "common", "dialog.close");
    const before = Object.fromEntries(
      readdirSync(path.join(dir, "ti"))
        .filter((f) => f.endsWith(".json"))
        .map((f) => [f, readFileSync(path.join(dir, "ti", f), "utf8")]),
    );
    const { xml, units } = await exportXliff("ti", dir);
    let returned = translateUnit(xml, "dialog.close", "ዕጸዉ");
    returned = translateUnit(returned, "help.button", "ሓገዝ ኣብዚ ሕጂ ርኸቡ");

    const result = await importXliff(returned, { reviewer, on: "2027-02-01", dir });
    expect(result.lng).toBe("ti");
    expect(result.outOfDate).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.reviewed).toHaveLength(units);

    const strings = readStrings(dir, "ti", "common");
    expect(strings.get("dialog.close")).toBe("ዕጸዉ");
    expect(strings.get("help.button")).toBe("ሓገዝ ኣብዚ ሕጂ ርኸቡ");
    // The missing string goes back where English has it, among its siblings.
    const common = readFileSync(path.join(dir, "ti", "common.json"), "utf8");
    expect(Object.keys(JSON.parse(common).dialog)).toEqual(["close"]);
    expect(common.indexOf('"dialog"')).toBeGreaterThan(common.indexOf('"exit"'));
    expect(common.indexOf('"dialog"')).toBeLessThan(common.indexOf('"error"'));
    // Every other file is byte for byte as it was; the changed one is still prettier's.
    for (const [file, text] of Object.entries(before)) {
      const now = readFileSync(path.join(dir, "ti", file), "utf8");
      if (file !== "common.json") expect(now, file).toBe(text);
      else expect(await prettier.check(now, { parser: "json", printWidth: 100 }), file).toBe(true);
    }
    const changedLines = common
      .split("\n")
      .filter((line) => !before["common.json"]!.split("\n").includes(line));
    expect(changedLines.map((l) => l.trim())).toEqual([
      '"button": "ሓገዝ ኣብዚ ሕጂ ርኸቡ",',
      '"dialog": {',
      '"close": "ዕጸዉ"',
    ]);

    // Each string recorded as reviewed by the reviewer, on the day, against the English it showed.
    expect(readStatus(dir, "ti", "common")["dialog.close"]).toEqual({
      english: englishHash("Close"),
      state: "reviewed",
      by: reviewer,
      on: "2027-02-01",
    });
    const figures = languageFigures("ti", dir);
    expect(figures.reviewed).toBe(figures.total);
    expect(figures.machineDrafted + figures.outOfDate + figures.missing).toBe(0);
    // Nothing left to send.
    expect((await exportXliff("ti", dir)).units).toBe(0);
  });

  it("a file returned unchanged leaves every Arabic file byte for byte as it was", async () => {
    const dir = copyOfLocales();
    const files = readdirSync(path.join(dir, "ar")).filter((f) => f.endsWith(".json"));
    const before = files.map((f) => readFileSync(path.join(dir, "ar", f), "utf8"));
    const { xml, units } = await exportXliff("ar", dir);
    const result = await importXliff(xml, { reviewer: "Mona Salem", dir });
    expect(result.reviewed).toHaveLength(units);
    // Including the escaped direction marks around a code (\u2066ABCD-2345\u2069).
    expect(files.map((f) => readFileSync(path.join(dir, "ar", f), "utf8"))).toEqual(before);
  });

  it("a returned file translated from English that has changed since is written, but out of date", async () => {
    const dir = copyOfLocales();
    const { xml } = await exportXliff("om", dir);
    const returned = translateUnit(xml, "help.button", "Gargaarsa amma argadhaa");
    setEnglish(dir, "common", "help.button", "Get help straight away");

    const result = await importXliff(returned, { reviewer: "Chaltu Abdi", on: "2027-02-01", dir });
    expect(result.outOfDate).toEqual(["common:help.button"]);
    expect(result.reviewed).not.toContain("common:help.button");
    expect(readStrings(dir, "om", "common").get("help.button")).toBe("Gargaarsa amma argadhaa");
    expect(readStatus(dir, "om", "common")["help.button"]).toEqual({
      english: englishHash("Get help now"),
      state: "reviewed",
      by: "Chaltu Abdi",
      on: "2027-02-01",
    });
    expect(keysIn("om", "out-of-date", dir)).toContain("common:help.button");
    expect(keysIn("om", "reviewed", dir)).not.toContain("common:help.button");
  });

  it("refuses a target that drops a placeholder, a key English lacks and a file for another language", async () => {
    const dir = copyOfLocales();
    const { xml } = await exportXliff("ti", dir);
    let returned = translateUnit(xml, "me.greeting", "ሰላም");
    returned = returned.replace('<unit id="me.title"', '<unit id="me.invented"');
    const result = await importXliff(returned, { reviewer, dir });
    expect(result.skipped).toEqual([
      { key: "home:me.invented", reason: "unknown key" },
      { key: "home:me.greeting", reason: "placeholders differ" },
    ]);
    expect(readStrings(dir, "ti", "home").get("me.greeting")).toContain("{{name}}");
    expect(readStatus(dir, "ti", "home")["me.invented"]).toBeUndefined();

    await expect(
      importXliff(xml.replace('trgLang="ti"', 'trgLang="de"'), { reviewer, dir }),
    ).rejects.toThrow(/not one Own Voice has/);
    await expect(importXliff(xml, { reviewer: " ", dir })).rejects.toThrow(/reviewer/);
  });
});

describe("maximum length", () => {
  it("applies to short labels, not to sentences", () => {
    expect(maxLength("Next")).toBe(40);
    expect(maxLength("Someone from my family")).toBe(40);
    expect(maxLength("What do you like doing?")).toBeUndefined();
    expect(maxLength("Hello, {{name}}")).toBeUndefined();
    expect(
      maxLength("Tell us how your review went. It helps us make the next one better"),
    ).toBeUndefined();
  });
});
