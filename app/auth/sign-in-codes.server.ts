import { and, eq, gt, isNull } from "drizzle-orm";
import { createHmac, randomInt } from "node:crypto";
import { getDb, type Tx } from "#db/db.server";
import { signInCodes, users, type User } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { env } from "~/env.server";
import { clientAddress } from "~/http/request.server";
import { hashSecret } from "./password.server";
import { picturePasswordSecret, type PictureCode } from "./pictures";
import { codeValidDays } from "./rules";
import type { SignedIn } from "./require-user.server";
import { revokeAllSessions } from "./session.server";
import { isAddressThrottled, recordAddressFailure } from "./throttle.server";

/*
 * One-time sign-in codes: a young person has no email address, so their social worker issues a
 * code, shown once on screen and given in person. With it the young person chooses a picture
 * password (or an ordinary one). A code lasts 7 days and works once; a new code cancels older ones.
 * A new member of staff (or carer) gets one from an administrator and sets an ordinary password.
 */
// No 0/O, 1/I/L: codes are read aloud and copied by hand.
const alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const codeLength = 8;

export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

function hashCode(code: string): string {
  return createHmac("sha256", env().SESSION_SECRET).update(normaliseCode(code)).digest("hex");
}

export function formatCode(code: string): string {
  const c = normaliseCode(code);
  return `${c.slice(0, 4)}-${c.slice(4)}`;
}

export function issueSignInCode(
  /** Null when no web request is behind it (`npm run admin:create`). */
  request: Request | null,
  issuer: Pick<SignedIn, "id" | "organisationId">,
  youngPersonUserId: string,
  now = new Date(),
  options: { purpose?: "sign-in" | "parent-invitation"; validDays?: number; tx?: Tx } = {},
): { code: string; expiresAt: string } {
  const code = Array.from({ length: codeLength }, () => alphabet[randomInt(alphabet.length)]).join(
    "",
  );
  const validDays = options.validDays ?? codeValidDays;
  const expiresAt = new Date(now.getTime() + validDays * 24 * 60 * 60 * 1000).toISOString();
  const issue = (tx: Tx) => {
    // A new code means the old way in may be known to someone else: sign the person out everywhere.
    revokeAllSessions(youngPersonUserId, { now, tx });
    tx.update(signInCodes)
      .set({ expiresAt: now.toISOString() })
      .where(
        and(
          eq(signInCodes.userId, youngPersonUserId),
          isNull(signInCodes.usedAt),
          gt(signInCodes.expiresAt, now.toISOString()),
        ),
      )
      .run();
    tx.insert(signInCodes)
      .values({
        organisationId: issuer.organisationId,
        userId: youngPersonUserId,
        codeHash: hashCode(code),
        issuedBy: issuer.id,
        purpose: options.purpose ?? "sign-in",
        expiresAt,
      })
      .run();
    recordAudit(
      request,
      {
        action: "sign_in_code_issued",
        organisationId: issuer.organisationId,
        actorUserId: issuer.id,
        subjectType: "user",
        subjectId: youngPersonUserId,
      },
      tx,
    );
  };
  if (options.tx) issue(options.tx);
  else getDb().transaction(issue);
  return { code: formatCode(code), expiresAt };
}

export type CodeCheck =
  { ok: true; user: User; codeId: string } | { ok: false; reason: "wrong" | "throttled" };

/** Is this code live? Does not use it up. Wrong codes count towards the address throttle. */
export function checkSignInCode(request: Request, code: string, now = new Date()): CodeCheck {
  const address = clientAddress(request);
  if (isAddressThrottled(address, now.getTime())) return { ok: false, reason: "throttled" };
  const row = getDb()
    .select({ code: signInCodes, user: users })
    .from(signInCodes)
    .innerJoin(users, eq(users.id, signInCodes.userId))
    .where(and(eq(signInCodes.codeHash, hashCode(code)), isNull(signInCodes.usedAt)))
    .get();
  if (!row || new Date(row.code.expiresAt) <= now || row.user.disabledAt) {
    recordAddressFailure(address, now.getTime());
    return { ok: false, reason: "wrong" };
  }
  return { ok: true, user: row.user, codeId: row.code.id };
}

export type NewCredential =
  | { kind: "pictures"; pictures: PictureCode[] }
  | { kind: "password"; password: string }
  /** A parent who goes on with the code alone, for the one form they were invited to fill in. */
  | { kind: "none" };

/** Uses the code up and sets the young person's new credential, in one transaction. */
export async function redeemSignInCode(
  request: Request,
  code: string,
  credential: NewCredential,
  now = new Date(),
): Promise<CodeCheck> {
  const check = checkSignInCode(request, code, now);
  if (!check.ok) return check;
  const hash =
    credential.kind === "none"
      ? null
      : await hashSecret(
          credential.kind === "pictures"
            ? picturePasswordSecret(credential.pictures)
            : credential.password,
        );
  const used = getDb().transaction((tx) => {
    const marked = tx
      .update(signInCodes)
      .set({ usedAt: now.toISOString() })
      .where(and(eq(signInCodes.id, check.codeId), isNull(signInCodes.usedAt)))
      .run();
    // Someone else used it between the check and now: single use means single use.
    if (marked.changes !== 1) return false;
    if (hash) {
      tx.update(users)
        .set({
          ...(credential.kind === "pictures"
            ? { picturePasswordHash: hash }
            : { passwordHash: hash }),
          failedSignIns: 0,
          lockedUntil: null,
        })
        .where(eq(users.id, check.user.id))
        .run();
      /*
       * Sessions opened with the old credential end here. The person choosing the new one is sent
       * on with a fresh session (startSessionAndRedirect), never their old one kept: only proof of
       * the new credential opens a session, and a token fixed before the change is worthless.
       */
      revokeAllSessions(check.user.id, { now, tx });
    }
    recordAudit(
      request,
      {
        action: "sign_in_code_used",
        organisationId: check.user.organisationId,
        actorUserId: check.user.id,
        subjectType: "user",
        subjectId: check.user.id,
      },
      tx,
    );
    return true;
  });
  return used ? check : { ok: false, reason: "wrong" };
}
