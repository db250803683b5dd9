import { and, eq } from "drizzle-orm";
import { rmSync } from "node:fs";
import path from "node:path";
import { getDb } from "#db/db.server";
import { letterRecordings, type LetterFields, type LetterRecording } from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { dataDirectory } from "~/env.server";
import { englishHash } from "~/i18n/translation-status.server";
import { letterForTranslator } from "~/letters/translation.server";
import type { RenderedLetter } from "~/letters/render";
import { computerVoiceOn } from "./computer-voice.server";
import { prepareClip, readClipFile, writeClipFile, type ClipError } from "./clip-files.server";
import type { ServerAudio } from "./sources";

/*
 * Letters spoken (issue 15): before a letter is issued, its translator may record each translated
 * part. A part's recording is tied to the hash of the words read, so a part changed afterwards is
 * not played. The child's letter page plays a section from the recordings when every part of it
 * is recorded; otherwise the computer voice reads the whole section, where the language has one.
 */

function letterRecordingsDir() {
  return path.join(dataDirectory(), "audio", "letters");
}

export function letterRecordingPath(id: string) {
  return path.join(letterRecordingsDir(), id);
}

/** The recordings of one letter, by part key. */
export function recordingsOfLetter(letterId: string): Map<string, LetterRecording> {
  const rows = getDb()
    .select()
    .from(letterRecordings)
    .where(eq(letterRecordings.letterId, letterId))
    .all();
  return new Map(rows.map((r) => [r.section, r]));
}

/** The translator records one saved part of a letter waiting for their translation. */
export async function saveLetterRecording(
  user: SignedIn,
  letterId: string | undefined,
  part: string,
  bytes: Uint8Array,
): Promise<{ ok: true } | { ok: false; error: ClipError }> {
  const { letter } = letterForTranslator(user, letterId);
  const text = letter.translation[part]?.trim();
  if (!text) return { ok: false, error: "notText" };
  const prepared = await prepareClip(bytes);
  if (!prepared.ok) return prepared;
  const { speech } = prepared;
  const db = getDb();
  const previous = db
    .select({ id: letterRecordings.id })
    .from(letterRecordings)
    .where(and(eq(letterRecordings.letterId, letter.id), eq(letterRecordings.section, part)))
    .get();
  const row = db.transaction((tx) => {
    if (previous) tx.delete(letterRecordings).where(eq(letterRecordings.id, previous.id)).run();
    return tx
      .insert(letterRecordings)
      .values({
        organisationId: user.organisationId,
        letterId: letter.id,
        section: part,
        textHash: englishHash(text),
        mimeType: speech.mimeType,
        bytes: speech.bytes.length,
        normalised: speech.normalised,
        recordedBy: user.id,
      })
      .returning({ id: letterRecordings.id })
      .get();
  });
  writeClipFile(letterRecordingPath(row.id), speech.bytes);
  if (previous) rmSync(letterRecordingPath(previous.id), { force: true });
  return { ok: true };
}

/** Is this part's recording of the words it now has? */
export function recordingIsCurrent(
  recording: LetterRecording | undefined,
  text: string | undefined,
) {
  return !!recording && !!text?.trim() && recording.textHash === englishHash(text.trim());
}

/** The parts of the translation whose words appear in a section. */
export function partsOfSection(sectionId: string, translation: LetterFields): string[] {
  if (sectionId !== "decided") return translation[sectionId]?.trim() ? [sectionId] : [];
  return Object.keys(translation)
    .filter((key) => /^decided\.\d+\.(text|who)$/.test(key) && translation[key]!.trim())
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}

/**
 * What the letter page plays for each section: the translator's recordings (all parts recorded),
 * else the computer voice, else nothing from the server (the browser's voice, or "no audio").
 */
export function letterAudio(input: {
  letterId: string;
  number: number;
  organisationId: string;
  translation: LetterFields;
  letter: RenderedLetter;
  inTranslation: boolean;
}): Record<string, ServerAudio | null> {
  const recordings = input.inTranslation ? recordingsOfLetter(input.letterId) : new Map();
  const computer = computerVoiceOn(input.letter.lang, input.organisationId);
  const base = `/me/letters/${input.letterId}/audio/${input.number}`;
  return Object.fromEntries(
    input.letter.sections.map((section) => {
      const parts = input.inTranslation ? partsOfSection(section.id, input.translation) : [];
      const recorded = parts.map((part) => recordings.get(part));
      if (
        parts.length &&
        recorded.every((r, i) => recordingIsCurrent(r, input.translation[parts[i]!]))
      )
        return [
          section.id,
          {
            kind: "recording",
            urls: recorded.map((r) => `${base}/part/${r!.id}`),
          } satisfies ServerAudio,
        ];
      if (computer)
        return [
          section.id,
          {
            kind: "computer",
            urls: [`${base}/section/${section.id}${input.inTranslation ? "" : "?in=en"}`],
          } satisfies ServerAudio,
        ];
      return [section.id, null];
    }),
  );
}

/** A letter recording's file, if it belongs to this letter. */
export function readLetterRecording(letterId: string, id: string) {
  const row = getDb()
    .select()
    .from(letterRecordings)
    .where(and(eq(letterRecordings.id, id), eq(letterRecordings.letterId, letterId)))
    .get();
  return row ? readClipFile(letterRecordingPath(row.id), row.mimeType) : null;
}
