import { z } from "zod";
import type { Role } from "#db/schema";

/*
 * What an administrator types about a member of staff. Messages are keys in the "staff" namespace.
 * One schema for the form and for `npm run admin:create`, so both refuse the same things.
 */

/** Every account an administrator manages here: everyone who is not a young person. */
export const adultRoles = [
  "iro",
  "manager",
  "social_worker",
  "translator",
  "admin",
  "team_manager",
  "service_manager",
  "director",
  "carer",
  "parent",
] as const satisfies readonly Role[];
export type AdultRole = (typeof adultRoles)[number];

/** Usernames are unique across the whole service, lower case, easy to type and read aloud. */
export const usernameField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "staff:errors.username")
  .regex(/^[a-z0-9][a-z0-9._-]{2,49}$/, "staff:errors.usernameFormat");

export const displayNameField = z
  .string()
  .trim()
  .min(1, "staff:errors.displayName")
  .max(100, "staff:errors.displayNameLong");

/** Optional; an empty field means no address. */
export const emailField = z
  .string()
  .trim()
  .max(254, "staff:errors.email")
  .transform((v) => v || null)
  .pipe(z.email({ message: "staff:errors.email" }).nullable());

export const roleField = z.enum(adultRoles, { message: "staff:errors.role" });

export const newStaffSchema = z.object({
  displayName: displayNameField,
  username: usernameField,
  email: emailField,
  role: roleField,
  /** How the code reaches them: shown on screen, or (with email set up) emailed as a link. */
  delivery: z.enum(["code", "email"]).default("code"),
});
export type NewStaff = z.infer<typeof newStaffSchema>;

/** Those who hold a caseload of reviews: the reports count children per full-time IRO. */
export const rolesWithWorkingHours = ["iro", "manager"] as const satisfies readonly AdultRole[];
export const hasWorkingHours = (role: string) =>
  (rolesWithWorkingHours as readonly string[]).includes(role);

/**
 * A number as typed on any keyboard: Arabic-Indic and Persian digits become 0-9, and a decimal
 * comma (French, Albanian, Vietnamese) or the Arabic decimal separator becomes a point.
 */
function latinDecimal(text: string) {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[,\u066b]/g, ".");
}

/**
 * Working hours as a share of full time (1 full time, 0.5 half time), up to two decimals.
 * Optional: an empty field means not set (null), and the reports say so.
 */
export const fullTimeEquivalentField = z
  .string()
  .trim()
  .transform((typed, ctx) => {
    if (!typed) return null;
    const text = latinDecimal(typed);
    if (!/^\d*\.?\d+$/.test(text)) {
      ctx.addIssue({ code: "custom", message: "staff:errors.fteNumber" });
      return z.NEVER;
    }
    const value = Number(text);
    if (value < 0.1 || value > 1) {
      ctx.addIssue({ code: "custom", message: "staff:errors.fteRange" });
      return z.NEVER;
    }
    if (!/^\d*(\.\d{0,2})?$/.test(text.replace(/0+$/, ""))) {
      ctx.addIssue({ code: "custom", message: "staff:errors.fteDecimals" });
      return z.NEVER;
    }
    return value;
  });

export const workingHoursSchema = z.object({
  fullTimeEquivalent: fullTimeEquivalentField.default(null),
});

export const staffDetailsSchema = z.object({
  displayName: displayNameField,
  email: emailField,
});
