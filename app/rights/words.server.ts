import { answerRows } from "~/consultation/answer-rows.server";
import type { Question } from "~/consultation/template-schema";
import { fixedT } from "~/i18n/i18n.server";
import type { LanguageCode } from "~/i18n/languages";
import type { CollectedStatement, MyThings } from "./collect.server";

/*
 * A statement's answers as words, for the PDF (in the child's language and in English) and the
 * JSON (in English, beside the stored codes): pictures become their names, dates are written
 * out, free text stays exactly as the young person typed it, in their language.
 */

const extensions: Record<string, string> = {
  "audio/webm": "webm",
  "audio/ogg": "ogg",
  "audio/mp4": "m4a",
  "audio/mpeg": "mp3",
  "audio/wav": "wav",
};

/** Where a voice note's recording sits inside the zip: numbered like the statement it is in. */
export function voiceNoteFile(statementNumber: number, questionId: string, mimeType: string) {
  return `voice-notes/${String(statementNumber).padStart(2, "0")}-${questionId}.${extensions[mimeType] ?? "audio"}`;
}

export type AnswerWords = {
  questionId: string;
  kind: Question["kind"];
  question: string;
  answer: unknown;
  words: string;
  /** The language of `words` when they are the young person's own (free text). */
  lang: string | null;
  file: string | null;
};

/** Each answered question of a statement, with its words in `lng`. */
export function statementWords(
  statement: CollectedStatement,
  number: number,
  things: MyThings,
  lng: LanguageCode,
): AnswerWords[] {
  const t = fixedT(lng, "consultation");
  const tm = fixedT(lng, "mythings");
  const rows = answerRows(
    statement,
    things.youngPerson.dateOfBirth,
    statement.submittedAt.slice(0, 10),
    lng,
    { answeredOnly: true },
  );
  return rows.map(({ question, text, answer, formattedDate }) => {
    const base = { questionId: question.id, kind: question.kind, question: text, answer };
    const option = (code: unknown) => t(`options.${String(code)}`);
    if (typeof answer === "string") {
      const isDate = question.kind === "date";
      return {
        ...base,
        words: isDate ? (formattedDate ?? answer) : option(answer),
        lang: null,
        file: null,
      };
    }
    if (Array.isArray(answer)) {
      const words = answer.map((code, i) =>
        question.kind === "rank" ? `${i + 1}. ${option(code)}` : option(code),
      );
      return {
        ...base,
        words: words.join(question.kind === "rank" ? "; " : ", "),
        lang: null,
        file: null,
      };
    }
    const value = (answer ?? {}) as { text?: string; voiceNoteId?: string; language?: string };
    if (value.voiceNoteId) {
      const note = statement.voiceNotes.find((v) => v.id === value.voiceNoteId);
      const file =
        note && !note.erasedAt ? voiceNoteFile(number, question.id, note.mimeType) : null;
      return {
        ...base,
        words: file ? tm("pdf.voiceNote", { file }) : tm("pdf.voiceNoteGone"),
        lang: null,
        file,
      };
    }
    return { ...base, words: value.text ?? "", lang: value.language ?? null, file: null };
  });
}
