import { readFileSync } from "node:fs";
import { unzipSync, zipSync, strToU8, strFromU8 } from "fflate";
import { z } from "zod";
import type { AudioRecording } from "#db/schema";
import { defaultLanguage, isLanguageCode } from "~/i18n/languages";
import {
  allRecordings,
  currentRecordings,
  recordingPath,
  saveRecording,
} from "./recordings.server";
import { hashesOf, isStringKey, ownStrings } from "./strings.server";

/*
 * Sharing recordings between councils (issue 15): a zip with `manifest.json` (each recording's
 * language, string, the hashes and words it was read from, who and when) and the clips under
 * `clips/`. Importing keeps only the recordings that match this install's strings exactly (the
 * same English and the same translation), and never replaces a current recording of ours unless
 * asked: a recording of other words would read the wrong thing to a child.
 */

export const exchangeFormat = "own-voice-recordings";

const manifestSchema = z.object({
  format: z.literal(exchangeFormat),
  version: z.literal(1),
  exportedAt: z.string(),
  recordings: z.array(
    z.object({
      language: z.string(),
      stringKey: z.string(),
      englishHash: z.string().regex(/^[0-9a-f]{12}$/),
      textHash: z.string().regex(/^[0-9a-f]{12}$/),
      english: z.string(),
      text: z.string(),
      mimeType: z.string(),
      file: z.string().regex(/^clips\/[a-z]{2,3}\/[0-9a-f-]{36}$/),
      recordedByName: z.string(),
      recordedAt: z.string(),
    }),
  ),
});

/** A zip of the current recordings of the languages named (each with the words it reads). */
export function exportRecordings(codes: string[]): { zip: Uint8Array; count: number } {
  const files: Record<string, Uint8Array> = {};
  const entries: z.infer<typeof manifestSchema>["recordings"] = [];
  const english = ownStrings(defaultLanguage);
  for (const code of codes) {
    for (const recording of currentRecordings(code).values()) {
      const file = `clips/${code}/${recording.id}`;
      files[file] = readFileSync(recordingPath(recording.id));
      entries.push({
        language: recording.language,
        stringKey: recording.stringKey,
        englishHash: recording.englishHash,
        textHash: recording.textHash,
        english: english.get(recording.stringKey) ?? "",
        text: ownStrings(code).get(recording.stringKey) ?? "",
        mimeType: recording.mimeType,
        file,
        recordedByName: recording.recordedByName,
        recordedAt: recording.recordedAt,
      });
    }
  }
  const manifest = {
    format: exchangeFormat,
    version: 1,
    exportedAt: new Date().toISOString(),
    recordings: entries,
  };
  files["manifest.json"] = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
  // Opus is already compressed: store the clips, deflate only the manifest.
  return { zip: zipSync(files, { level: 0 }), count: entries.length };
}

export type ImportReport = {
  imported: number;
  /** Recorded from other words than ours (their English or translation differs). */
  differentWords: number;
  /** We already have a current recording of that string (kept; --replace to take theirs). */
  kept: number;
  /** Not a language or string of ours, or not a sound file. */
  refused: number;
};

/** Reads an exported zip into this install. Throws on a file that is not such an export. */
export async function importRecordings(
  zip: Uint8Array,
  options: { replace?: boolean } = {},
): Promise<ImportReport> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch {
    throw new Error("This is not a zip file.");
  }
  const raw = files["manifest.json"];
  if (!raw) throw new Error("This zip has no manifest.json: it is not an export of recordings.");
  const parsed = manifestSchema.safeParse(JSON.parse(strFromU8(raw)));
  if (!parsed.success) throw new Error("manifest.json is not an Own Voice recordings manifest.");
  const report: ImportReport = { imported: 0, differentWords: 0, kept: 0, refused: 0 };
  for (const entry of parsed.data.recordings) {
    const bytes = files[entry.file];
    if (
      !bytes ||
      !isLanguageCode(entry.language) ||
      entry.language === defaultLanguage ||
      !isStringKey(entry.stringKey)
    ) {
      report.refused++;
      continue;
    }
    const ours = hashesOf(entry.language, entry.stringKey);
    if (!ours || ours.englishHash !== entry.englishHash || ours.textHash !== entry.textHash) {
      report.differentWords++;
      continue;
    }
    const existing: AudioRecording | undefined = allRecordings(entry.language).get(entry.stringKey);
    if (existing && currentRecordings(entry.language).has(entry.stringKey) && !options.replace) {
      report.kept++;
      continue;
    }
    const saved = await saveRecording({
      lng: entry.language,
      stringKey: entry.stringKey,
      bytes,
      by: { id: null, name: entry.recordedByName },
      at: entry.recordedAt,
      hashes: { englishHash: entry.englishHash, textHash: entry.textHash },
    });
    if (saved.ok) report.imported++;
    else report.refused++;
  }
  return report;
}
