import { and, eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { interpreterRequests, users } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { answersNeedingInterpreter, type Answers } from "./answers";
import { findReadableStatement } from "./reading.server";

/** Interpreter requests on one statement, with who asked and who did it. */
export function listInterpreting(statementId: string) {
  return getDb()
    .select({
      questionId: interpreterRequests.questionId,
      language: interpreterRequests.language,
      requestedAt: interpreterRequests.requestedAt,
      translation: interpreterRequests.translation,
      doneAt: interpreterRequests.doneAt,
      doneBy: users.displayName,
    })
    .from(interpreterRequests)
    .leftJoin(users, eq(users.id, interpreterRequests.doneBy))
    .where(eq(interpreterRequests.statementId, statementId))
    .all();
}

function auditInterpreting(
  request: Request,
  user: SignedIn,
  action: "interpreter_requested" | "interpreter_done",
  statement: { id: string; youngPersonId: string },
) {
  recordAudit(request, {
    action,
    organisationId: user.organisationId,
    actorUserId: user.id,
    subjectType: "statement",
    subjectId: statement.id,
    youngPersonId: statement.youngPersonId,
  });
}

/** A reader asks for one answer to be interpreted. Asking twice changes nothing. */
export function requestInterpreter(
  request: Request,
  user: SignedIn,
  statementId: string | undefined,
  questionId: string,
) {
  const statement = findReadableStatement(user, statementId);
  const need = answersNeedingInterpreter(statement.answers as Answers, "").find(
    (a) => a.questionId === questionId,
  );
  if (!need) throw notFound();
  getDb()
    .insert(interpreterRequests)
    .values({
      organisationId: user.organisationId,
      statementId: statement.id,
      questionId,
      language: need.language,
      requestedBy: user.id,
    })
    .onConflictDoNothing()
    .run();
  auditInterpreting(request, user, "interpreter_requested", statement);
}

/**
 * The interpreter's words are stored beside the original answer (never replacing it), and the
 * request is marked done.
 */
export function recordInterpretation(
  request: Request,
  user: SignedIn,
  statementId: string | undefined,
  questionId: string,
  translation: string,
) {
  const statement = findReadableStatement(user, statementId);
  const updated = getDb()
    .update(interpreterRequests)
    .set({ translation, doneBy: user.id, doneAt: new Date().toISOString() })
    .where(
      and(
        eq(interpreterRequests.statementId, statement.id),
        eq(interpreterRequests.questionId, questionId),
      ),
    )
    .run();
  if (updated.changes !== 1) throw notFound();
  auditInterpreting(request, user, "interpreter_done", statement);
}
