import { eq } from "drizzle-orm";
import { randomInt } from "node:crypto";
import { getDb, type Tx } from "#db/db.server";
import { users, youngPeople } from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { issueSignInCode } from "~/auth/sign-in-codes.server";
import { isLanguageCode } from "~/i18n/languages";
import { getYoungPersonRecord } from "./records.server";
import { getYoungPersonAccount } from "./young-people.server";
import { isUsernameTaken } from "~/auth/usernames.server";

/*
 * A young person's way in, given by an administrator: their account is made the first time (no
 * email address, no password: the one-time code lets them choose their pictures at /start), then
 * the same one-time code a social worker gives (`issueSignInCode`).
 */

/**
 * A username a child can read and type: their given name in plain letters and four digits
 * ("selam4821"). Names in other scripts give "young" and the digits. Usernames are unique across
 * the whole service, so this tries again until one is free.
 */
export function usernameFor(givenName: string, tx: Tx | ReturnType<typeof getDb> = getDb()) {
  const plain = givenName
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z]/g, "")
    .slice(0, 12);
  const letters = plain.length >= 2 ? plain : "young";
  for (let digits = 4; ; digits++) {
    for (let attempt = 0; attempt < 20; attempt++) {
      const candidate = `${letters}${randomInt(10 ** (digits - 1), 10 ** digits)}`;
      if (!isUsernameTaken(candidate, tx)) return candidate;
    }
  }
}

/** The young person's account, made now if they have none: role young_person, no credential yet. */
function ensureAccount(tx: Tx, record: ReturnType<typeof getYoungPersonRecord>) {
  if (record.userId) return record.userId;
  const account = tx
    .insert(users)
    .values({
      organisationId: record.organisationId,
      role: "young_person",
      username: usernameFor(record.givenName, tx),
      displayName: record.givenName,
      preferredLanguage: isLanguageCode(record.preferredLanguage) ? record.preferredLanguage : null,
    })
    .returning({ id: users.id })
    .get();
  tx.update(youngPeople).set({ userId: account.id }).where(eq(youngPeople.id, record.id)).run();
  return account.id;
}

/**
 * Gives the young person a one-time sign-in code (an account first, if they have none), in one
 * transaction. The code is shown once and never stored in readable form.
 */
export function giveYoungPersonSignInCode(
  request: Request,
  admin: SignedIn,
  youngPersonId: string | undefined,
) {
  const record = getYoungPersonRecord(admin, youngPersonId);
  const issued = getDb().transaction((tx) => {
    const userId = ensureAccount(tx, record);
    return issueSignInCode(request, admin, userId, new Date(), { tx });
  });
  return { ...issued, account: getYoungPersonAccount(record.id)! };
}
