import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { applyEdits, modify } from "jsonc-parser";
import js2xliff from "xliff/js2xliff";
import xliff2js from "xliff/xliff2js";
import { defaultLanguage, getLanguage, isLanguageCode, namespaces } from "./languages";
import { maxLength, pluralNumbers, readByChildren, whereItAppears } from "./string-context";
import {
  defaultLocalesDir,
  englishFor,
  englishHash,
  languageStrings,
  readStatus,
  readStrings,
  writeStatus,
  type StringEntry,
} from "./translation-status.server";

/*
 * Translation agencies work in XLIFF 2.0. Export: what needs translating or reviewing in one
 * language (missing, machine-drafted, out of date), the English as source, today's draft as target.
 * Import: a returned file's targets go into the locale files and are recorded as reviewed by the
 * named reviewer, against the English in the file. Reading and writing XLIFF is the `xliff`
 * package's (locize); see ADR 21.
 */

const needsWork = new Set(["missing", "machine-drafted", "out-of-date", "unrecorded"]);

const stateNotes: Record<string, string> = {
  missing: "Not translated yet: people see this in English. Please translate.",
  "machine-drafted":
    "Machine-drafted: the target was drafted without a qualified translator. Please check and correct it.",
  unrecorded:
    "Drafted without a recorded status: treat as machine-drafted. Please check and correct it.",
  "out-of-date":
    "Out of date: the English changed after this was translated. Please check the target against the English.",
};

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort();

function notesFor(lng: string, entry: StringEntry, english: Map<string, string>): string[] {
  const notes = [
    `Key: ${entry.ns}:${entry.key}`,
    `Where it appears: ${whereItAppears(entry.ns, entry.key, (k) => english.get(k))}`,
    stateNotes[entry.state] ?? "",
  ];
  if (readByChildren(entry.ns, entry.key))
    notes.push("Read by children and young people: short words, warm, simple.");
  const max = maxLength(entry.english);
  if (max) notes.push(`Maximum length: ${max} characters (it sits on a button or a small tile).`);
  const names = placeholders(entry.english);
  if (names.length)
    notes.push(
      `Keep ${names.map((n) => `{{${n}}}`).join(", ")} as written: the service puts a name, a date or a number in its place.`,
    );
  const plural = /_(zero|one|two|few|many|other)$/.exec(entry.key)?.[1];
  if (plural)
    notes.push(
      `Plural form "${plural}" of ${getLanguage(lng).englishName}, for the numbers ${pluralNumbers(lng, plural)}; the English shown is its nearest English form.`,
    );
  return notes;
}

/** The XLIFF 2.0 document of what a language needs translated or reviewed, and how many units. */
export async function exportXliff(lng: string, dir = defaultLocalesDir) {
  const strings = languageStrings(lng, dir).filter((s) => needsWork.has(s.state));
  const englishByNs = new Map(namespaces.map((ns) => [ns, readStrings(dir, defaultLanguage, ns)]));
  const resources: Record<string, Record<string, XliffUnit>> = {};
  const drafted: boolean[] = [];
  for (const entry of strings) {
    const unit: XliffUnit = {
      source: entry.english,
      note: notesFor(lng, entry, englishByNs.get(entry.ns)!),
    };
    if (entry.translation !== undefined) unit.target = entry.translation;
    const max = maxLength(entry.english);
    if (max) unit.additionalAttributes = { sizeRestriction: max };
    (resources[entry.ns] ??= {})[entry.key] = unit;
  }
  // Units come out file by file in the order they were added; record which have a draft.
  for (const units of Object.values(resources))
    for (const unit of Object.values(units)) drafted.push(unit.target !== undefined);
  const xml = await js2xliff(
    { sourceLanguage: defaultLanguage, targetLanguage: lng, resources },
    { indent: "  " },
  );
  const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';
  return { xml: `${declaration}${markTranslated(xml, drafted)}\n`, units: strings.length };
}

/**
 * The `xliff` package writes `<segment>` without a state; a segment whose target is a draft gets
 * `state="translated"` (XLIFF 2.0: translated, not yet reviewed). Source and target text are
 * escaped, so every literal `<segment>` is one unit's, in order.
 */
function markTranslated(xml: string, drafted: boolean[]): string {
  let index = 0;
  const out = xml.replace(/<segment>/g, () =>
    drafted[index++] ? '<segment state="translated">' : "<segment>",
  );
  if (index !== drafted.length) throw new Error("XLIFF segments do not match the units written");
  return out;
}

export type ImportResult = {
  lng: string;
  reviewed: string[];
  /** Written and recorded as reviewed, but against English that has changed since the export. */
  outOfDate: string[];
  skipped: { key: string; reason: "unknown key" | "no target" | "placeholders differ" }[];
};

/** Today in UTC as YYYY-MM-DD. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Reads a returned XLIFF 2.0 file into the locale files: each unit with a target replaces the
 * string (its key's place and the file's layout kept), and is recorded as reviewed by `reviewer`
 * on `on`, with the hash of the English **in the file**; where that is not today's English, the
 * string shows as out of date.
 */
export async function importXliff(
  xml: string,
  options: { reviewer: string; on?: string; dir?: string },
): Promise<ImportResult> {
  const dir = options.dir ?? defaultLocalesDir;
  const reviewer = options.reviewer.trim();
  if (!reviewer) throw new Error("Name the reviewer (--reviewer).");
  const document = await xliff2js(xml, { inlineAsString: true });
  if (!document.resources) throw new Error("This is not an XLIFF 2 file.");
  if (document.sourceLanguage !== defaultLanguage)
    throw new Error(`The file's source language is ${document.sourceLanguage}, not English (en).`);
  const lng = document.targetLanguage ?? "";
  if (!isLanguageCode(lng) || lng === defaultLanguage)
    throw new Error(`The file's target language (${lng || "none"}) is not one Own Voice has.`);

  const result: ImportResult = { lng, reviewed: [], outOfDate: [], skipped: [] };
  const on = options.on ?? today();
  for (const [ns, units] of Object.entries(document.resources)) {
    const known = (namespaces as readonly string[]).includes(ns);
    const english = known ? readStrings(dir, defaultLanguage, ns) : new Map<string, string>();
    const status = known ? readStatus(dir, lng, ns) : {};
    const translated = known ? readStrings(dir, lng, ns) : new Map<string, string>();
    const file = path.join(dir, lng, `${ns}.json`);
    let text = known && existsSync(file) ? readFileSync(file, "utf8") : "{}\n";
    for (const [key, unit] of Object.entries(units)) {
      const name = `${ns}:${key}`;
      const current = englishFor(english, key);
      if (current === undefined || "groupUnits" in unit) {
        result.skipped.push({ key: name, reason: "unknown key" });
        continue;
      }
      const source = typeof unit.source === "string" ? unit.source : current;
      const target = typeof unit.target === "string" ? unit.target : "";
      if (!target.trim()) {
        result.skipped.push({ key: name, reason: "no target" });
        continue;
      }
      const wanted = placeholders(source).filter((p) => p !== "count");
      const given = placeholders(target).filter((p) => p !== "count");
      if (wanted.join() !== given.join()) {
        result.skipped.push({ key: name, reason: "placeholders differ" });
        continue;
      }
      // An unchanged string keeps its exact spelling in the file (escapes such as \u2066 included).
      if (translated.get(key) !== target) text = setString(text, key, target, english);
      status[key] = { english: englishHash(source), state: "reviewed", by: reviewer, on };
      (source === current ? result.reviewed : result.outOfDate).push(name);
    }
    if (known) {
      writeFileSync(file, text.endsWith("\n") ? text : `${text}\n`);
      writeStatus(dir, lng, ns, status);
    }
  }
  return result;
}

const formatting = { tabSize: 2, insertSpaces: true, eol: "\n" };

/**
 * One string replaced (or added) in a locale file's text, leaving every other line as it was. A new
 * key goes where English has it among its siblings.
 */
export function setString(
  text: string,
  key: string,
  value: string,
  english: Map<string, string>,
): string {
  const parts = key.split(".");
  const englishOrder = [...english.keys()];
  const rank = (candidate: string) => {
    const at = englishOrder.findIndex(
      (k) => k === candidate || k.startsWith(`${candidate}.`) || k === `${candidate}_other`,
    );
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  // The property modify() inserts is the first part of the path the file does not have yet.
  let node: unknown = JSON.parse(text);
  let depth = 0;
  while (depth < parts.length - 1 && isObject(node) && isObject(node[parts[depth] ?? ""]))
    node = node[parts[depth++] ?? ""];
  const prefix = parts.slice(0, depth).join(".");
  const full = (k: string) => (prefix ? `${prefix}.${k}` : k);
  const edits = modify(text, parts, value, {
    formattingOptions: formatting,
    getInsertionIndex: (siblings) => {
      const mine = rank(full(parts[depth] ?? ""));
      return siblings.filter((k) => rank(full(k)) <= mine).length;
    },
  });
  return applyEdits(text, edits);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
