import { and, desc, eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { statements, type Statement } from "#db/schema";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { getYoungPersonAccount } from "~/young-people/young-people.server";
import { answerSchemaFor, type Answer, type Answers } from "./answers";
import { ownStatementScope } from "./own-statements.server";
import type { Template } from "./template-schema";
import { templateOf } from "./templates";
import { deleteVoiceNotes } from "./voice-notes.server";

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
  const saved = getDb()
    .update(statements)
    .set({ answers, currentQuestion })
    .where(and(eq(statements.id, statement.id), eq(statements.status, "draft")))
    .run().changes;
  // A recording replaced by another (or taken out) is no longer the child's answer: it goes at once.
  const before = (statement.answers as Record<string, { voiceNoteId?: string } | undefined>)[
    questionId
  ]?.voiceNoteId;
  const after = (answers[questionId] as { voiceNoteId?: string } | undefined)?.voiceNoteId;
  if (saved && before && before !== after) deleteVoiceNotes(statement.id, [before]);
  return { ok: true };
}

export function setCurrentQuestion(statement: Statement, currentQuestion: string | null) {
  getDb()
    .update(statements)
    .set({ currentQuestion })
    .where(and(eq(statements.id, statement.id), eq(statements.status, "draft")))
    .run();
}
