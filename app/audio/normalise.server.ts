import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { hasProgram, runWithInput } from "./programs.server";

/**
 * One compact format for every clip a child hears: Ogg Opus, mono, 48 kHz, 24 kbit/s (speech at
 * phone quality is clear at this rate; a ten-second clip is about 30 KB). FFmpeg trims the silence
 * at both ends and evens out the loudness (EBU R128, -16 LUFS, as podcasts use), so every recorded
 * voice plays at the same level beside the computer voice.
 */
const filters = [
  "silenceremove=start_periods=1:start_threshold=-50dB:start_silence=0.1",
  "areverse",
  "silenceremove=start_periods=1:start_threshold=-50dB:start_silence=0.1",
  "areverse",
  "loudnorm=I=-16:TP=-1.5:LRA=11",
].join(",");

const speechMimeType = "audio/ogg";

export type Speech = { bytes: Uint8Array; mimeType: string; normalised: boolean };

/**
 * A recording (WebM, Ogg, MP4, MP3 or WAV) as normalised Ogg Opus; as it came where FFmpeg is not
 * installed (`normalised: false`). Throws where FFmpeg cannot read it as sound.
 */
export async function normaliseSpeech(bytes: Uint8Array, mimeType: string): Promise<Speech> {
  if (!hasProgram("ffmpeg")) return { bytes, mimeType, normalised: false };
  // A file, not a pipe: an MP4 from a phone keeps its index at the end, which a pipe cannot reach.
  const dir = await mkdtemp(path.join(tmpdir(), "own-voice-audio-"));
  try {
    const input = path.join(dir, "input");
    await writeFile(input, bytes);
    const out = await runWithInput(
      "ffmpeg",
      [
        ...["-hide_banner", "-loglevel", "error", "-i", input, "-vn", "-af", filters],
        ...["-ac", "1", "-ar", "48000", "-c:a", "libopus", "-b:a", "24k", "-f", "ogg", "pipe:1"],
      ],
      "",
    );
    if (out.length === 0) throw new Error("ffmpeg wrote no sound");
    return { bytes: new Uint8Array(out), mimeType: speechMimeType, normalised: true };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
