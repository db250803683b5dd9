import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "~/env.server";

/*
 * Small values the server hands the browser to keep for a few minutes (the single sign-on
 * state, a sign-in refusal to show) and must get back unchanged: JSON with an expiry time,
 * signed with a key derived from SESSION_SECRET for this one purpose. Signed, not secret:
 * they travel in HttpOnly cookies and hold nothing a person could misuse from their own browser.
 */

function signature(purpose: string, payload: string): string {
  const key = createHmac("sha256", env().SESSION_SECRET).update(`signed-value:${purpose}`).digest();
  return createHmac("sha256", key).update(payload).digest("base64url");
}

export function signValue(
  purpose: string,
  value: unknown,
  lifetimeSeconds: number,
  now = Date.now(),
): string {
  const payload = Buffer.from(
    JSON.stringify({ value, expiresAt: now + lifetimeSeconds * 1000 }),
  ).toString("base64url");
  return `${payload}.${signature(purpose, payload)}`;
}

/** The value, if the text is one this server signed for this purpose and it has not expired. */
export function readSignedValue(
  purpose: string,
  text: string | null | undefined,
  now = Date.now(),
): unknown {
  if (!text) return undefined;
  const [payload, sent, ...rest] = text.split(".");
  if (!payload || !sent || rest.length) return undefined;
  const expected = Buffer.from(signature(purpose, payload));
  const given = Buffer.from(sent);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as {
      value?: unknown;
      expiresAt?: unknown;
    };
    if (typeof parsed.expiresAt !== "number" || parsed.expiresAt <= now) return undefined;
    return parsed.value;
  } catch {
    return undefined;
  }
}
