import { eq, sql } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { organisations, users, type User } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { clientAddress } from "~/http/request.server";
import { isStaffRole } from "./roles";
import { isCouncilSignInEnabled } from "./oidc.server";
import { verifySecret } from "./password.server";
import { picturePasswordSecret, type PictureCode } from "./pictures";
import { isAddressThrottled, recordAddressFailure } from "./throttle.server";

/** After this many wrong tries in a row an account waits `lockMinutes` before it can try again. */
export const maxFailedSignIns = 5;
export const lockMinutes = 15;

export type SignInOutcome =
  | { ok: true; user: User }
  | { ok: false; reason: "wrong" | "locked" | "throttled" | "passwordOff" };

/*
 * Unknown usernames are locked the same way as real ones, in memory, so that the answers
 * ("wrong", then "locked") never reveal whether an account exists.
 */
const unknownFailures = new Map<string, { count: number; lockedUntil?: number }>();

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function findUserByUsername(username: string): User | undefined {
  return getDb()
    .select()
    .from(users)
    .where(eq(users.username, normaliseUsername(username)))
    .get();
}

export async function signInWithPassword(
  request: Request,
  username: string,
  password: string,
): Promise<SignInOutcome> {
  const address = clientAddress(request);
  const staff = staffWithPasswordSignInOff(username);
  if (staff && !isAddressThrottled(address)) {
    /*
     * Refused before the password is checked, so the password of someone who now signs in with
     * their council account cannot be tried out here at all. Counted against the address, like
     * any refusal, so the message cannot be used to list staff usernames at speed.
     */
    recordAddressFailure(address);
    recordAudit(request, {
      action: "sign_in_failed",
      organisationId: staff.organisationId,
      subjectType: "user",
      subjectId: staff.id,
    });
    return { ok: false, reason: "passwordOff" };
  }
  return attempt(request, username, (user) => verifySecret(password, user?.passwordHash ?? null));
}

export async function signInWithPictures(
  request: Request,
  username: string,
  pictures: PictureCode[],
) {
  const secret = picturePasswordSecret(pictures);
  return attempt(request, username, (user) =>
    verifySecret(secret, user?.picturePasswordHash ?? null),
  );
}

/**
 * The active staff account with this username, when its organisation has turned password sign-in
 * off for staff. Only while single sign-on is set up on this server: without it, staff would have
 * no way in at all, so removing the OIDC settings is the way back to passwords.
 * Young people, carers and parents always keep their own ways in.
 */
function staffWithPasswordSignInOff(username: string): User | undefined {
  if (!isCouncilSignInEnabled()) return undefined;
  const user = findUserByUsername(username);
  if (!user || user.disabledAt || !isStaffRole(user.role)) return undefined;
  const organisation = getDb()
    .select({ staffPasswordSignIn: organisations.staffPasswordSignIn })
    .from(organisations)
    .where(eq(organisations.id, user.organisationId))
    .get();
  return organisation?.staffPasswordSignIn === false ? user : undefined;
}

async function attempt(
  request: Request,
  username: string,
  check: (user: User | undefined) => Promise<boolean>,
  now = new Date(),
): Promise<SignInOutcome> {
  const address = clientAddress(request);
  if (isAddressThrottled(address, now.getTime())) return { ok: false, reason: "throttled" };

  const key = normaliseUsername(username);
  const user = findUserByUsername(key);
  const usable = user && !user.disabledAt ? user : undefined;

  /*
   * The attempt is counted before the (slow) hash is checked, in one atomic step: counting after
   * the check, from a row read before it, let eight guesses sent at once all read "0 failures" and
   * all write "1", so a picture password could be guessed without ever locking the account.
   */
  const attemptNumber = usable ? countAttempt(usable.id, now) : countUnknownAttempt(key, now);

  if (attemptNumber > maxFailedSignIns) {
    // Still spend the hashing time, so a locked account answers no faster than any other.
    await check(undefined);
    // Guesses at a locked account still count against the address, or they would cost nothing.
    recordAddressFailure(address, now.getTime());
    recordAudit(request, {
      action: "sign_in_locked",
      organisationId: usable?.organisationId,
      subjectType: "user",
      subjectId: usable?.id,
    });
    return { ok: false, reason: "locked" };
  }

  const ok = await check(usable);
  if (ok && usable) {
    getDb()
      .update(users)
      .set({ failedSignIns: 0, lockedUntil: null })
      .where(eq(users.id, usable.id))
      .run();
    recordAudit(request, {
      action: "sign_in",
      organisationId: usable.organisationId,
      actorUserId: usable.id,
    });
    return { ok: true, user: usable };
  }

  recordAddressFailure(address, now.getTime());
  recordAudit(request, {
    action: "sign_in_failed",
    organisationId: usable?.organisationId,
    subjectType: "user",
    subjectId: usable?.id,
  });
  return { ok: false, reason: attemptNumber >= maxFailedSignIns ? "locked" : "wrong" };
}

/**
 * Counts one attempt and returns its number since the last success or lock. Every attempt while
 * a lock runs gets a number past the limit (also for a lock set by hand, or by older code that
 * cleared the count when it locked). The attempt that reaches the limit sets the lock in the same
 * statement, so a crash before its password check can never leave an account counted out with no
 * end time. A lock that has run out starts the count again.
 */
function countAttempt(userId: string, now: Date): number {
  const at = now.toISOString();
  const until = new Date(now.getTime() + lockMinutes * 60 * 1000).toISOString();
  const next = sql`${users.failedSignIns} + 1`;
  const lockEnded = sql`${users.lockedUntil} is not null and ${users.lockedUntil} <= ${at}`;
  const lockRuns = sql`${users.lockedUntil} is not null`;
  const row = getDb()
    .update(users)
    .set({
      failedSignIns: sql`case
        when ${lockEnded} then 1
        when ${lockRuns} and ${next} <= ${maxFailedSignIns} then ${maxFailedSignIns + 1}
        else ${next} end`,
      lockedUntil: sql`case
        when ${lockEnded} then null
        when ${lockRuns} then ${users.lockedUntil}
        when ${next} >= ${maxFailedSignIns} then ${until}
        else null end`,
    })
    .where(eq(users.id, userId))
    .returning({ failedSignIns: users.failedSignIns })
    .get();
  return row?.failedSignIns ?? maxFailedSignIns + 1;
}

/** The same count for usernames that do not exist, in memory (JavaScript runs it in one step). */
function countUnknownAttempt(key: string, now: Date): number {
  const entry = unknownFailures.get(key);
  const lockEnded = !!entry?.lockedUntil && entry.lockedUntil <= now.getTime();
  const lockRuns = !!entry?.lockedUntil && !lockEnded;
  const next = (entry && !lockEnded ? entry.count : 0) + 1;
  const count = lockRuns ? Math.max(next, maxFailedSignIns + 1) : next;
  const lockedUntil = lockRuns
    ? entry!.lockedUntil
    : count >= maxFailedSignIns
      ? now.getTime() + lockMinutes * 60 * 1000
      : undefined;
  // Bounded memory under a flood of made-up usernames: forgetting them only resets their count.
  if (unknownFailures.size > 10_000) unknownFailures.clear();
  unknownFailures.set(key, { count, lockedUntil });
  return count;
}
