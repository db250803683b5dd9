import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { users, type User } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { clientAddress } from "~/http/request.server";
import { verifySecret } from "./password.server";
import { picturePasswordSecret, type PictureCode } from "./pictures";
import { isAddressThrottled, recordAddressFailure } from "./throttle.server";

/** After this many wrong tries in a row an account waits `lockMinutes` before it can try again. */
export const maxFailedSignIns = 5;
export const lockMinutes = 15;

export type SignInOutcome =
  { ok: true; user: User } | { ok: false; reason: "wrong" | "locked" | "throttled" };

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

export async function signInWithPassword(request: Request, username: string, password: string) {
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

  if (isLocked(key, usable, now)) {
    // Still spend the hashing time, so a locked account answers no faster than any other.
    await check(undefined);
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
  const locked = recordFailure(key, usable, now);
  recordAudit(request, {
    action: "sign_in_failed",
    organisationId: usable?.organisationId,
    subjectType: "user",
    subjectId: usable?.id,
  });
  return { ok: false, reason: locked ? "locked" : "wrong" };
}

function isLocked(key: string, user: User | undefined, now: Date): boolean {
  if (user) return !!user.lockedUntil && new Date(user.lockedUntil) > now;
  const entry = unknownFailures.get(key);
  return !!entry?.lockedUntil && entry.lockedUntil > now.getTime();
}

/** Counts a failure; returns true when this failure locks the account. */
function recordFailure(key: string, user: User | undefined, now: Date): boolean {
  const lockUntil = new Date(now.getTime() + lockMinutes * 60 * 1000);
  if (user) {
    const count = user.failedSignIns + 1;
    const locks = count >= maxFailedSignIns;
    getDb()
      .update(users)
      .set(
        locks
          ? { failedSignIns: 0, lockedUntil: lockUntil.toISOString() }
          : { failedSignIns: count },
      )
      .where(eq(users.id, user.id))
      .run();
    return locks;
  }
  const entry = unknownFailures.get(key);
  const count =
    (entry?.lockedUntil && entry.lockedUntil <= now.getTime() ? 0 : (entry?.count ?? 0)) + 1;
  const locks = count >= maxFailedSignIns;
  // Bounded memory under a flood of made-up usernames: forgetting them only resets their count.
  if (unknownFailures.size > 10_000) unknownFailures.clear();
  unknownFailures.set(key, locks ? { count: 0, lockedUntil: lockUntil.getTime() } : { count });
  return locks;
}
