import type { Question } from "./template-schema";

/**
 * Turns a question page's posted fields into the answer to check, by question kind.
 * Returns undefined when nothing was given: no question forces an answer.
 */
export function answerFromForm(question: Question, formData: FormData, language: string): unknown {
  const strings = (name: string) =>
    formData
      .getAll(name)
      .filter((v): v is string => typeof v === "string")
      .map((v) => v.trim())
      .filter(Boolean);
  switch (question.kind) {
    case "feelings":
    case "yes-no-unsure":
    case "pick-one":
      return strings("answer")[0];
    case "pick-many":
    case "people": {
      const picked = strings("answer");
      return picked.length ? picked : undefined;
    }
    case "rank": {
      const picked = Array.from(
        { length: question.max },
        (_, i) => strings(`rank${i + 1}`)[0],
      ).filter((v): v is string => !!v);
      return picked.length ? picked : undefined;
    }
    case "short-text":
    case "long-text": {
      const text = String(formData.get("answer") ?? "").trim();
      return text ? { text, language } : undefined;
    }
    case "date": {
      const [day, month, year] = ["day", "month", "year"].map((n) =>
        String(formData.get(n) ?? "").trim(),
      );
      if (!day && !month && !year) return undefined;
      return `${year!.padStart(4, "0")}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
    }
    case "voice-note":
      return undefined;
  }
}

/** The posted fields `answerFromForm` reads for this question, and no others. */
export function answerFieldNames(question: Question): string[] {
  switch (question.kind) {
    case "rank":
      return Array.from({ length: question.max }, (_, i) => `rank${i + 1}`);
    case "date":
      return ["day", "month", "year"];
    case "voice-note":
      return [];
    default:
      return ["answer"];
  }
}

/** An answer shaped back into what the question's fields show (for re-showing a page). */
export function fieldValue(
  answer: unknown,
): string | string[] | { text?: string } | { voiceNoteId?: string } | null {
  if (answer === undefined || answer === null) return null;
  return answer as string | string[] | { text?: string };
}
