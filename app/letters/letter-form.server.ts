import type { LetterFields } from "#db/schema";
import { maxDecisions, maxFieldLength, textSections } from "./sections";

/**
 * The letter's fields from a posted form: only the known names, each trimmed of trailing space
 * and at most 4,000 characters (longer is an error next to the field, with everything kept).
 */
export function letterFieldsFrom(formData: FormData): {
  fields: LetterFields;
  errors: Record<string, string>;
} {
  const fields: LetterFields = {};
  const errors: Record<string, string> = {};
  const keys = [
    ...textSections,
    ...Array.from({ length: maxDecisions }, (_, i) =>
      ["text", "who", "by"].map((p) => `decided.${i}.${p}`),
    ).flat(),
  ];
  for (const key of keys) {
    const value = formData.get(key);
    if (typeof value !== "string") continue;
    const text = value.replace(/\s+$/, "");
    if (text.length > maxFieldLength) errors[key] = "letters:errors.textLong";
    if (key.endsWith(".by") && text && !/^\d{4}-\d{2}-\d{2}$/.test(text))
      errors[key] = "letters:errors.date";
    if (text) fields[key] = text;
  }
  return { fields, errors };
}
