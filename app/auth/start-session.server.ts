import { redirect } from "@remix-run/node";
import type { User } from "#db/schema";
import { roleHome } from "./roles";
import { safeNext } from "./require-user.server";
import { createSession } from "./session.server";

/**
 * After a successful sign-in: a new session (never a reused token), then on to where the person
 * was going if it is part of their own area, otherwise to their home.
 */
export function startSessionAndRedirect(user: User, next?: string | null) {
  const { cookie } = createSession(user);
  const home = roleHome[user.role];
  const wanted = safeNext(next);
  const target = wanted && (wanted === home || wanted.startsWith(`${home}/`)) ? wanted : home;
  return redirect(target, { headers: { "Set-Cookie": cookie } });
}
