/*
 * The name a case-record document is saved under, so a council's case system (Liquidlogic, Mosaic,
 * Eclipse) files it the same way every time: `<case reference>_<kind>_<date>.pdf`. No browser
 * code, no I/O: the bundle's contents list and the single downloads both call it.
 */

/**
 * `midway`: one per midway check; `escalation`: one per escalation with every step; `contacts`:
 * the IRO's contact log, one per bundle (issue 18).
 */
export const documentKinds = [
  "statement",
  "review",
  "letter",
  "midway",
  "escalation",
  "contacts",
] as const;
export type DocumentKind = (typeof documentKinds)[number];

/**
 * Only letters, digits and hyphens survive: a case reference is typed by people ("CR 123/45")
 * and a file name must be safe on every system it is copied to and in a Content-Disposition
 * header. Anything else becomes one hyphen; hyphens at either end go.
 */
export function safeFilePart(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^A-Za-z0-9-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

/**
 * Who the file is about: the case reference, or (a child without one, or one with nothing left
 * after cleaning) "own-voice-" and the start of their record's random id, which never changes.
 */
export function caseRecordSubject(person: { id: string; caseReference: string | null }): string {
  const reference = safeFilePart(person.caseReference ?? "");
  return reference || `own-voice-${safeFilePart(person.id).slice(0, 12).toLowerCase()}`;
}

/** `<case reference>_<kind>_<date>.pdf`, date as YYYY-MM-DD. */
export function caseRecordFileName(
  person: { id: string; caseReference: string | null },
  kind: DocumentKind,
  date: string,
): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`Not a date: ${date}`);
  return `${caseRecordSubject(person)}_${kind}_${date}.pdf`;
}
