import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { stringsByKey } from "./translation-status.server";

/** Every string of a language, by "ns:key". */
export const languageStrings = (code: string) => stringsByKey(code);

/**
 * A language's glossary: one word for each key concept and the variants a translation must not
 * use. It lives in the "Key words" table of `docs/glossary/<code>.md`, beside the prose that
 * explains the choices, so translators read and edit one page and a test holds the strings to it.
 */
export type GlossaryEntry = {
  /** The concept's English words ("review, reviews"): the first names it. */
  english: string[];
  /** The one word this language uses for it. */
  use: string;
  /** Variants that must appear in no string of this language. */
  avoid: string[];
  /**
   * Variants that are right for another meaning (Oromo's translator, hiikaa, is not an interpreter),
   * so they are refused only in strings whose English names this concept.
   */
  avoidForThisMeaning: string[];
};

export type GlossaryViolation = { key: string; variant: string; concept: string };

const heading = /^##\s+Key words\s*$/m;

export function glossaryPath(code: string): string {
  return path.resolve("docs", "glossary", `${code}.md`);
}

export function hasGlossary(code: string): boolean {
  return existsSync(glossaryPath(code));
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((cell) => cell.trim());
}

function list(cell: string | undefined): string[] {
  if (!cell || cell === "—" || cell === "-") return [];
  return cell
    .split(/\s*;\s*/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * Reads the "Key words" table. Columns, by header: Concept (English words, separated by ";"),
 * Use, Avoid and "Avoid for this meaning" (each a ";"-separated list, "—" for none); any other
 * column (back-translation, why) is for people.
 */
export function readGlossary(code: string): GlossaryEntry[] {
  const text = readFileSync(glossaryPath(code), "utf8");
  const start = text.search(heading);
  if (start < 0) throw new Error(`docs/glossary/${code}.md has no "## Key words" table`);
  const lines = text.slice(start).split("\n").slice(1);
  const first = lines.findIndex((line) => line.trim().startsWith("|"));
  const rows: string[] = [];
  for (const line of first < 0 ? [] : lines.slice(first)) {
    if (!line.trim().startsWith("|")) break;
    rows.push(line);
  }
  const [header, , ...body] = rows;
  if (!header) throw new Error(`docs/glossary/${code}.md: the "Key words" table is empty`);
  const names = cells(header).map((name) => name.toLowerCase());
  const column = (name: string) => {
    const index = names.indexOf(name);
    if (index < 0) throw new Error(`docs/glossary/${code}.md: the table needs a "${name}" column`);
    return index;
  };
  const concept = column("concept");
  const use = column("use");
  const avoid = column("avoid");
  const forMeaning = column("avoid for this meaning");
  return body.map((line) => {
    const row = cells(line);
    return {
      english: list(row[concept]),
      use: row[use] ?? "",
      avoid: list(row[avoid]),
      avoidForThisMeaning: list(row[forMeaning]),
    };
  });
}

/** Every string of a language, by "namespace:key". */

/**
 * Text compared as a reader sees it: lower case, Arabic vowel marks and the tatweel left out (so
 * مُناصِر and مناصر are one word), and the two apostrophes of Oromo's hudhaa made one.
 */
export function comparable(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\u064B-\u0652\u0670\u0640]/g, "")
    .replace(/[’ʼ]/g, "'");
}

function mentions(english: string, words: string[]): boolean {
  return words.some((word) =>
    new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i").test(english),
  );
}

/** The strings of a language that use a variant its glossary avoids. */
export function glossaryViolations(
  code: string,
  glossary: GlossaryEntry[] = readGlossary(code),
  strings: Map<string, string> = languageStrings(code),
  english: Map<string, string> = languageStrings("en"),
): GlossaryViolation[] {
  const found: GlossaryViolation[] = [];
  for (const [key, value] of strings) {
    const text = comparable(value);
    for (const entry of glossary) {
      const variants = mentions(english.get(key) ?? "", entry.english)
        ? [...entry.avoid, ...entry.avoidForThisMeaning]
        : entry.avoid;
      for (const variant of variants) {
        if (text.includes(comparable(variant)))
          found.push({ key, variant, concept: entry.english[0] ?? entry.use });
      }
    }
  }
  return found;
}
