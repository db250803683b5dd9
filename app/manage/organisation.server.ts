import { and, asc, count, eq, lt, ne } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { organisations, reviews, users, youngPeople } from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";

/** Figures for the organisation a manager or admin belongs to: counts and accounts, no child's record. */
export function organisationOverview(user: SignedIn, today: string, now = new Date()) {
  const db = getDb();
  const org = db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, user.organisationId))
    .get();
  const byServiceArea = db
    .select({ serviceArea: youngPeople.serviceArea, total: count() })
    .from(youngPeople)
    .where(eq(youngPeople.organisationId, user.organisationId))
    .groupBy(youngPeople.serviceArea)
    .orderBy(asc(youngPeople.serviceArea))
    .all();
  const overdue = db
    .select({ total: count() })
    .from(reviews)
    .where(
      and(
        eq(reviews.organisationId, user.organisationId),
        eq(reviews.status, "planned"),
        lt(reviews.dueOn, today),
      ),
    )
    .get();
  const unaccompanied = db
    .select({ total: count() })
    .from(youngPeople)
    .where(
      and(
        eq(youngPeople.organisationId, user.organisationId),
        eq(youngPeople.isUnaccompanied, true),
      ),
    )
    .get();
  const accounts = db
    .select({
      id: users.id,
      displayName: users.displayName,
      username: users.username,
      role: users.role,
      lockedUntil: users.lockedUntil,
    })
    .from(users)
    .where(and(eq(users.organisationId, user.organisationId), ne(users.role, "young_person")))
    .orderBy(asc(users.role), asc(users.displayName))
    .all();
  return {
    name: org?.name ?? "",
    byServiceArea,
    youngPeople: byServiceArea.reduce((sum, r) => sum + r.total, 0),
    unaccompanied: unaccompanied?.total ?? 0,
    reviewsOverdue: overdue?.total ?? 0,
    accounts: accounts.map(({ lockedUntil, ...a }) => ({
      ...a,
      isLocked: !!lockedUntil && new Date(lockedUntil) > now,
    })),
  };
}
