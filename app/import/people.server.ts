import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "#db/db.server";
import { users, youngPeople, type Role } from "#db/schema";
import { personKey } from "./cells";
import type { Message } from "./csv";

/*
 * Who a row names, found in one read of the organisation: young people by case reference, staff
 * (and carers, parents) by username or email. Loaded once per file into maps, so a file of
 * 20,000 rows costs two queries, not 40,000.
 */

export type KnownYoungPerson = {
  id: string;
  dateOfBirth: string;
  lookedAfterOn: string | null;
  leftCareOn: string | null;
};

export function youngPeopleByReference(db: Pick<Db, "select">, organisationId: string) {
  const rows = db
    .select({
      id: youngPeople.id,
      caseReference: youngPeople.caseReference,
      dateOfBirth: youngPeople.dateOfBirth,
      lookedAfterOn: youngPeople.lookedAfterOn,
      leftCareOn: youngPeople.leftCareOn,
    })
    .from(youngPeople)
    .where(
      and(eq(youngPeople.organisationId, organisationId), isNotNull(youngPeople.caseReference)),
    )
    .all();
  return new Map<string, KnownYoungPerson>(rows.map((r) => [r.caseReference!, r]));
}

export type KnownPerson = { id: string; username: string; role: Role; disabledAt: string | null };

/**
 * Finds an account by username or email (any case). An email two accounts share names neither:
 * the row must give the username.
 */
export function peopleFinder(db: Pick<Db, "select">, organisationId: string) {
  const rows = db
    .select({
      id: users.id,
      username: users.username,
      email: users.email,
      role: users.role,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(eq(users.organisationId, organisationId))
    .all();
  const byUsername = new Map<string, KnownPerson>();
  const byEmail = new Map<string, KnownPerson[]>();
  for (const r of rows) {
    if (r.role === "young_person") continue;
    byUsername.set(personKey(r.username), r);
    if (r.email) byEmail.set(personKey(r.email), [...(byEmail.get(personKey(r.email)) ?? []), r]);
  }
  return (value: string): { person: KnownPerson } | { problem: Message } => {
    const key = personKey(value);
    const found = byUsername.get(key) ?? byEmail.get(key)?.[0];
    if (!found)
      return { problem: { key: "import:errors.unknownPerson", values: { person: value } } };
    if (!byUsername.has(key) && byEmail.get(key)!.length > 1)
      return { problem: { key: "import:errors.sharedEmail", values: { person: value } } };
    return { person: found };
  };
}

/** A young person the row's case reference names, or the message that none does. */
export function findYoungPerson(
  known: Map<string, KnownYoungPerson>,
  reference: string,
): { youngPerson: KnownYoungPerson } | { problem: Message } {
  if (!reference) return { problem: { key: "people:errors.caseReference" } };
  const found = known.get(reference);
  return found
    ? { youngPerson: found }
    : { problem: { key: "import:errors.unknownCaseReference", values: { reference } } };
}
