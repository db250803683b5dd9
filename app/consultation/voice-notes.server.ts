import { and, eq, inArray, isNull } from "drizzle-orm";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { getDb } from "#db/db.server";
import { voiceNotes, type Statement } from "#db/schema";
import { dataDirectory } from "~/env.server";
import { writePrivateFile } from "~/files/private-file.server";
import { declaredSeconds, detectAudioType, maxVoiceNoteBytes, maxVoiceNoteSeconds } from "./audio";

/** Voice notes live beside the database, never under public/: they are served only after an access check. */
function voiceNoteDir(): string {
  return path.join(dataDirectory(), "voice-notes");
}

export type VoiceNoteResult = { ok: true; id: string } | { ok: false; error: string };

export async function storeVoiceNote(
  statement: Statement,
  questionId: string,
  file: File,
  language: string,
): Promise<VoiceNoteResult> {
  if (file.size === 0) return { ok: false, error: "consultation:errors.voiceEmpty" };
  if (file.size > maxVoiceNoteBytes) return { ok: false, error: "consultation:errors.voiceTooBig" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = detectAudioType(bytes);
  if (!type) return { ok: false, error: "consultation:errors.voiceNotAudio" };
  const seconds = declaredSeconds(bytes, type);
  if (seconds !== null && seconds > maxVoiceNoteSeconds)
    return { ok: false, error: "consultation:errors.voiceTooLong" };
  const row = getDb()
    .insert(voiceNotes)
    .values({
      organisationId: statement.organisationId,
      statementId: statement.id,
      questionId,
      mimeType: type,
      bytes: bytes.length,
      language,
    })
    .returning({ id: voiceNotes.id })
    .get();
  writePrivateFile(path.join(voiceNoteDir(), row.id), bytes);
  return { ok: true, id: row.id };
}

/** The file of a voice note that belongs to this statement (the caller has checked access to it). */
export function readVoiceNote(statementId: string, voiceNoteId: string) {
  const row = getDb()
    .select()
    .from(voiceNotes)
    .where(
      and(
        eq(voiceNotes.id, voiceNoteId),
        eq(voiceNotes.statementId, statementId),
        // An erased recording has no file any more: its readers see the tombstone instead.
        isNull(voiceNotes.erasedAt),
      ),
    )
    .get();
  if (!row) return null;
  return { mimeType: row.mimeType, bytes: readFileSync(path.join(voiceNoteDir(), row.id)) };
}

/**
 * Deletes voice-note files (erasure and retention). A file already gone is fine: deleting is
 * what was wanted, and a second run must not fail on it.
 */
export function deleteVoiceNoteFiles(voiceNoteIds: readonly string[]) {
  for (const id of voiceNoteIds) rmSync(path.join(voiceNoteDir(), id), { force: true });
}

/** Removes recordings of this statement, row and file (a replaced recording, a deleted draft). */
export function deleteVoiceNotes(statementId: string, voiceNoteIds: readonly string[]) {
  if (!voiceNoteIds.length) return;
  getDb()
    .delete(voiceNotes)
    .where(and(eq(voiceNotes.statementId, statementId), inArray(voiceNotes.id, [...voiceNoteIds])))
    .run();
  deleteVoiceNoteFiles(voiceNoteIds);
}
