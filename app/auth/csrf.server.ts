import { randomBytes, timingSafeEqual } from "node:crypto";
import { cookiesAreSecure } from "~/env.server";
import { readCookie, serializeCookie } from "~/http/request.server";
import { getSession } from "./session.server";

/*
 * Cross-site request forgery: server.js refuses posts whose Origin or Sec-Fetch-Site says they
 * came from another site, and every form carries a token that must match this visitor's:
 * the session's own token when signed in, otherwise a random token held in an HttpOnly cookie.
 */
export const csrfFieldName = "csrf";
const anonymousCookieName = "ov_csrf";

/** The token to put in this visitor's forms, with a cookie to set if they had none. */
export function csrfTokenFor(request: Request): { token: string; setCookie?: string } {
  const session = getSession(request);
  if (session) return { token: session.csrfToken };
  const existing = readCookie(request, anonymousCookieName);
  if (existing && existing.length >= 32) return { token: existing };
  const token = randomBytes(24).toString("base64url");
  return {
    token,
    setCookie: serializeCookie(anonymousCookieName, token, { secure: cookiesAreSecure() }),
  };
}

export class CsrfError extends Error {}

export function verifyCsrf(request: Request, formData: FormData) {
  const session = getSession(request);
  const expected = session ? session.csrfToken : readCookie(request, anonymousCookieName);
  if (!csrfTokenMatches(formData, expected)) {
    throw new Response("Forbidden", { status: 403, statusText: "csrf" });
  }
}

/** Does the form carry this token? (For a check against a session other than the live one.) */
export function csrfTokenMatches(
  formData: FormData | URLSearchParams,
  expected: string | null | undefined,
): boolean {
  const sent = formData.get(csrfFieldName);
  return typeof sent === "string" && !!expected && safeEqual(sent, expected);
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
