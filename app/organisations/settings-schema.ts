import { z } from "zod";
import { choosableForms, formsOfferedFrom } from "./forms-offered";
import { languages } from "~/i18n/languages";

/*
 * The organisation settings form, checked field by field so that each wrong value gets its own
 * message beside it (translation keys in the "settings" namespace) and the rest is kept. Pure:
 * the page also uses `closureDayLines` to name each wrong closure day.
 */

export const nameMaxLength = 200;
export const emailMaxLength = 254;
export const closureDaysMax = 200;

/**
 * Bounds of the local standards, in working days. The statutory defaults (DESIGN: decisions 5,
 * letter 20, reply 3) sit well inside them; a month of working days is the most any of them could
 * sensibly allow, and a letter may take up to three months of working days.
 */
export const standardBounds = {
  consultationLeadDays: { min: 1, max: 30 },
  replyWithinDays: { min: 1, max: 30 },
  decisionsWithinDays: { min: 1, max: 30 },
  letterWithinDays: { min: 1, max: 60 },
  // Issue 18: the team manager agrees a review's decisions within N working days; an urgent
  // alert nobody acknowledged goes on after N working hours (09:00 to 17:00 on working days).
  agreementWithinDays: { min: 1, max: 30 },
  alertEscalateHours: { min: 1, max: 40 },
} as const;
export type StandardField = keyof typeof standardBounds;
export const standardFields = Object.keys(standardBounds) as StandardField[];

/** A closure day is a real date written YYYY-MM-DD. */
function isRealDate(text: string) {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(text) &&
    !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) &&
    new Date(`${text}T00:00:00Z`).toISOString().startsWith(text)
  );
}

/**
 * The closure days typed one a line: the dates (sorted, each once) and every line that is not a
 * date, with its line number, so the message can name each one. Blank lines are skipped.
 */
export function closureDayLines(text: string) {
  const dates = new Set<string>();
  const wrong: { line: number; text: string }[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    if (isRealDate(line)) dates.add(line);
    else wrong.push({ line: index + 1, text: line.slice(0, 40) });
  });
  return { dates: [...dates].sort(), wrong };
}

/** A phone number as people write it: digits, spaces, brackets, dashes, a leading +; 6 to 15 digits. */
function isPhoneNumber(text: string) {
  const digits = text.replace(/\D/g, "").length;
  return /^\+?[0-9 ()-]+$/.test(text) && digits >= 6 && digits <= 15;
}

/** An optional text field: empty is null; anything typed must pass `inner`. */
const optional = (inner: z.ZodType<string, string>) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(inner.nullable());

const phone = (message: string) =>
  optional(z.string().max(30, message).refine(isPhoneNumber, message));

const workingDays = (field: StandardField) => {
  const { min, max } = standardBounds[field];
  const message = `settings:errors.${field}`;
  return z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));
};

/** A ticked checkbox posts "yes"; an unticked one posts nothing. */
const checkbox = z
  .literal("yes")
  .optional()
  .transform((v) => v === "yes");

/** Languages eSpeak NG has a voice for (the registry's `computerVoice`), in registry order. */
export const voicedLanguages: string[] = languages
  .filter((l) => l.computerVoice !== null)
  .map((l) => l.code);

const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : ([] as string[]).concat(v)));

/**
 * The form's schema. `singleSignOn`: whether staff single sign-on is configured on this server;
 * without it, turning password sign-in off would lock every member of staff out.
 */
export function settingsFormSchema(options: { singleSignOn: boolean }) {
  return z
    .object({
      name: z
        .string()
        .trim()
        .min(1, "settings:errors.name")
        .max(nameMaxLength, "settings:errors.nameLong"),
      iroServicePhone: phone("settings:errors.iroServicePhone"),
      iroServiceEmail: optional(
        z
          .string()
          .max(emailMaxLength, "settings:errors.iroServiceEmail")
          .pipe(z.email("settings:errors.iroServiceEmail")),
      ),
      advocacyServiceName: optional(
        z.string().max(nameMaxLength, "settings:errors.advocacyServiceNameLong"),
      ),
      advocacyServicePhone: phone("settings:errors.advocacyServicePhone"),
      consultationLeadDays: workingDays("consultationLeadDays"),
      replyWithinDays: workingDays("replyWithinDays"),
      decisionsWithinDays: workingDays("decisionsWithinDays"),
      letterWithinDays: workingDays("letterWithinDays"),
      agreementWithinDays: workingDays("agreementWithinDays"),
      alertEscalateHours: workingDays("alertEscalateHours"),
      closureDays: z
        .string()
        .max(closureDaysMax * 20, "settings:errors.closureDaysTooMany")
        .optional()
        .transform((v, ctx) => {
          const { dates, wrong } = closureDayLines(v ?? "");
          if (wrong.length)
            ctx.addIssue({ code: "custom", message: "settings:errors.closureDays" });
          else if (dates.length > closureDaysMax)
            ctx.addIssue({ code: "custom", message: "settings:errors.closureDaysTooMany" });
          return dates;
        }),
      formsOffered: list
        .refine(
          (ticked) => ticked.every((id) => (choosableForms as readonly string[]).includes(id)),
          "settings:errors.formsOffered",
        )
        .refine(
          (ticked) => ticked.some((id) => (choosableForms as readonly string[]).includes(id)),
          "settings:errors.formsOffered",
        )
        .transform(formsOfferedFrom),
      feedbackEnabled: checkbox,
      // Ticked: the languages whose computer voice children hear; stored as those switched off.
      computerVoice: list
        .refine(
          (ticked) => ticked.every((code) => voicedLanguages.includes(code)),
          "settings:errors.computerVoice",
        )
        .transform((ticked) => voicedLanguages.filter((code) => !ticked.includes(code))),
      // Posted as "staffLocalSignIn": a field whose name says "password" is never sent back to
      // the browser (forms.server), so a refused form would lose the tick.
      staffLocalSignIn: checkbox.refine(
        (on) => on || options.singleSignOn,
        "settings:errors.staffPasswordSignIn",
      ),
    })
    .refine(
      (s) => !s.advocacyServicePhone || !!s.advocacyServiceName,
      // Checked even when another field is wrong, so every message shows at once.
      {
        message: "settings:errors.advocacyServiceName",
        path: ["advocacyServiceName"],
        when: (payload) => typeof payload.value === "object" && payload.value !== null,
      },
    )
    .transform(({ staffLocalSignIn, computerVoice, ...settings }) => ({
      ...settings,
      staffPasswordSignIn: staffLocalSignIn,
      computerVoiceOff: computerVoice,
    }));
}

export type SettingsForm = z.infer<ReturnType<typeof settingsFormSchema>>;

/**
 * Retention (issue 17), set on its own page (/admin/retention). Bounds: a draft is kept at least
 * two weeks and at most a year, and the reminder comes at least a week before it goes; answers
 * kept after a session ended at least a day (the time they are given back in) and at most a
 * month; a withdrawn statement's words and notifications at least a month, at most ten years;
 * records at least until 25 (a care leaver's right to support runs to 25, Children and Social
 * Work Act 2017 s.3) and at most until 100.
 */
export const retentionBounds = {
  retainDraftsDays: { min: 14, max: 365 },
  remindDraftsDays: { min: 7, max: 358 },
  retainStashDays: { min: 1, max: 30 },
  retainWithdrawnDays: { min: 30, max: 3650 },
  retainNotificationsDays: { min: 30, max: 3650 },
  retainRecordsUntilAge: { min: 25, max: 100 },
} as const;
export type RetentionField = keyof typeof retentionBounds;
export const retentionFields = Object.keys(retentionBounds) as RetentionField[];
/** The reminder comes at least this many days before the draft is deleted. */
export const reminderLeadDays = 7;

const retentionNumber = (field: RetentionField) => {
  const { min, max } = retentionBounds[field];
  const message = `retention:errors.${field}`;
  return z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));
};

export const retentionFormSchema = z
  .object(
    Object.fromEntries(retentionFields.map((f) => [f, retentionNumber(f)])) as Record<
      RetentionField,
      ReturnType<typeof retentionNumber>
    >,
  )
  .refine((s) => s.remindDraftsDays + reminderLeadDays <= s.retainDraftsDays, {
    message: "retention:errors.remindBeforeDelete",
    path: ["remindDraftsDays"],
  });

export type RetentionForm = z.infer<typeof retentionFormSchema>;
