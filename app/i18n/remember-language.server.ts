import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { users } from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { cookiesAreSecure } from "~/env.server";
import { serializeCookie } from "~/http/request.server";
import { isLanguageCode } from "./languages";

/**
 * A language chosen with `?lng=` is remembered in a cookie for a year and, when someone is signed
 * in, saved as their preference so it follows them to another device. Returns the cookie to set.
 */
export function rememberLanguage(chosen: string | null, user: SignedIn | null): string | undefined {
  if (!isLanguageCode(chosen)) return undefined;
  // In together mode the child's language is for this device only, not the worker's preference.
  if (user && !user.togetherYoungPersonId && user.preferredLanguage !== chosen) {
    getDb().update(users).set({ preferredLanguage: chosen }).where(eq(users.id, user.id)).run();
  }
  return serializeCookie("ov_lng", chosen, {
    maxAgeSeconds: 365 * 24 * 60 * 60,
    secure: cookiesAreSecure(),
  });
}
