import type { AgeBand } from "./template-schema";

/** Wording follows age: 4–7 and 8–12 the shortest words, 13–17, and 18+ for care leavers. */
export function ageBandFor(age: number): AgeBand {
  if (age < 8) return "4-7";
  if (age < 13) return "8-12";
  if (age < 18) return "13-17";
  return "18+";
}

/** The translation keys for a question's text, most specific first (i18next takes the first it has). */
export function questionTextKeys(templateId: string, questionId: string, band: AgeBand): string[] {
  const base = `consultation:${templateId}.${questionId}`;
  return band === "13-17" ? [`${base}.teen`, `${base}.text`] : [`${base}.text`];
}
