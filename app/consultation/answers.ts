import { z } from "zod";
import { isoDate } from "~/dates/iso-date";
import { freeText } from "~/http/text";
import { longTextMax, shortTextMax } from "./limits";
import { feelingCodes, optionsOf, yesNoUnsureCodes } from "./options";
import type { Question, Template } from "./template-schema";

/*
 * Answers are stored as codes, keyed by question id. A question not answered (skipped) is absent.
 * Only free text and voice notes carry a language: they are the only answers that need an
 * interpreter.
 */
export { longTextMax, shortTextMax } from "./limits";

const dateAnswer = isoDate("consultation:errors.date");

/** A written answer; the message says the limit of its own kind (a short answer's is 200). */
const textAnswer = (max: typeof shortTextMax | typeof longTextMax) =>
  z.object({
    text: freeText(max, {
      message:
        max === shortTextMax ? "consultation:errors.shortTextLong" : "consultation:errors.textLong",
    }).min(1, "consultation:errors.text"),
    language: z.string().min(2).max(10),
  });

export const voiceNoteAnswer = z.object({
  voiceNoteId: z.string().uuid(),
  language: z.string().min(2).max(10),
});

/** The zod schema one question's answer must satisfy (messages are translation keys). */
export function answerSchemaFor(question: Question) {
  const codes = optionsOf(question).map((o) => o.code) as [string, ...string[]];
  switch (question.kind) {
    case "feelings":
      return z.enum(feelingCodes.map((c) => `feeling-${c}`) as [string, ...string[]], {
        error: "consultation:errors.feelings",
      });
    case "yes-no-unsure":
      return z.enum(yesNoUnsureCodes, { error: "consultation:errors.choose" });
    case "pick-one":
      return z.enum(codes, { error: "consultation:errors.choose" });
    case "pick-many":
    case "people":
      return z
        .array(z.enum(codes, { error: "consultation:errors.choose" }))
        .min(1, "consultation:errors.chooseMany")
        .refine((a) => new Set(a).size === a.length, "consultation:errors.chooseMany");
    case "rank":
      return z
        .array(z.enum(codes, { error: "consultation:errors.choose" }))
        .min(1, "consultation:errors.rank")
        .max(question.max, "consultation:errors.rankTooMany")
        .refine((a) => new Set(a).size === a.length, "consultation:errors.rankSame");
    case "short-text":
      return textAnswer(shortTextMax);
    case "long-text":
      return textAnswer(longTextMax);
    case "voice-note":
      return voiceNoteAnswer;
    case "date":
      return dateAnswer;
  }
}

export type Answer =
  | string
  | string[]
  | { text: string; language: string }
  | { voiceNoteId: string; language: string };
export type Answers = Record<string, Answer>;

/** Checks a whole set of answers against the template: unknown questions and bad answers are refused. */
export function validateAnswers(
  template: Template,
  answers: unknown,
): { ok: true; answers: Answers } | { ok: false; errors: Record<string, string> } {
  if (!answers || typeof answers !== "object" || Array.isArray(answers))
    return { ok: false, errors: { form: "consultation:errors.choose" } };
  const errors: Record<string, string> = {};
  const clean: Answers = {};
  for (const [id, value] of Object.entries(answers)) {
    const question = template.questions.find((q) => q.id === id);
    if (!question) {
      errors[id] = "consultation:errors.unknownQuestion";
      continue;
    }
    const parsed = answerSchemaFor(question).safeParse(value);
    if (parsed.success) clean[id] = parsed.data as Answer;
    else errors[id] = parsed.error.issues[0]?.message ?? "consultation:errors.choose";
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, answers: clean };
}

/**
 * The answers that may be copied out of the reading view into anything made from the record
 * (a letter draft, an export, a summary): every answer but those to private questions.
 */
export function answersBeyondReaders(template: Template, answers: Answers): Answers {
  const hidden = new Set(template.questions.filter((q) => q.private).map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !hidden.has(id)));
}

/**
 * The free text and voice notes of a statement in another language than the reader's (any
 * language, when `readerLanguage` is empty): the answers an interpreter is needed for.
 */
export function answersNeedingInterpreter(answers: Answers, readerLanguage: string) {
  return Object.entries(answers).flatMap(([questionId, answer]) =>
    answer &&
    typeof answer === "object" &&
    !Array.isArray(answer) &&
    answer.language !== readerLanguage
      ? [{ questionId, language: answer.language }]
      : [],
  );
}

/** The languages an interpreter is needed for, each once. */
export function languagesNeedingInterpreter(answers: Answers, readerLanguage: string): string[] {
  return [...new Set(answersNeedingInterpreter(answers, readerLanguage).map((a) => a.language))];
}
