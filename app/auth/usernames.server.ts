import { eq } from "drizzle-orm";
import { getDb, type Tx } from "#db/db.server";
import { users } from "#db/schema";

/** Usernames are unique across the whole service: people sign in without naming their council. */
export function isUsernameTaken(username: string, db: Pick<Tx, "select"> = getDb()) {
  return !!db.select({ id: users.id }).from(users).where(eq(users.username, username)).get();
}
