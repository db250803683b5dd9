import { z } from "zod";
import { serviceAreas } from "#db/schema";
import { isoDate } from "~/dates/iso-date";
import { isYesWord, noWords, yesWords } from "~/http/yes-no";

/*
 * A young person's record as the council keeps it: one schema for the administrator's form and the
 * CSV import, so a row the import refuses is one the form would refuse, for the same reason.
 * Messages are translation keys in the "people" namespace.
 */

/**
 * Languages a record may name (ISO 639 codes): the children's own languages, whether or not Own
 * Voice's screens are in that language yet. The screens fall back as the language registry says.
 */
export const recordLanguageCodes = [
  "en",
  "ar",
  "ti",
  "om",
  "am",
  "so",
  "ps",
  "prs",
  "ckb",
  "kmr",
  "fa",
  "vi",
  "sq",
  "fr",
  "ku",
  "sd",
  "ur",
  "pa",
  "bn",
  "pl",
  "ro",
  "uk",
  "ru",
  "es",
  "pt",
  "tr",
  "zh",
  "sw",
  "ln",
  "bg",
  "hu",
  "cs",
  "sk",
  "lt",
  "lv",
  "uz",
  "tg",
  "ha",
  "yo",
  "ig",
  "bsl",
] as const;
export type RecordLanguageCode = (typeof recordLanguageCodes)[number];

/** Legal status of a child in care (or none, for care leavers and children supported at home). */
export const legalStatuses = [
  "section_20",
  "interim_care_order",
  "care_order",
  "placement_order",
  "police_protection",
  "emergency_protection_order",
  "remand",
  "none",
] as const;
export type LegalStatus = (typeof legalStatuses)[number];

/** Why a child stopped being looked after (the reasons councils return to the DfE, in short). */
export const leftCareReasons = [
  "returned_home",
  "special_guardianship",
  "adopted",
  "turned_18",
  "moved_to_another_council",
  "independent_living",
  "other",
] as const;
export type LeftCareReason = (typeof leftCareReasons)[number];

export const nameMaxLength = 100;
export const caseReferenceMaxLength = 40;

const yesNo = z
  .union([z.boolean(), z.enum(["on", ...yesWords, ...noWords, ""])])
  .transform((v) => v === true || v === "on" || isYesWord(String(v)));

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => (v ? v : null));

/** The council's ID in its case system: letters, digits and - _ / . only, as case systems print them. */
export const caseReferenceSchema = z
  .string()
  .trim()
  .min(1, "people:errors.caseReference")
  .max(caseReferenceMaxLength, "people:errors.caseReferenceLong")
  .regex(/^[A-Za-z0-9][A-Za-z0-9\-_/.]*$/, "people:errors.caseReferenceCharacters");

/**
 * A date of birth: a real date, not in the future, and of someone the service is for (under 26).
 * `today` is England's date, passed in so the rule is testable.
 */
export function youngPersonRecordSchema(today: string) {
  const earliestBirth = `${Number(today.slice(0, 4)) - 26}${today.slice(4)}`;
  return z
    .object({
      givenName: z
        .string()
        .trim()
        .min(1, "people:errors.givenName")
        .max(nameMaxLength, "people:errors.nameLong"),
      familyName: z
        .string()
        .trim()
        .min(1, "people:errors.familyName")
        .max(nameMaxLength, "people:errors.nameLong"),
      dateOfBirth: isoDate("people:errors.dateOfBirth")
        .refine((d) => d <= today, "people:errors.dateOfBirthFuture")
        .refine((d) => d > earliestBirth, "people:errors.dateOfBirthTooOld"),
      preferredLanguage: z.enum(recordLanguageCodes, { message: "people:errors.language" }),
      needsInterpreter: yesNo.default(false),
      interpreterLanguage: optionalText(60, "people:errors.interpreterLanguageLong"),
      communicationNeeds: optionalText(1000, "people:errors.communicationNeedsLong"),
      // An empty choice (a form's "not recorded", a CSV's empty cell) is no legal status.
      legalStatus: z
        .preprocess(
          (v) => (v === "" ? undefined : v),
          z.enum(legalStatuses, { message: "people:errors.legalStatus" }).optional(),
        )
        .transform((v) => v ?? null),
      serviceArea: z.enum(serviceAreas, { message: "people:errors.serviceArea" }),
      lookedAfterOn: z
        .union([z.literal(""), isoDate("people:errors.lookedAfterOn")])
        .optional()
        .transform((v) => (v ? v : null)),
      isUnaccompanied: yesNo.default(false),
      caseReference: caseReferenceSchema,
    })
    .refine((r) => !r.lookedAfterOn || r.lookedAfterOn >= r.dateOfBirth, {
      message: "people:errors.lookedAfterBeforeBirth",
      path: ["lookedAfterOn"],
    })
    .refine((r) => !r.lookedAfterOn || r.lookedAfterOn <= today, {
      message: "people:errors.lookedAfterFuture",
      path: ["lookedAfterOn"],
    });
}
export type YoungPersonRecord = z.infer<ReturnType<typeof youngPersonRecordSchema>>;

/** Recording that a child stopped being looked after. */
export function leftCareSchema(today: string) {
  return z.object({
    leftCareOn: isoDate("people:errors.leftCareOn").refine(
      (d) => d <= today,
      "people:errors.leftCareFuture",
    ),
    leftCareReason: z.enum(leftCareReasons, { message: "people:errors.leftCareReason" }),
  });
}
