import type { Question, Template } from "./template-schema";

/*
 * The one "not safe" rule. A worry's questions may mark codes as "not safe" (`unsafeCodes`, such as
 * "not-safe" or "scared"): an answer that picks one shows help straight away, and the sent worry is
 * urgent, so it reaches the IRO and the social worker and raises an alert, whatever was chosen.
 * Only a worry template can be urgent. Pure: used by the question page, the share page and sending.
 */

/** Whether this answer to this question picks a code the question marks as "not safe". */
export function isUnsafeAnswer(template: Template, question: Question, answer: unknown): boolean {
  if (!template.isWorry) return false;
  const unsafe = question.unsafeCodes ?? [];
  if (!unsafe.length || answer === undefined) return false;
  const picked: unknown[] = Array.isArray(answer) ? answer : [answer];
  return picked.some((code) => typeof code === "string" && unsafe.includes(code));
}

/** A worry is urgent when any answer picks a code its question marks as "not safe". */
export function isUrgent(template: Template, answers: Record<string, unknown>): boolean {
  return template.questions.some((question) =>
    isUnsafeAnswer(template, question, answers[question.id]),
  );
}
