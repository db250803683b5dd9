import type { Question } from "./template-schema";
import type { FieldValue } from "./ui/QuestionField";

/**
 * What the question's fields showed when a post was refused, rebuilt from the form's values (the
 * one `formErrors` shape every page returns), so the child sees exactly what they typed: a date's
 * "2" stays "2", not "02". Null where nothing can be re-shown (a voice note), so the saved answer
 * shows instead.
 */
export function postedFieldValue(
  question: Question,
  values: Record<string, string | string[]>,
): FieldValue {
  const all = (name: string) => {
    const v = values[name];
    return Array.isArray(v) ? v : v ? [v] : [];
  };
  const one = (name: string) => all(name)[0] ?? "";
  switch (question.kind) {
    case "feelings":
    case "yes-no-unsure":
    case "pick-one":
      return one("answer") || null;
    case "pick-many":
    case "people":
      return all("answer");
    case "rank":
      return Array.from({ length: question.max }, (_, i) => one(`rank${i + 1}`)).filter(Boolean);
    case "short-text":
    case "long-text":
      return { text: one("answer") };
    case "date":
      return [one("year"), one("month"), one("day")].map((part) => part.trim()).join("-");
    case "voice-note":
      return null;
  }
}
