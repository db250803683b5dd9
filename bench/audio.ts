// `npm run bench:audio`: what read aloud costs. For each language with a computer voice, the time
// to generate the computer voice for the safety question ("are you safe right now?") the first
// time and from the cache, and the clip's bytes; then the bytes of a recording as the studio keeps
// it (a three-second WAV, normalised to Ogg Opus). Uses a throw-away data directory.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const dir = mkdtempSync(path.join(tmpdir(), "own-voice-bench-audio-"));
process.env.DATABASE_PATH = path.join(dir, "bench.sqlite");
process.env.SEED_DEMO = "false";
process.env.SESSION_SECRET = "bench-secret-bench-secret-bench-secret-0123";

const { languages } = await import("~/i18n/languages");
const { computerVoiceClip, computerVoiceExists } = await import("~/audio/computer-voice.server");
const { speakableText } = await import("~/audio/strings.server");
const { saveRecording } = await import("~/audio/recordings.server");
const { hasProgram } = await import("~/audio/programs.server");
const { toneWav } = await import("../tests/fixtures/audio");

console.log(
  `espeak-ng: ${hasProgram("espeak-ng") ? "yes" : "missing"}; ffmpeg: ${hasProgram("ffmpeg") ? "yes" : "missing"}`,
);
const key = "consultation:worried.safeNow.text";
const rows = [];
for (const language of languages) {
  if (!computerVoiceExists(language.code)) continue;
  const text = speakableText(language.code, key)!;
  let start = performance.now();
  const first = await computerVoiceClip(language.code, text);
  const firstMs = performance.now() - start;
  start = performance.now();
  await computerVoiceClip(language.code, text);
  const cachedMs = performance.now() - start;
  rows.push({
    language: language.code,
    characters: text.length,
    firstMs: Math.round(firstMs),
    cachedMs: Number(cachedMs.toFixed(2)),
    bytes: first.bytes.length,
    type: first.mimeType,
  });
}
console.table(rows);

const wav = toneWav(3);
const saved = await saveRecording({
  lng: "ti",
  stringKey: key,
  bytes: wav,
  by: { id: null, name: "bench" },
});
if (saved.ok)
  console.log(
    `A 3-second recording: ${wav.length} bytes as WAV, ${saved.recording.bytes} bytes as kept (${saved.recording.mimeType}, normalised: ${saved.recording.normalised})`,
  );
rmSync(dir, { recursive: true, force: true });
