import { and, eq, isNull, ne } from "drizzle-orm";
import { createHash, randomBytes } from "node:crypto";
import { getDb, type Tx } from "#db/db.server";
import { sessions, users, type User } from "#db/schema";
import { cookiesAreSecure, env } from "~/env.server";
import { readCookie, serializeCookie } from "~/http/request.server";

/*
 * Server-side sessions: the cookie holds a random token; the database holds its SHA-256 hash,
 * the user, a CSRF token, and when it was last used. Signing out or revoking marks the row,
 * so a copied cookie stops working at once.
 */
export const sessionCookieName = "ov_session";
/** However active, a session ends 12 hours after sign-in. */
const absoluteLifetimeMs = 12 * 60 * 60 * 1000;
/** Avoid a write on every request: lastSeenAt is refreshed at most once a minute. */
const touchIntervalMs = 60 * 1000;

export type Session = {
  id: string;
  csrfToken: string;
  user: User;
  /** Together mode: the only young person whose forms this session reaches. */
  togetherYoungPersonId: string | null;
};

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function createSession(user: User, now = new Date()): { cookie: string; session: Session } {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const id = hashToken(token);
  getDb()
    .insert(sessions)
    .values({
      id,
      userId: user.id,
      organisationId: user.organisationId,
      csrfToken,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + absoluteLifetimeMs).toISOString(),
    })
    .run();
  const cookie = serializeCookie(sessionCookieName, token, { secure: cookiesAreSecure() });
  return { cookie, session: { id, csrfToken, user, togetherYoungPersonId: null } };
}

/*
 * The root loader, the route's loader and the CSRF check all ask for the same request's session:
 * one lookup serves them all. A remembered answer is reused only briefly, so a long-lived request
 * object (as in tests that move the clock) is looked up afresh.
 */
const perRequest = new WeakMap<
  Request,
  { at: number; generation: number; session: Session | null }
>();
/** Bumped whenever sessions are revoked, so no remembered lookup outlives a sign-out. */
let generation = 0;

/** The live session for this request, or null if there is none, it was revoked, or it idled out. */
export function getSession(request: Request, now = new Date()): Session | null {
  const remembered = perRequest.get(request);
  if (
    remembered &&
    remembered.generation === generation &&
    Math.abs(now.getTime() - remembered.at) < 1000
  ) {
    return remembered.session;
  }
  const session = lookUpSession(request, now);
  perRequest.set(request, { at: now.getTime(), generation, session });
  return session;
}

function lookUpSession(request: Request, now: Date): Session | null {
  const token = readCookie(request, sessionCookieName);
  if (!token) return null;
  const id = hashToken(token);
  const row = getDb()
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
    .get();
  if (!row || row.user.disabledAt) return null;
  const idleMs = env().SESSION_IDLE_MINUTES * 60 * 1000;
  const lastSeen = new Date(row.session.lastSeenAt).getTime();
  if (
    now.getTime() > new Date(row.session.expiresAt).getTime() ||
    now.getTime() - lastSeen > idleMs
  ) {
    return null;
  }
  if (now.getTime() - lastSeen > touchIntervalMs) {
    getDb()
      .update(sessions)
      .set({ lastSeenAt: now.toISOString() })
      .where(eq(sessions.id, id))
      .run();
  }
  return {
    id,
    csrfToken: row.session.csrfToken,
    user: row.user,
    togetherYoungPersonId: row.session.togetherYoungPersonId,
  };
}

/**
 * The session row this request's cookie names, whether or not it is still live: an answer sent
 * just after a session ended is kept only for the person whose session it was.
 */
export function endedSessionFor(request: Request) {
  const token = readCookie(request, sessionCookieName);
  if (!token) return undefined;
  return getDb()
    .select({
      id: sessions.id,
      userId: sessions.userId,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .where(eq(sessions.id, hashToken(token)))
    .get();
}

export function revokeSession(sessionId: string, now = new Date()) {
  generation++;
  getDb()
    .update(sessions)
    .set({ revokedAt: now.toISOString() })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
    .run();
}

/**
 * Ends every session a person has: after a new password, new pictures or a new sign-in code
 * (whoever learnt the old one is signed out everywhere), and when an admin revokes access.
 * `except` keeps one session alive (the one making the change, if that is theirs); `tx` joins the
 * caller's transaction, so the credential and the sign-outs change together.
 */
export function revokeAllSessions(
  userId: string,
  options: { except?: string; now?: Date; tx?: Tx } = {},
) {
  generation++;
  const now = options.now ?? new Date();
  (options.tx ?? getDb())
    .update(sessions)
    .set({ revokedAt: now.toISOString() })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        options.except ? ne(sessions.id, options.except) : undefined,
      ),
    )
    .run();
}

export function clearSessionCookie(): string {
  return serializeCookie(sessionCookieName, "", { maxAgeSeconds: 0, secure: cookiesAreSecure() });
}

/** Starts or ends together mode on this session (the callers check who may). */
export function setTogetherScope(sessionId: string, youngPersonId: string | null) {
  generation++;
  getDb()
    .update(sessions)
    .set({ togetherYoungPersonId: youngPersonId })
    .where(eq(sessions.id, sessionId))
    .run();
}
