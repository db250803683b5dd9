import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { letters, type LetterFields } from "#db/schema";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { auditLetter } from "./records.server";
import { fullyTranslated, translatableKeys } from "./sections";

/*
 * A translator sees a letter only while it waits for their translation: in the organisation, for
 * a child who reads another language, not yet marked translated. Never an issued version, and
 * nothing about the child beyond the words to translate (no name, no review, no statements).
 */
function waitingForTranslation(user: SignedIn) {
  return and(
    eq(letters.organisationId, user.organisationId),
    sql`${letters.language} <> 'en'`,
    isNull(letters.translatedAt),
  );
}

/** Letters waiting for a translation in the translator's organisation, oldest due first. */
export function lettersToTranslate(user: SignedIn) {
  if (user.role !== "translator") return [];
  return getDb()
    .select({ id: letters.id, language: letters.language, dueOn: letters.dueOn })
    .from(letters)
    .where(waitingForTranslation(user))
    .orderBy(asc(letters.dueOn))
    .all();
}

/** A letter waiting for this translator's translation, with only what translating needs; else 404. */
export function letterForTranslator(user: SignedIn, letterId: string | undefined) {
  if (user.role !== "translator" || !letterId) throw notFound();
  const letter = getDb()
    .select({
      id: letters.id,
      // For the audit trail only; never sent to the page.
      youngPersonId: letters.youngPersonId,
      language: letters.language,
      dueOn: letters.dueOn,
      fields: letters.fields,
      translation: letters.translation,
    })
    .from(letters)
    .where(and(eq(letters.id, letterId), waitingForTranslation(user)))
    .get();
  if (!letter) throw notFound();
  return { letter };
}

/** The translator opens a letter to translate it: the IRO's words about a child, so audited. */
export function openLetterForTranslator(
  request: Request,
  user: SignedIn,
  letterId: string | undefined,
) {
  const row = letterForTranslator(user, letterId);
  auditLetter(request, user, "letter_opened", row.letter);
  return row;
}

/** Saves the translation; `done` marks it ready (every part must be translated). */
export function saveTranslation(
  request: Request,
  user: SignedIn,
  letterId: string | undefined,
  translation: LetterFields,
  done: boolean,
): { ok: true } | { ok: false; errors: Record<string, string> } {
  const { letter } = letterForTranslator(user, letterId);
  const complete = fullyTranslated(letter.fields, translation);
  getDb().transaction((tx) => {
    tx.update(letters)
      .set({
        translation,
        ...(done && complete
          ? { translatedAt: new Date().toISOString(), translatedBy: user.id }
          : { translatedAt: null }),
      })
      .where(eq(letters.id, letter.id))
      .run();
    if (done) auditLetter(request, user, "letter_translated", letter, tx);
  });
  if (done && !complete) {
    const missing = Object.fromEntries(
      translatableKeys(letter.fields)
        .filter((k) => !translation[k]?.trim())
        .map((k) => [k, "letters:errors.missingTranslation"]),
    );
    return { ok: false, errors: missing };
  }
  return { ok: true };
}
