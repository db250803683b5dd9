import type { Question } from "./template-schema";

/*
 * The options a question offers. Kept apart from the zod schemas (and zod) because pages in the
 * browser need them too, and a child's phone should not download a validation library.
 */
/** The five faces of the feelings scale, happiest first. */
export const feelingCodes = ["great", "good", "okay", "sad", "very-sad"] as const;
export const feelingIcons: Record<(typeof feelingCodes)[number], string> = {
  great: "feeling-great",
  good: "feeling-good",
  okay: "feeling-ok",
  sad: "feeling-sad",
  "very-sad": "feeling-very-sad",
};
export const yesNoUnsureCodes = ["yes", "no", "not-sure"] as const;

/** The options a question offers, including the fixed ones of feelings and yes/no questions. */
export function optionsOf(question: Question): { code: string; icon: string }[] {
  switch (question.kind) {
    case "feelings":
      return feelingCodes.map((c) => ({ code: `feeling-${c}`, icon: feelingIcons[c] }));
    case "yes-no-unsure":
      return yesNoUnsureCodes.map((c) => ({
        code: c,
        icon: c === "yes" ? "done" : c === "no" ? "no" : "not-sure",
      }));
    case "pick-one":
    case "pick-many":
    case "rank":
    case "people":
      return question.options;
    default:
      return [];
  }
}
