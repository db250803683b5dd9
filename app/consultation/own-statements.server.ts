import { and, eq, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { statements, youngPeople, type Statement } from "#db/schema";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { currentlyAllocated } from "~/young-people/young-people.server";

/**
 * The one rule for whose statements these are to fill in, send and hear back: each person's own,
 * written by them. A statement begun in together mode is the child's (they continue it when they
 * sign in): the adult who helped reaches it only in together mode with that child; after that,
 * only as a reader the child chose when sending (`sharedWithReader`). A carer's or parent's form
 * only while the child is still allocated to them.
 */
export function ownStatementScope(user: SignedIn): SQL {
  const organisation = eq(statements.organisationId, user.organisationId);
  if (user.togetherYoungPersonId)
    return and(
      organisation,
      eq(statements.youngPersonId, user.togetherYoungPersonId),
      eq(statements.helpedBy, user.id),
    )!;
  const written = and(organisation, eq(statements.authorUserId, user.id));
  if (user.role === "young_person")
    return or(
      written,
      // Begun in together mode before the child had an account: the helper is the row's author.
      and(
        organisation,
        isNotNull(statements.helpedBy),
        inArray(
          statements.youngPersonId,
          getDb()
            .select({ id: youngPeople.id })
            .from(youngPeople)
            .where(eq(youngPeople.userId, user.id)),
        ),
      ),
    )!;
  if (user.role === "carer" || user.role === "parent" || user.role === "social_worker")
    return and(
      written,
      // A child without an account has the helper as the row's author; it is still the child's.
      isNull(statements.helpedBy),
      currentlyAllocated(user, statements.youngPersonId),
    )!;
  return sql`0`;
}

/** This person's own statement (see `ownStatementScope`), or undefined. */
export function findOwnStatement(user: SignedIn, statementId: string | undefined) {
  if (!statementId) return undefined;
  return getDb()
    .select()
    .from(statements)
    .where(and(eq(statements.id, statementId), ownStatementScope(user)))
    .get();
}

/** A statement that is this person's own (see `ownStatementScope`); anyone else's is 404. */
export function getOwnStatement(user: SignedIn, statementId: string | undefined): Statement {
  const row = findOwnStatement(user, statementId);
  if (!row) throw notFound();
  return row;
}

export function getOwnDraft(user: SignedIn, statementId: string | undefined): Statement {
  const statement = getOwnStatement(user, statementId);
  if (statement.status !== "draft") throw notFound();
  return statement;
}
