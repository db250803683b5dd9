import type { Statement } from "#db/schema";
import { formatDate } from "~/i18n/format";
import { fixedT } from "~/i18n/i18n.server";
import type { LanguageCode } from "~/i18n/languages";
import { ageOn } from "~/dates/calendar";
import { ageBandFor, questionTextKeys } from "./age-band";
import { templateOf } from "./templates";

/**
 * Each question of a statement with the words the young person saw (for their age on `on`) and
 * their answer, dates already in the reader's language. Used by "check your answers", the young
 * person's own copy and the reader's view, so all three say the same.
 */
export function answerRows(
  statement: Pick<Statement, "templateId" | "templateVersion" | "answers">,
  dateOfBirth: string,
  on: string,
  lng: LanguageCode,
  options: { answeredOnly?: boolean } = {},
) {
  const template = templateOf(statement);
  const t = fixedT(lng);
  const band = ageBandFor(ageOn(dateOfBirth, on));
  const answers = statement.answers as Record<string, unknown>;
  return template.questions
    .filter((question) => !options.answeredOnly || answers[question.id] !== undefined)
    .map((question) => {
      const answer = answers[question.id];
      return {
        question,
        text: t(questionTextKeys(template.id, question.id, band)),
        answer: answer ?? null,
        formattedDate:
          question.kind === "date" && typeof answer === "string" ? formatDate(answer, lng) : null,
      };
    });
}
