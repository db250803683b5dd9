import type { LoaderFunctionArgs } from "@remix-run/node";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { statementReaders, statements, statementWithdrawals } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { notFound, requireUser } from "~/auth/require-user.server";
import { readVoiceNote } from "~/consultation/voice-notes.server";
import { listCurrentAllocations } from "~/young-people/young-people.server";

/**
 * A voice note, only for the young person who recorded it and the statement's readers (while the
 * young person is still allocated to them and has not taken it back). Never cached by shared caches.
 */
export function loader({ request, params }: LoaderFunctionArgs) {
  // Together mode may play back the child's own recording, and nothing else.
  const user = requireUser(request, { together: true });
  const db = getDb();
  const statement = db
    .select()
    .from(statements)
    .where(
      and(
        eq(statements.id, params.statementId ?? ""),
        eq(statements.organisationId, user.organisationId),
      ),
    )
    .get();
  if (!statement) throw notFound();
  if (user.togetherYoungPersonId && statement.youngPersonId !== user.togetherYoungPersonId)
    throw notFound();
  const isAuthor = statement.authorUserId === user.id;
  if (!isAuthor) {
    const reader = db
      .select({ userId: statementReaders.userId })
      .from(statementReaders)
      .leftJoin(
        statementWithdrawals,
        eq(statementWithdrawals.statementId, statementReaders.statementId),
      )
      .where(
        and(
          eq(statementReaders.statementId, statement.id),
          eq(statementReaders.userId, user.id),
          isNull(statementWithdrawals.statementId),
        ),
      )
      .get();
    const allocated = listCurrentAllocations(statement.youngPersonId).some(
      (a) => a.userId === user.id,
    );
    if (!reader || !allocated || statement.status !== "submitted") throw notFound();
  }
  const note = readVoiceNote(statement.id, params.voiceNoteId ?? "");
  if (!note) throw notFound();
  if (!isAuthor) {
    recordAudit(request, {
      action: "voice_note_played",
      organisationId: user.organisationId,
      actorUserId: user.id,
      subjectType: "voice_note",
      subjectId: params.voiceNoteId,
      youngPersonId: statement.youngPersonId,
    });
  }
  return new Response(note.bytes, {
    headers: {
      "Content-Type": note.mimeType,
      "Content-Length": String(note.bytes.length),
      "Cache-Control": "private, no-store",
      "Content-Disposition": "inline",
    },
  });
}
