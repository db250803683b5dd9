import { redirect } from "@remix-run/node";
import type { Role, User } from "#db/schema";
import { mayActAs } from "./roles";
import { getSession, type Session } from "./session.server";

export type SignedIn = User & {
  sessionId: string;
  /** Set while a worker's session is in together mode (only this young person's forms). */
  togetherYoungPersonId: string | null;
};

/** Where together mode lives: every other page sends a session in together scope back here. */
export const togetherHome = "/together";

/**
 * Who is here, and may they come? Every loader and action starts with this.
 * Not signed in: off to sign in, coming back here afterwards. Signed in with another role:
 * 404, the same answer as a page that does not exist, so roles cannot be probed. Someone whose role
 * includes an allowed one (a manager on the IRO pages, roles.ts `actsAs`) comes in acting in that
 * role for this request: the page's rules (their own allocations, an IRO's view) apply unchanged.
 */
export function requireUser(
  request: Request,
  options: {
    role?: Role | readonly Role[];
    /** This page may be used in together mode. */ together?: boolean;
  } = {},
): SignedIn {
  const session = getSession(request);
  if (!session) throw redirectToSignIn(request);
  // In together mode a child may be holding the device: nothing of the worker's is reachable.
  if (session.togetherYoungPersonId && !options.together) throw redirect(togetherHome);
  const allowed = options.role === undefined ? undefined : ([] as Role[]).concat(options.role);
  if (!allowed || allowed.includes(session.user.role)) return withSession(session);
  const acting = allowed.find((role) => mayActAs(session.user.role, role));
  if (!acting) throw notFound();
  return { ...withSession(session), role: acting };
}

export function optionalUser(request: Request): SignedIn | null {
  const session = getSession(request);
  return session ? withSession(session) : null;
}

function withSession(session: Session): SignedIn {
  return {
    ...session.user,
    sessionId: session.id,
    togetherYoungPersonId: session.togetherYoungPersonId,
  };
}

export function redirectToSignIn(request: Request) {
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  return redirect(`/sign-in?next=${encodeURIComponent(back)}`);
}

export function notFound() {
  return new Response("Not found", { status: 404 });
}

/** A `next` address is only followed when it is a path on this site. */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\"))
    return undefined;
  return next;
}
