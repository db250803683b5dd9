import { and, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "#db/db.server";
import {
  statementReaders,
  statementReads,
  statements,
  statementWithdrawals,
  youngPeople,
  type Statement,
} from "#db/schema";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { currentlyAllocated } from "~/young-people/young-people.server";
import { findOwnStatement } from "./own-statements.server";
import { auditStatement } from "./statement-audit.server";

/*
 * Who may read a statement, decided once: `sharedWithReader` for IROs and social workers (the
 * reading views, the inbox, the preparation page and replies due), `getStatementToRead` where its
 * author may also be the one reading (voice notes).
 */

/**
 * The condition that a statement (joined from statement_readers, with statement_withdrawals
 * left-joined) is shared with this reader: named as a reader, sent, not taken back, and the young
 * person still allocated to them (an allocation that has ended gives no access).
 */
export function sharedWithReader(user: SignedIn) {
  return and(
    eq(statementReaders.userId, user.id),
    eq(statements.organisationId, user.organisationId),
    eq(statements.status, "submitted"),
    isNull(statementWithdrawals.statementId),
    currentlyAllocated(user, statements.youngPersonId),
  );
}

/**
 * Statements shared with this reader that also meet `condition`, with whose they are: the base of
 * the home page's list and of the replies due. Order and limit are the caller's.
 */
export function sharedStatements(user: SignedIn, condition?: SQL) {
  return getDb()
    .select({
      id: statements.id,
      templateId: statements.templateId,
      submittedAt: statements.submittedAt,
      isUrgent: statements.isUrgent,
      youngPersonId: youngPeople.id,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
    })
    .from(statementReaders)
    .innerJoin(statements, eq(statements.id, statementReaders.statementId))
    .innerJoin(youngPeople, eq(youngPeople.id, statements.youngPersonId))
    .leftJoin(statementWithdrawals, eq(statementWithdrawals.statementId, statements.id))
    .where(and(sharedWithReader(user), condition));
}

/** The home page's list holds statements not yet opened, and those sent in this many days. */
export const inboxRecentDays = 28;

const inboxMax = 100;

/**
 * Statements this person may read (named as a reader when sent, not withdrawn), newest first:
 * those they have not opened yet and those sent recently. Older ones stay on each review's page.
 */
export function listReadableStatements(user: SignedIn) {
  const since = new Date(Date.now() - inboxRecentDays * 86_400_000).toISOString();
  const db = getDb();
  const rows = sharedStatements(
    user,
    sql`(${statements.submittedAt} >= ${since} or not exists (select 1 from ${statementReads} sr
      where sr.statement_id = ${statements.id} and sr.user_id = ${user.id}))`,
  )
    .orderBy(desc(statements.submittedAt))
    .limit(inboxMax)
    .all();
  const readByMe = new Set(
    rows.length
      ? db
          .select({ statementId: statementReads.statementId })
          .from(statementReads)
          .where(
            and(
              eq(statementReads.userId, user.id),
              inArray(
                statementReads.statementId,
                rows.map((r) => r.id),
              ),
            ),
          )
          .all()
          .map((r) => r.statementId)
      : [],
  );
  return rows.map((r) => ({ ...r, isRead: readByMe.has(r.id) }));
}

/** A statement shared with this reader (see `sharedWithReader`); anyone else gets 404. */
export function findReadableStatement(user: SignedIn, statementId: string | undefined): Statement {
  if (!statementId) throw notFound();
  const row = getDb()
    .select({ statement: statements })
    .from(statementReaders)
    .innerJoin(statements, eq(statements.id, statementReaders.statementId))
    .leftJoin(statementWithdrawals, eq(statementWithdrawals.statementId, statements.id))
    .where(and(eq(statementReaders.statementId, statementId), sharedWithReader(user)))
    .get();
  if (!row) throw notFound();
  return row.statement;
}

/**
 * Who may read a statement's answers and hear its voice notes: the person whose own it is
 * (`ownStatementScope`), or a reader it is shared with (`sharedWithReader`); anyone else gets 404.
 * In together mode the child may be holding the device, so only a draft being filled in there,
 * never what the worker may read as a reader.
 */
export function getStatementToRead(
  user: SignedIn,
  statementId: string | undefined,
): { statement: Statement; asReader: boolean } {
  const own = findOwnStatement(user, statementId);
  if (user.togetherYoungPersonId) {
    if (own?.status !== "draft") throw notFound();
    return { statement: own, asReader: false };
  }
  if (own) return { statement: own, asReader: false };
  return { statement: findReadableStatement(user, statementId), asReader: true };
}

/** Opens a statement for a reader: the open is recorded (the young person sees it) and audited. */
export function openStatementAsReader(
  request: Request,
  user: SignedIn,
  statementId: string | undefined,
) {
  const statement = findReadableStatement(user, statementId);
  getDb().transaction((tx) => {
    tx.insert(statementReads).values({ statementId: statement.id, userId: user.id }).run();
    auditStatement(request, user, "statement_read", statement, tx);
  });
  return statement;
}
