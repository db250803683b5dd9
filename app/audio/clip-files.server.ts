import { existsSync, readFileSync } from "node:fs";
import { writePrivateFile } from "~/files/private-file.server";
import { detectAudioType } from "~/consultation/audio";
import { normaliseSpeech, type Speech } from "./normalise.server";

/*
 * What every recorded clip goes through, the studio's and a letter's alike: checked as sound from
 * its own bytes, normalised, and written so that a reader never sees half a file and nobody but
 * the service's user can read it.
 */

/** A studio clip: one sentence or a short paragraph. */
export const maxClipBytes = 5 * 1024 * 1024;

export type ClipError = "noRecording" | "notAudio" | "tooBig" | "notText";

/** The message each refusal shows beside the recorder (the studio's and a letter's). */
export const clipErrorKeys: Record<ClipError, string> = {
  noRecording: "staff:studio.noRecording",
  notAudio: "staff:studio.notAudio",
  tooBig: "staff:studio.notAudio",
  notText: "staff:studio.notText",
};

/**
 * A recording checked and normalised (Ogg Opus where FFmpeg is installed). `alreadyNormalised`:
 * an Ogg clip exported by another Own Voice is kept as it is.
 */
export async function prepareClip(
  bytes: Uint8Array,
  options: { alreadyNormalised?: boolean } = {},
): Promise<{ ok: true; speech: Speech } | { ok: false; error: ClipError }> {
  if (bytes.length === 0) return { ok: false, error: "noRecording" };
  if (bytes.length > maxClipBytes) return { ok: false, error: "tooBig" };
  const type = detectAudioType(bytes);
  if (!type) return { ok: false, error: "notAudio" };
  if (type === "audio/ogg" && options.alreadyNormalised)
    return { ok: true, speech: { bytes, mimeType: type, normalised: true } };
  try {
    return { ok: true, speech: await normaliseSpeech(bytes, type) };
  } catch {
    return { ok: false, error: "notAudio" };
  }
}

/** Writes a file aside and renames it into place, readable by the service's user only. */
export const writeClipFile = writePrivateFile;

/** A clip's bytes, or null where its file is gone. */
export function readClipFile(
  file: string,
  mimeType: string,
): { bytes: Uint8Array<ArrayBuffer>; mimeType: string } | null {
  if (!existsSync(file)) return null;
  return { bytes: new Uint8Array(readFileSync(file)), mimeType };
}
