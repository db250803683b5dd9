import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { flattenKeys, pluralBase } from "./keys";
import { defaultLanguage, namespaces, type Namespace } from "./languages";

/*
 * Each translated string's status, kept beside the strings: `locales/<lang>/status/<ns>.json`, one
 * entry per translated key (sorted), recording the hash of the English it was translated from and
 * whether a person has reviewed it. "Out of date" is never written down: it is the recorded hash
 * differing from today's English. The strings loader (resources.server.ts) reads only
 * `locales/<lang>/<ns>.json`, so none of this reaches a browser. See ADR 21.
 */

export const defaultLocalesDir = path.resolve(process.cwd(), "locales");

export type StringStatus =
  | { english: string; state: "machine-drafted" }
  | { english: string; state: "reviewed"; by: string; on: string };

/** One namespace's statuses, by key ("translate.title", "review.overdue_few"). */
export type NamespaceStatus = Record<string, StringStatus>;

/** The state a person is shown. "unrecorded": translated, but no status entry (run i18n:mark). */
export type StringState = "reviewed" | "machine-drafted" | "out-of-date" | "missing" | "unrecorded";

/** First 12 hex digits of the SHA-256 of the exact English text. */
export function englishHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 12);
}

/** Every string of one namespace file, by dotted key; an absent file has none. */
export function readStrings(dir: string, lng: string, ns: string): Map<string, string> {
  const file = path.join(dir, lng, `${ns}.json`);
  if (!existsSync(file)) return new Map();
  const tree = JSON.parse(readFileSync(file, "utf8")) as unknown;
  const out = new Map<string, string>();
  for (const key of flattenKeys(tree)) {
    const value = key
      .split(".")
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
    if (typeof value === "string") out.set(key, value);
  }
  return out;
}

/** Every string of a language, by "ns:key" ("consultation:ui.next"), as its files hold them. */
export function stringsByKey(lng: string, dir = defaultLocalesDir): Map<string, string> {
  const out = new Map<string, string>();
  for (const ns of namespaces)
    for (const [key, value] of readStrings(dir, lng, ns)) out.set(`${ns}:${key}`, value);
  return out;
}

export function statusFile(dir: string, lng: string, ns: string): string {
  return path.join(dir, lng, "status", `${ns}.json`);
}

export function readStatus(dir: string, lng: string, ns: string): NamespaceStatus {
  const file = statusFile(dir, lng, ns);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as NamespaceStatus) : {};
}

/** Sorted keys, two-space indent, a final newline: what prettier leaves alone, and diffs line by line. */
export function writeStatus(dir: string, lng: string, ns: string, status: NamespaceStatus) {
  const sorted = Object.fromEntries(
    Object.keys(status)
      .sort()
      .map((key) => [key, status[key]]),
  );
  mkdirSync(path.dirname(statusFile(dir, lng, ns)), { recursive: true });
  writeFileSync(statusFile(dir, lng, ns), `${JSON.stringify(sorted, null, 2)}\n`);
}

const pluralOrder = ["zero", "one", "two", "few", "many", "other"];

/** The plural forms a language's grammar needs, in a fixed order (zero, one, two, few, many, other). */
export function pluralCategories(lng: string): string[] {
  const categories: string[] = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  return pluralOrder.filter((c) => categories.includes(c));
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/**
 * The English a translated key is translated from: the same key, or, for a plural form English does
 * not have (Arabic's "few"), English's "other" form.
 */
export function englishFor(english: Map<string, string>, key: string): string | undefined {
  return (
    english.get(key) ??
    (pluralSuffix.test(key) ? english.get(`${pluralBase(key)}_other`) : undefined)
  );
}

/** Every key a language needs in a namespace: English's, each plural in the language's own forms. */
export function expectedKeys(english: Map<string, string>, lng: string): string[] {
  const out: string[] = [];
  const plurals = new Set<string>();
  for (const key of english.keys()) {
    if (!pluralSuffix.test(key)) {
      out.push(key);
      continue;
    }
    const base = pluralBase(key);
    if (plurals.has(base)) continue;
    plurals.add(base);
    for (const category of pluralCategories(lng)) out.push(`${base}_${category}`);
  }
  return out;
}

export type StringEntry = {
  ns: Namespace;
  key: string;
  state: StringState;
  /** Today's English. */
  english: string;
  /** The translation, if there is one. */
  translation?: string;
  status?: StringStatus;
};

function stateOf(english: string, translation?: string, status?: StringStatus): StringState {
  if (translation === undefined) return "missing";
  if (!status) return "unrecorded";
  if (status.english !== englishHash(english)) return "out-of-date";
  return status.state;
}

/** Every string a language needs, namespace by namespace in English's order, with its state. */
export function languageStrings(lng: string, dir = defaultLocalesDir): StringEntry[] {
  return namespaces.flatMap((ns) => {
    const english = readStrings(dir, defaultLanguage, ns);
    const translated = readStrings(dir, lng, ns);
    const status = readStatus(dir, lng, ns);
    return expectedKeys(english, lng).map((key) => {
      const source = englishFor(english, key) ?? "";
      const translation = translated.get(key);
      return {
        ns,
        key,
        state: stateOf(source, translation, status[key]),
        english: source,
        translation,
        status: status[key],
      };
    });
  });
}

export type LanguageFigures = {
  code: string;
  /** Strings the language needs (English's, with plurals in the language's own forms). */
  total: number;
  /** Of those, how many have a translation. */
  present: number;
  reviewed: number;
  machineDrafted: number;
  outOfDate: number;
  missing: number;
  /** Translated without a status entry: not known to be reviewed (`npm run i18n:mark`). */
  unrecorded: number;
};

export function languageFigures(lng: string, dir = defaultLocalesDir): LanguageFigures {
  const strings = languageStrings(lng, dir);
  const count = (state: StringState) => strings.filter((s) => s.state === state).length;
  return {
    code: lng,
    total: strings.length,
    present: strings.filter((s) => s.translation !== undefined).length,
    reviewed: count("reviewed"),
    machineDrafted: count("machine-drafted"),
    outOfDate: count("out-of-date"),
    missing: count("missing"),
    unrecorded: count("unrecorded"),
  };
}

/** "ns:key" of every string in a state. */
export function keysIn(lng: string, state: StringState, dir = defaultLocalesDir): string[] {
  return languageStrings(lng, dir)
    .filter((s) => s.state === state)
    .map((s) => `${s.ns}:${s.key}`);
}

/**
 * What keeps the status from falling behind: translated keys with no entry, and entries for keys
 * that are not (or no longer) translated or that English no longer has. Both as "ns:key".
 */
export function statusProblems(lng: string, dir = defaultLocalesDir) {
  const unrecorded: string[] = [];
  const unknown: string[] = [];
  for (const ns of namespaces) {
    const english = readStrings(dir, defaultLanguage, ns);
    const translated = readStrings(dir, lng, ns);
    const status = readStatus(dir, lng, ns);
    for (const key of translated.keys())
      if (englishFor(english, key) !== undefined && !status[key]) unrecorded.push(`${ns}:${key}`);
    for (const key of Object.keys(status))
      if (!translated.has(key) || englishFor(english, key) === undefined)
        unknown.push(`${ns}:${key}`);
  }
  return { unrecorded, unknown };
}

/**
 * What a developer runs after drafting strings: each translated key without an entry is recorded
 * as machine-drafted from today's English; each entry for a key that no longer exists is removed.
 * `redrafted` ("ns:key") re-records strings drafted again after their English changed, reviewed or not.
 */
export function markDrafts(
  lng: string,
  options: { dir?: string; redrafted?: readonly string[] } = {},
) {
  const dir = options.dir ?? defaultLocalesDir;
  const redrafted = new Set(options.redrafted ?? []);
  const result = { added: [] as string[], removed: [] as string[], redrafted: [] as string[] };
  for (const ns of namespaces) {
    const english = readStrings(dir, defaultLanguage, ns);
    const translated = readStrings(dir, lng, ns);
    const before = readStatus(dir, lng, ns);
    const after: NamespaceStatus = {};
    for (const [key, entry] of Object.entries(before)) {
      if (translated.has(key) && englishFor(english, key) !== undefined) after[key] = entry;
      else result.removed.push(`${ns}:${key}`);
    }
    for (const key of translated.keys()) {
      const source = englishFor(english, key);
      if (source === undefined) continue;
      const draft = { english: englishHash(source), state: "machine-drafted" } as const;
      if (!after[key]) {
        after[key] = draft;
        result.added.push(`${ns}:${key}`);
      } else if (redrafted.has(`${ns}:${key}`)) {
        after[key] = draft;
        result.redrafted.push(`${ns}:${key}`);
      }
    }
    if (JSON.stringify(before) !== JSON.stringify(after) || !existsSync(statusFile(dir, lng, ns)))
      writeStatus(dir, lng, ns, after);
  }
  const unknownRedrafts = [...redrafted].filter(
    (k) => !result.redrafted.includes(k) && !result.added.includes(k),
  );
  return { ...result, unknownRedrafts };
}
