import type { LetterFields } from "#db/schema";

/*
 * A letter is written in sections, each with an icon. The IRO writes the text; headings, fixed
 * sentences and dates come from the locale files, in the child's language.
 */
export const letterSections = [
  { id: "about", icon: "calendar" },
  { id: "youSaid", icon: "statements" },
  { id: "goingWell", icon: "good-news" },
  { id: "worried", icon: "worried" },
  { id: "decided", icon: "checklist" },
  { id: "next", icon: "change" },
  { id: "nextReview", icon: "calendar" },
  { id: "contact", icon: "phone" },
  { id: "complain", icon: "help" },
] as const;
export type LetterSectionId = (typeof letterSections)[number]["id"];

/** The sections with free text (the decisions are rows instead). */
export const textSections = letterSections.filter((s) => s.id !== "decided").map((s) => s.id);

export const maxDecisions = 20;

/** A decision, with the row it is written in (its fields are `decided.<index>.*`). */
export type Decision = { index: number; text: string; who: string; by: string };

/** The decisions written in a letter's fields, in order, leaving out empty rows. */
export function decisionsOf(fields: LetterFields): Decision[] {
  const rows: Decision[] = [];
  for (let i = 0; i < maxDecisions; i++) {
    const text = fields[`decided.${i}.text`]?.trim() ?? "";
    if (!text) continue;
    rows.push({
      index: i,
      text,
      who: fields[`decided.${i}.who`]?.trim() ?? "",
      by: fields[`decided.${i}.by`]?.trim() ?? "",
    });
  }
  return rows;
}

/** Fields whose words the translator translates (dates are not words). */
export function translatableKeys(fields: LetterFields): string[] {
  return Object.keys(fields).filter((key) => !key.endsWith(".by") && fields[key]!.trim() !== "");
}

/** Did the English of any translatable part change? (Then the translation needs updating.) */
export function englishChanged(before: LetterFields, after: LetterFields): boolean {
  const keys = new Set([...translatableKeys(before), ...translatableKeys(after)]);
  return [...keys].some((k) => (before[k] ?? "").trim() !== (after[k] ?? "").trim());
}

/** Is every translatable part translated? */
export function fullyTranslated(fields: LetterFields, translation: LetterFields): boolean {
  return translatableKeys(fields).every((k) => (translation[k] ?? "").trim() !== "");
}
