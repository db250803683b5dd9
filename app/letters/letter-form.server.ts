import { z } from "zod";
import type { LetterFields } from "#db/schema";
import { parseFormData } from "~/http/forms.server";
import { freeText, textLimits } from "~/http/text";
import { maxDecisions, textSections } from "./sections";

/** The names a letter's form posts: each text section, and each decision row's three fields. */
export const letterFieldKeys: readonly string[] = [
  ...textSections,
  ...Array.from({ length: maxDecisions }, (_, i) =>
    ["text", "who", "by"].map((p) => `decided.${i}.${p}`),
  ).flat(),
];

const optionalDate = freeText(textLimits.short).refine(
  (text) => !text || /^\d{4}-\d{2}-\d{2}$/.test(text),
  "letters:errors.date",
);

function fieldSchema(key: string) {
  if (key.endsWith(".by")) return optionalDate.optional();
  if (key.endsWith(".who")) return freeText(textLimits.short).optional();
  // Only the end is trimmed: a line the IRO indented stays indented.
  return freeText(textLimits.letterPart, { trim: "end" }).optional();
}

/**
 * The letter's fields as a form posts them: only the known names, each trimmed and within its
 * limit (longer is an error next to the field, with everything kept). Extend it for an action.
 */
export const letterFieldsSchema = z.object(
  Object.fromEntries(letterFieldKeys.map((key) => [key, fieldSchema(key)])),
);

/** The non-empty letter fields of parsed form data (anything else in it is left out). */
export function letterFieldsOf(data: Record<string, unknown>): LetterFields {
  const fields: LetterFields = {};
  for (const key of letterFieldKeys) {
    const value = data[key];
    if (typeof value === "string" && value) fields[key] = value;
  }
  return fields;
}

/** The letter's fields from a posted form, or the message for each field that is wrong. */
export function letterFieldsFrom(formData: FormData): {
  fields: LetterFields;
  errors: Record<string, string>;
} {
  const parsed = parseFormData(formData, letterFieldsSchema);
  if (!parsed.ok) return { fields: {}, errors: parsed.errors };
  return { fields: letterFieldsOf(parsed.data), errors: {} };
}

/*
 * What the letter editor posts. Autosave only saves: it runs at every pause in typing, so it must
 * never issue a version (nor notify the child). Any other intent is refused with a 400.
 */
export const letterEditorSchema = z.discriminatedUnion("intent", [
  letterFieldsSchema.extend({ intent: z.enum(["save", "autosave"]) }),
  letterFieldsSchema.extend({
    intent: z.literal("issue"),
    reason: freeText(textLimits.reason).optional(),
    shareWithCarer: z.literal("yes").optional(),
  }),
]);
