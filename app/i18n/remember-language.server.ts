import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { users } from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { cookiesAreSecure } from "~/env.server";
import { serializeCookie } from "~/http/request.server";
import { isLanguageCode } from "./languages";

/**
 * A language seen in `?lng=` (the language picker's links of old, an invitation letter's address)
 * is remembered on this device for a year, so the next page is in it too. The cookie is all a GET
 * may change: a link from anywhere must not rewrite a person's saved preference.
 */
export function languageCookie(chosen: string | null): string | undefined {
  if (!isLanguageCode(chosen)) return undefined;
  return serializeCookie("ov_lng", chosen, {
    maxAgeSeconds: 365 * 24 * 60 * 60,
    secure: cookiesAreSecure(),
  });
}

/**
 * The language picker posts here: saved as the signed-in person's preference, so it follows them
 * to another device. In together mode the child's language is for this device only, not the
 * worker's preference.
 */
export function saveLanguagePreference(user: SignedIn | null, chosen: string) {
  if (!user || user.togetherYoungPersonId || user.preferredLanguage === chosen) return;
  getDb().update(users).set({ preferredLanguage: chosen }).where(eq(users.id, user.id)).run();
}
