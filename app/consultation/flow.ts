import type { Template } from "./template-schema";

/** One question per page: where "next", "back" and "skip" lead. */
export function questionIndex(template: Template, questionId: string): number {
  return template.questions.findIndex((q) => q.id === questionId);
}

export function nextQuestionId(template: Template, questionId: string): string | null {
  const i = questionIndex(template, questionId);
  return template.questions[i + 1]?.id ?? null;
}

export function previousQuestionId(template: Template, questionId: string): string | null {
  const i = questionIndex(template, questionId);
  return i > 0 ? template.questions[i - 1]!.id : null;
}
