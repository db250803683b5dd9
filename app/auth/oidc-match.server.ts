import { and, inArray, sql } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { users, type User } from "#db/schema";
import { staffRoles } from "./roles";

/*
 * Who a council account may sign in as. Single sign-on never creates an account and never grants
 * a role: it only finds the one staff account an admin already made with the same email address.
 */

/** The claims about the person that the provider sent (ID token, then userinfo if needed). */
export type ProviderClaims = Record<string, unknown>;

export type StaffRefusal = "noEmail" | "unverified" | "unknown" | "deactivated" | "ambiguous";

export type StaffMatch =
  | { ok: true; user: User; email: string }
  | { ok: false; reason: StaffRefusal; email?: string; user?: User };

/** The email the provider gave, if it looks like one. */
export function claimedEmail(claims: ProviderClaims): string | undefined {
  const email = claims.email;
  if (typeof email !== "string") return undefined;
  const trimmed = email.trim();
  return /^[^\s@]+@[^\s@]+$/.test(trimmed) && trimmed.length <= 320 ? trimmed : undefined;
}

/**
 * Has the provider vouched for the email? `email_verified: true` (OpenID Connect Core 1.0,
 * section 5.1). Microsoft Entra ID never sends email_verified for work accounts; it sends
 * `xms_edov: true` (the email's domain is verified by the tenant) when the app registration
 * asks for that optional claim, so that counts when email_verified is absent. Some providers
 * send the boolean as the string "true".
 */
export function isEmailVerified(claims: ProviderClaims): boolean {
  const verified = claims.email_verified;
  if (verified !== undefined) return verified === true || verified === "true";
  return claims.xms_edov === true || claims.xms_edov === "true";
}

/**
 * The one active staff account whose email is the verified email, compared without regard to
 * case. Deactivated accounts never sign in; when the only accounts with the email are
 * deactivated, the refusal says so. Two active staff accounts with one email are refused:
 * the app cannot know which the person meant, and guessing could open the wrong organisation.
 */
export function matchStaffAccount(claims: ProviderClaims): StaffMatch {
  const email = claimedEmail(claims);
  if (!email) return { ok: false, reason: "noEmail" };
  if (!isEmailVerified(claims)) return { ok: false, reason: "unverified", email };
  const candidates = getDb()
    .select()
    .from(users)
    .where(
      and(
        sql`lower(${users.email}) = ${email.toLowerCase()}`,
        inArray(users.role, [...staffRoles]),
      ),
    )
    .all();
  const active = candidates.filter((user) => !user.disabledAt);
  if (active.length > 1) return { ok: false, reason: "ambiguous", email };
  if (active.length === 1) return { ok: true, user: active[0]!, email };
  if (candidates.length > 0)
    return { ok: false, reason: "deactivated", email, user: candidates[0] };
  return { ok: false, reason: "unknown", email };
}
