import { and, desc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "#db/db.server";
import {
  statementReaders,
  statementReads,
  statementReplies,
  statements,
  statementWithdrawals,
  urgentAlerts,
  users,
  youngPeople,
  type Statement,
} from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import {
  currentlyAllocated,
  getYoungPersonAccount,
  listAllocatedYoungPeople,
  listCurrentAllocations,
} from "~/young-people/young-people.server";
import { answerSchemaFor, isUrgent, validateAnswers, type Answer, type Answers } from "./answers";
import { readersFor, type SharingChoice } from "./sharing";
import { notify } from "~/notifications/notifications.server";
import type { Template } from "./template-schema";
import { findTemplate } from "./templates";

/** Every change to, and every read of, a statement is audited the same way: ids only, never words. */
function auditStatement(
  request: Request,
  user: SignedIn,
  action: "statement_submitted" | "statement_read" | "statement_withdrawn" | "statement_replied",
  statement: Pick<Statement, "id" | "youngPersonId">,
  tx: Tx,
) {
  recordAudit(
    request,
    {
      action,
      organisationId: user.organisationId,
      actorUserId: user.id,
      subjectType: "statement",
      subjectId: statement.id,
      youngPersonId: statement.youngPersonId,
    },
    tx,
  );
}

/** The template a statement answered, at the exact version it answered. */
export function templateOf(statement: Pick<Statement, "templateId" | "templateVersion">): Template {
  const template = findTemplate(statement.templateId, statement.templateVersion);
  if (!template)
    throw new Error(`Unknown template ${statement.templateId} v${statement.templateVersion}`);
  return template;
}

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

/**
 * The open draft of this form about this young person, or a new one: drafts are never lost or
 * doubled. The caller has checked that the author may write about `youngPersonId`. In together mode
 * the draft is the child's, and the worker is recorded as the one who helped.
 */
export function startStatement(
  user: SignedIn,
  template: Template,
  language: string,
  youngPersonId: string,
  /** What it answers: a request (and its review), or a review alone (a reply to a letter). */
  forRequest?: { requestId?: string; reviewId: string },
): Statement {
  const db = getDb();
  const existing = db
    .select()
    .from(statements)
    .where(
      and(
        ownStatementScope(user),
        eq(statements.youngPersonId, youngPersonId),
        eq(statements.templateId, template.id),
        eq(statements.status, "draft"),
      ),
    )
    .orderBy(desc(statements.updatedAt))
    .get();
  if (existing) {
    // Answering a request with a draft already begun: the draft now answers that request.
    if (
      forRequest &&
      (existing.requestId !== (forRequest.requestId ?? null) ||
        existing.reviewId !== forRequest.reviewId)
    ) {
      return db
        .update(statements)
        .set({ requestId: forRequest.requestId ?? null, reviewId: forRequest.reviewId })
        .where(eq(statements.id, existing.id))
        .returning()
        .get();
    }
    return existing;
  }
  return db
    .insert(statements)
    .values({
      organisationId: user.organisationId,
      youngPersonId,
      authorUserId: user.togetherYoungPersonId
        ? (getYoungPersonAccount(youngPersonId)?.userId ?? user.id)
        : user.id,
      templateId: template.id,
      templateVersion: template.version,
      language,
      currentQuestion: template.questions[0]!.id,
      helpedBy: user.togetherYoungPersonId ? user.id : null,
      ...forRequest,
    })
    .returning()
    .get();
}

function findOwnStatement(user: SignedIn, statementId: string | undefined) {
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

/**
 * Saves one answer (or clears it when skipped) and where the young person is. The answer is checked
 * against the template first; an answer that fails is not saved and the caller shows the error.
 */
export function saveAnswer(
  statement: Statement,
  questionId: string,
  answer: unknown,
  currentQuestion: string | null,
): { ok: true } | { ok: false; error: string } {
  const template = templateOf(statement);
  const question = template.questions.find((q) => q.id === questionId);
  if (!question) throw notFound();
  const answers = { ...(statement.answers as Answers) };
  if (answer === undefined) {
    delete answers[questionId];
  } else {
    const parsed = answerSchemaFor(question).safeParse(answer);
    if (!parsed.success)
      return { ok: false, error: parsed.error.issues[0]?.message ?? "consultation:errors.choose" };
    answers[questionId] = parsed.data as Answer;
  }
  getDb()
    .update(statements)
    .set({ answers, currentQuestion })
    .where(and(eq(statements.id, statement.id), eq(statements.status, "draft")))
    .run();
  return { ok: true };
}

export function setCurrentQuestion(statement: Statement, currentQuestion: string | null) {
  getDb()
    .update(statements)
    .set({ currentQuestion })
    .where(and(eq(statements.id, statement.id), eq(statements.status, "draft")))
    .run();
}

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
  const urgent = template.isWorry && isUrgent(template, checked.answers);
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
      for (const a of allocated.filter(
        (a) => a.relationship === "iro" || a.relationship === "social_worker",
      )) {
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

/* ---- Readers: IROs and social workers ---- */

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

/** A reader's short reply, shown to the young person with their statement. */
export function replyToStatement(
  request: Request,
  user: SignedIn,
  statementId: string | undefined,
  text: string,
) {
  const statement = findReadableStatement(user, statementId);
  // Replies are to young people; a carer's or parent's form is read, not replied to.
  if (templateOf(statement).audience !== "young_person") throw notFound();
  getDb().transaction((tx) => {
    const reply = tx
      .insert(statementReplies)
      .values({ statementId: statement.id, authorUserId: user.id, text })
      .returning({ id: statementReplies.id })
      .get();
    auditStatement(request, user, "statement_replied", statement, tx);
    // The young person is told a reply is waiting (not what it says). A child with no account
    // has the worker who helped as the row's author, who needs no message.
    if (statement.authorUserId !== statement.helpedBy) {
      notify(
        {
          organisationId: user.organisationId,
          recipientUserId: statement.authorUserId,
          kind: "reply",
          link: `/me/statements/${statement.id}`,
          dedupeKey: `reply:${reply.id}`,
        },
        tx,
      );
    }
  });
}

/** Replies to these statements, oldest first, with who wrote them. */
export function listReplies(statementIds: string[]) {
  if (!statementIds.length) return [];
  return getDb()
    .select({
      statementId: statementReplies.statementId,
      text: statementReplies.text,
      createdAt: statementReplies.createdAt,
      displayName: users.displayName,
    })
    .from(statementReplies)
    .innerJoin(users, eq(users.id, statementReplies.authorUserId))
    .where(inArray(statementReplies.statementId, statementIds))
    .orderBy(statementReplies.createdAt)
    .all();
}

/* ---- Urgent alerts ---- */

/** Open alerts for young people currently allocated to this IRO or social worker. */
export function listOpenAlerts(user: SignedIn) {
  const allocatedIds = listAllocatedYoungPeople(user).map((p) => p.id);
  if (!allocatedIds.length) return [];
  return getDb()
    .select({
      id: urgentAlerts.id,
      statementId: urgentAlerts.statementId,
      raisedAt: urgentAlerts.raisedAt,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
    })
    .from(urgentAlerts)
    .innerJoin(youngPeople, eq(youngPeople.id, urgentAlerts.youngPersonId))
    .where(
      and(
        eq(urgentAlerts.organisationId, user.organisationId),
        isNull(urgentAlerts.acknowledgedAt),
        inArray(urgentAlerts.youngPersonId, allocatedIds),
      ),
    )
    .orderBy(urgentAlerts.raisedAt)
    .all();
}

export function acknowledgeAlert(request: Request, user: SignedIn, alertId: string) {
  const open = listOpenAlerts(user).find((a) => a.id === alertId);
  if (!open) throw notFound();
  getDb().transaction((tx) => {
    tx.update(urgentAlerts)
      .set({ acknowledgedBy: user.id, acknowledgedAt: new Date().toISOString() })
      .where(and(eq(urgentAlerts.id, alertId), isNull(urgentAlerts.acknowledgedAt)))
      .run();
    recordAudit(
      request,
      {
        action: "urgent_alert_acknowledged",
        organisationId: user.organisationId,
        actorUserId: user.id,
        subjectType: "urgent_alert",
        subjectId: alertId,
      },
      tx,
    );
  });
}
