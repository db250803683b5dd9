import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { getDb, type Tx } from "#db/db.server";
import {
  interpreterRequests,
  pendingAnswers,
  statementReplies,
  statements,
  statementWithdrawals,
  users,
  voiceNotes,
} from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { deleteVoiceNoteFiles } from "~/consultation/voice-notes.server";
import { getYoungPersonRecord } from "~/young-people/records.server";

/*
 * Erasure where the law requires it (issue 17): a statement's or a voice note's content is
 * replaced by a tombstone (when, by whom, why). Readers see that it was erased; the audit keeps
 * the fact and never the words. Issued letters are never erased: they are corrected by a new
 * version (app/letters/issue.server.ts).
 *
 * What goes with a statement's words, and why:
 * - its answers (set to {}) and any answer kept after a session ended (pending_answers);
 * - its voice notes' files (the rows stay, marked erased, so readers see the tombstone);
 * - an interpreter's translation of it: the same words in another language;
 * - the replies staff sent about it: they answer the child's words, often repeat them ("thank
 *   you for telling me about ..."), and mean nothing without them. The audit still says a reply
 *   was sent, by whom and when.
 * What stays: who it was shared with and who opened it (no words; the child's "who read it"),
 * an urgent alert's fact (a safeguarding record), and the statement row itself.
 */

/** The reason retention writes: readers see "under the council's retention rules". */
export const retentionReason = "retention";

export type Erasure = { at: string; by: string | null; reason: string };

/**
 * Replaces a statement's content by the tombstone, inside the caller's transaction. Returns the
 * voice notes whose files must go once the transaction has committed; nothing when it was
 * already erased (erasing twice changes nothing).
 */
export function eraseStatementContent(tx: Tx, statementId: string, erasure: Erasure): string[] {
  const erased = tx
    .update(statements)
    .set({
      answers: {},
      currentQuestion: null,
      erasedAt: erasure.at,
      erasedBy: erasure.by,
      erasedReason: erasure.reason,
    })
    .where(and(eq(statements.id, statementId), isNull(statements.erasedAt)))
    .run().changes;
  if (!erased) return [];
  tx.delete(pendingAnswers).where(eq(pendingAnswers.statementId, statementId)).run();
  tx.delete(statementReplies).where(eq(statementReplies.statementId, statementId)).run();
  tx.update(interpreterRequests)
    .set({ translation: null })
    .where(eq(interpreterRequests.statementId, statementId))
    .run();
  return tx
    .update(voiceNotes)
    .set({ erasedAt: erasure.at, erasedBy: erasure.by, erasedReason: erasure.reason })
    .where(and(eq(voiceNotes.statementId, statementId), isNull(voiceNotes.erasedAt)))
    .returning({ id: voiceNotes.id })
    .all()
    .map((v) => v.id);
}

/** A young person's sent statements and their voice notes, for the administrator's erase links. */
export function listErasableStatements(admin: SignedIn, youngPersonId: string | undefined) {
  const record = getYoungPersonRecord(admin, youngPersonId);
  const db = getDb();
  const rows = db
    .select({
      id: statements.id,
      templateId: statements.templateId,
      submittedAt: statements.submittedAt,
      erasedAt: statements.erasedAt,
      withdrawnAt: statementWithdrawals.at,
    })
    .from(statements)
    .leftJoin(statementWithdrawals, eq(statementWithdrawals.statementId, statements.id))
    .where(and(eq(statements.youngPersonId, record.id), eq(statements.status, "submitted")))
    .orderBy(desc(statements.submittedAt))
    .all();
  const notes = rows.length
    ? db
        .select({
          id: voiceNotes.id,
          statementId: voiceNotes.statementId,
          questionId: voiceNotes.questionId,
          erasedAt: voiceNotes.erasedAt,
        })
        .from(voiceNotes)
        .where(
          inArray(
            voiceNotes.statementId,
            rows.map((r) => r.id),
          ),
        )
        .all()
    : [];
  return rows.map((r) => ({ ...r, voiceNotes: notes.filter((n) => n.statementId === r.id) }));
}

/** One sent statement of this young person, in the administrator's organisation, or 404. */
export function getErasableStatement(
  admin: SignedIn,
  youngPersonId: string | undefined,
  statementId: string | undefined,
) {
  const record = getYoungPersonRecord(admin, youngPersonId);
  const row = getDb()
    .select()
    .from(statements)
    .where(
      and(
        eq(statements.id, statementId ?? ""),
        eq(statements.youngPersonId, record.id),
        eq(statements.status, "submitted"),
      ),
    )
    .get();
  if (!row) throw notFound();
  return { record, statement: row };
}

/** A voice note of this statement, or 404. */
export function getErasableVoiceNote(statementId: string, voiceNoteId: string | undefined) {
  const row = getDb()
    .select()
    .from(voiceNotes)
    .where(and(eq(voiceNotes.id, voiceNoteId ?? ""), eq(voiceNotes.statementId, statementId)))
    .get();
  if (!row) throw notFound();
  return row;
}

/** An administrator erases a sent statement, with a reason. Idempotent: twice is once. */
export function eraseStatement(
  request: Request,
  admin: SignedIn,
  statement: { id: string; youngPersonId: string },
  reason: string,
): boolean {
  const at = new Date().toISOString();
  const files = getDb().transaction((tx) => {
    const gone = eraseStatementContent(tx, statement.id, { at, by: admin.id, reason });
    const erased = tx
      .select({ erasedAt: statements.erasedAt })
      .from(statements)
      .where(eq(statements.id, statement.id))
      .get();
    if (erased?.erasedAt !== at) return null;
    recordAudit(
      request,
      {
        action: "statement_erased",
        organisationId: admin.organisationId,
        actorUserId: admin.id,
        subjectType: "statement",
        subjectId: statement.id,
        youngPersonId: statement.youngPersonId,
      },
      tx,
    );
    return gone;
  });
  if (files) deleteVoiceNoteFiles(files);
  return files !== null;
}

/** An administrator erases one voice note (its file), with a reason. Idempotent. */
export function eraseVoiceNote(
  request: Request,
  admin: SignedIn,
  statement: { id: string; youngPersonId: string },
  voiceNoteId: string,
  reason: string,
): boolean {
  const erased = getDb().transaction((tx) => {
    const changed = tx
      .update(voiceNotes)
      .set({ erasedAt: new Date().toISOString(), erasedBy: admin.id, erasedReason: reason })
      .where(
        and(
          eq(voiceNotes.id, voiceNoteId),
          eq(voiceNotes.statementId, statement.id),
          isNull(voiceNotes.erasedAt),
        ),
      )
      .run().changes;
    if (!changed) return false;
    recordAudit(
      request,
      {
        action: "voice_note_erased",
        organisationId: admin.organisationId,
        actorUserId: admin.id,
        subjectType: "voice_note",
        subjectId: voiceNoteId,
        youngPersonId: statement.youngPersonId,
      },
      tx,
    );
    return true;
  });
  if (erased) deleteVoiceNoteFiles([voiceNoteId]);
  return erased;
}

/** Who erased, by id, for the tombstones on a page. */
export function eraserNames(ids: readonly (string | null)[]): Map<string, string> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (!wanted.length) return new Map();
  return new Map(
    getDb()
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(inArray(users.id, wanted))
      .all()
      .map((u) => [u.id, u.name]),
  );
}
