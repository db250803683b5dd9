import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "#db/db.server";
import {
  statementReaders,
  statementReads,
  statements,
  statementWithdrawals,
  urgentAlerts,
  users,
  type Statement,
} from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { notify } from "~/notifications/notifications.server";
import { listCurrentAllocations } from "~/young-people/young-people.server";
import { validateAnswers } from "./answers";
import { ownStatementScope } from "./own-statements.server";
import { listReplies } from "./replies.server";
import { readersFor, urgentReaderRelationships, type SharingChoice } from "./sharing";
import { auditStatement } from "./statement-audit.server";
import { templateOf } from "./templates";
import { isUrgent } from "./urgency";

/**
 * Sends a statement: answers checked again, readers fixed from the young person's current
 * allocations and their choice, an urgent alert raised for a worry marked unsafe. One transaction.
 */
export function submitStatement(
  request: Request,
  user: SignedIn,
  statement: Statement,
  sharing: SharingChoice,
) {
  const template = templateOf(statement);
  const checked = validateAnswers(template, statement.answers);
  if (!checked.ok) throw new Response("Invalid answers", { status: 400 });
  const urgent = isUrgent(template, checked.answers);
  const allocated = listCurrentAllocations(statement.youngPersonId);
  const chosen = new Set(readersFor(sharing, allocated, false));
  const readers = readersFor(sharing, allocated, urgent);
  const now = new Date().toISOString();
  getDb().transaction((tx) => {
    const updated = tx
      .update(statements)
      .set({
        status: "submitted",
        sharing,
        isUrgent: urgent,
        submittedAt: now,
        currentQuestion: null,
      })
      .where(and(eq(statements.id, statement.id), eq(statements.status, "draft")))
      .run();
    if (updated.changes !== 1) return;
    for (const userId of readers) {
      tx.insert(statementReaders)
        .values({
          statementId: statement.id,
          userId,
          reason: chosen.has(userId) ? "chosen" : "urgent",
        })
        .run();
    }
    if (urgent) {
      tx.insert(urgentAlerts)
        .values({
          organisationId: user.organisationId,
          statementId: statement.id,
          youngPersonId: statement.youngPersonId,
        })
        .run();
      // The IRO and social worker are told at once that something urgent is waiting.
      for (const a of allocated.filter((a) => urgentReaderRelationships.includes(a.relationship))) {
        notify(
          {
            organisationId: user.organisationId,
            recipientUserId: a.userId,
            kind: "urgent",
            link: `/${a.relationship === "iro" ? "iro" : "worker"}/statements/${statement.id}`,
            dedupeKey: `urgent:${statement.id}:${a.userId}`,
          },
          tx,
        );
      }
    }
    auditStatement(request, user, "statement_submitted", statement, tx);
  });
  return { urgent, readers };
}

/** The names of a statement's readers, for "who will read it". */
export function readerNames(statementId: string) {
  return getDb()
    .select({
      userId: users.id,
      displayName: users.displayName,
      role: users.role,
      reason: statementReaders.reason,
    })
    .from(statementReaders)
    .innerJoin(users, eq(users.id, statementReaders.userId))
    .where(eq(statementReaders.statementId, statementId))
    .all();
}

/** Everything a young person has sent, with who has read it and whether they took it back. */
export function listOwnStatements(user: SignedIn) {
  const db = getDb();
  const rows = db
    .select({ statement: statements, withdrawnAt: statementWithdrawals.at })
    .from(statements)
    .leftJoin(statementWithdrawals, eq(statementWithdrawals.statementId, statements.id))
    .where(and(ownStatementScope(user), eq(statements.status, "submitted")))
    .orderBy(desc(statements.submittedAt))
    .all();
  const ids = rows.map((r) => r.statement.id);
  const reads = ids.length
    ? db
        .select({
          statementId: statementReads.statementId,
          displayName: users.displayName,
          at: statementReads.at,
        })
        .from(statementReads)
        .innerJoin(users, eq(users.id, statementReads.userId))
        .where(inArray(statementReads.statementId, ids))
        .orderBy(statementReads.at)
        .all()
    : [];
  const replies = listReplies(ids);
  return rows.map(({ statement, withdrawnAt }) => {
    const firstReads = new Map<string, string>();
    for (const read of reads.filter((r) => r.statementId === statement.id)) {
      if (!firstReads.has(read.displayName)) firstReads.set(read.displayName, read.at);
    }
    return {
      id: statement.id,
      youngPersonId: statement.youngPersonId,
      templateId: statement.templateId,
      submittedAt: statement.submittedAt!,
      isUrgent: statement.isUrgent,
      sharing: statement.sharing,
      withdrawnAt,
      readBy: [...firstReads].map(([displayName, at]) => ({ displayName, at })),
      replies: replies.filter((r) => r.statementId === statement.id),
    };
  });
}

/** Taking a statement back: allowed until someone has read it. Audited; nothing deleted. */
export function withdrawStatement(request: Request, user: SignedIn, statement: Statement): boolean {
  if (statement.status !== "submitted") return false;
  const db = getDb();
  const read = db
    .select({ id: statementReads.id })
    .from(statementReads)
    .where(eq(statementReads.statementId, statement.id))
    .get();
  if (read) return false;
  db.transaction((tx) => {
    tx.insert(statementWithdrawals)
      .values({ statementId: statement.id, byUserId: user.id })
      .onConflictDoNothing()
      .run();
    auditStatement(request, user, "statement_withdrawn", statement, tx);
  });
  return true;
}
