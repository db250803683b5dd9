import type { LoaderFunctionArgs } from "@remix-run/node";
import { recordAudit } from "~/audit/audit.server";
import { notFound, requireUser } from "~/auth/require-user.server";
import { getStatementToRead } from "~/consultation/reading.server";
import { readVoiceNote } from "~/consultation/voice-notes.server";

/**
 * A voice note, for whoever may read its statement: the same rule as the reading views. Playing
 * one as a reader is audited. Never cached by shared caches.
 */
export function loader({ request, params }: LoaderFunctionArgs) {
  // Together mode may play back the child's recording in the draft they are filling in.
  const user = requireUser(request, { together: true });
  const { statement, asReader } = getStatementToRead(user, params.statementId);
  const note = readVoiceNote(statement.id, params.voiceNoteId ?? "");
  if (!note) throw notFound();
  if (asReader) {
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
