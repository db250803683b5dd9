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

export const staffDetailsSchema = z.object({
  displayName: displayNameField,
  email: emailField,
});
