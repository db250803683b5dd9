import { and, eq } from "drizzle-orm";
import { rmSync } from "node:fs";
import path from "node:path";
import { getDb } from "#db/db.server";
import { audioRecordings, type AudioRecording } from "#db/schema";
import { dataDirectory } from "~/env.server";
import { prepareClip, readClipFile, writeClipFile, type ClipError } from "./clip-files.server";
import { hashesOf } from "./strings.server";

/*
 * People's recordings of the strings children read (the recording studio). One per string and
 * language for the whole install; current while the English and the translation it was read from
 * are unchanged, out of date (never played) once either changes. A new recording replaces the old
 * one and its file at once.
 */

export function recordingsDir(): string {
  return path.join(dataDirectory(), "audio", "recordings");
}

export function recordingPath(id: string): string {
  return path.join(recordingsDir(), id);
}

export type RecordingState = "current" | "out-of-date";

/** Whether a recording still matches today's English and translation. */
export function recordingState(recording: AudioRecording): RecordingState {
  const now = hashesOf(recording.language, recording.stringKey);
  return now && now.englishHash === recording.englishHash && now.textHash === recording.textHash
    ? "current"
    : "out-of-date";
}

/**
 * The current recordings of a language, by "ns:key". Read afresh each time (one indexed query of
 * a few hundred rows; the hashes are computed once per process), so a recording saved, removed or
 * imported by another process is heard at once.
 */
export function currentRecordings(lng: string): Map<string, AudioRecording> {
  const rows = getDb()
    .select()
    .from(audioRecordings)
    .where(eq(audioRecordings.language, lng))
    .all();
  return new Map(rows.filter((r) => recordingState(r) === "current").map((r) => [r.stringKey, r]));
}

/** Every recording of every language, by language then "ns:key" (one query, for /translate). */
export function recordingsByLanguage(): Map<string, Map<string, AudioRecording>> {
  const out = new Map<string, Map<string, AudioRecording>>();
  for (const row of getDb().select().from(audioRecordings).all()) {
    let forLanguage = out.get(row.language);
    if (!forLanguage) out.set(row.language, (forLanguage = new Map()));
    forLanguage.set(row.stringKey, row);
  }
  return out;
}

/** Every recording of a language, current or not (the studio shows both). */
export function allRecordings(lng: string): Map<string, AudioRecording> {
  const rows = getDb()
    .select()
    .from(audioRecordings)
    .where(eq(audioRecordings.language, lng))
    .all();
  return new Map(rows.map((r) => [r.stringKey, r]));
}

export type SaveResult = { ok: true; recording: AudioRecording } | { ok: false; error: ClipError };

/**
 * Keeps a recording of `stringKey` in `lng`, normalised to Ogg Opus where FFmpeg is installed,
 * tied to today's hashes. Replaces (and deletes) any earlier recording of the same string.
 */
export async function saveRecording(input: {
  lng: string;
  stringKey: string;
  bytes: Uint8Array;
  by: { id: string | null; name: string };
  at?: string;
  /** An imported recording keeps the hashes it was made with (it may be out of date here). */
  hashes?: { englishHash: string; textHash: string };
}): Promise<SaveResult> {
  const { lng, stringKey } = input;
  const hashes = input.hashes ?? hashesOf(lng, stringKey);
  const prepared = await prepareClip(input.bytes, { alreadyNormalised: !!input.hashes });
  if (!prepared.ok) return prepared;
  if (!hashes) return { ok: false, error: "notText" };
  const { speech } = prepared;
  const db = getDb();
  const previous = db
    .select({ id: audioRecordings.id })
    .from(audioRecordings)
    .where(and(eq(audioRecordings.language, lng), eq(audioRecordings.stringKey, stringKey)))
    .get();
  const recording = db.transaction((tx) => {
    if (previous) tx.delete(audioRecordings).where(eq(audioRecordings.id, previous.id)).run();
    return tx
      .insert(audioRecordings)
      .values({
        language: lng,
        stringKey,
        englishHash: hashes.englishHash,
        textHash: hashes.textHash,
        mimeType: speech.mimeType,
        bytes: speech.bytes.length,
        normalised: speech.normalised,
        recordedBy: input.by.id,
        recordedByName: input.by.name,
        recordedAt: input.at ?? new Date().toISOString(),
      })
      .returning()
      .get();
  });
  writeClipFile(recordingPath(recording.id), speech.bytes);
  if (previous) rmSync(recordingPath(previous.id), { force: true });
  return { ok: true, recording };
}

/** Removes a string's recording and its file. */
export function removeRecording(lng: string, stringKey: string): boolean {
  const removed = getDb()
    .delete(audioRecordings)
    .where(and(eq(audioRecordings.language, lng), eq(audioRecordings.stringKey, stringKey)))
    .returning({ id: audioRecordings.id })
    .get();
  if (removed) rmSync(recordingPath(removed.id), { force: true });
  return !!removed;
}

/** A recording's file, or null where the row or the file is gone. */
export function readRecording(
  id: string,
): { bytes: Uint8Array<ArrayBuffer>; mimeType: string } | null {
  const row = getDb().select().from(audioRecordings).where(eq(audioRecordings.id, id)).get();
  return row ? readClipFile(recordingPath(row.id), row.mimeType) : null;
}
