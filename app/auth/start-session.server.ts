import { redirect } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { users, type Role, type User } from "#db/schema";
import { actsAs, roleHome } from "./roles";
import { safeNext } from "./require-user.server";
import { createSession } from "./session.server";

/**
 * After a successful sign-in (password, pictures, a one-time code, or single sign-on): a new
 * session (never a reused token), the time noted as the person's last sign-in (administrators see
 * it), then on to where the person was going if it is part of their own area (or an area their
 * role includes: a manager's link to an IRO page), otherwise to their home.
 */
export function startSessionAndRedirect(user: User, next?: string | null, now = new Date()) {
  const { cookie } = createSession(user, now);
  getDb().update(users).set({ lastSignInAt: now.toISOString() }).where(eq(users.id, user.id)).run();
  const home = roleHome[user.role];
  const areas = [user.role, ...(actsAs[user.role] ?? [])].map((role: Role) => roleHome[role]);
  const wanted = safeNext(next);
  const target =
    wanted && areas.some((area) => wanted === area || wanted.startsWith(`${area}/`))
      ? wanted
      : home;
  return redirect(target, { headers: { "Set-Cookie": cookie } });
}
