import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { organisations } from "#db/schema";

/*
 * The invented demo organisation says so on every page, so nobody mistakes its people for real
 * ones, or a real install for the demo. Whether an organisation is the demo never changes, so the
 * answer per organisation is kept; signed out, the page asks whether the demo is installed at all.
 */
const known = new Map<string, boolean>();

/** Is the banner shown: the signed-in person's organisation is the demo, or (signed out) any is. */
export function showsDemoBanner(user: { organisationId: string } | null): boolean {
  if (!user) {
    return !!getDb()
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.isDemo, true))
      .limit(1)
      .get();
  }
  let isDemo = known.get(user.organisationId);
  if (isDemo === undefined) {
    isDemo = !!getDb()
      .select({ isDemo: organisations.isDemo })
      .from(organisations)
      .where(eq(organisations.id, user.organisationId))
      .get()?.isDemo;
    known.set(user.organisationId, isDemo);
  }
  return isDemo;
}
