import { eq } from "drizzle-orm";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { audioRecordings, organisations } from "#db/schema";
import { childStringKeys, isChildString } from "~/audio/child-strings.server";
import { computerVoiceClip, computerVoiceOn } from "~/audio/computer-voice.server";
import { exportRecordings, importRecordings } from "~/audio/exchange.server";
import { hasProgram } from "~/audio/programs.server";
import {
  currentRecordings,
  readRecording,
  recordingPath,
  recordingState,
  removeRecording,
  saveRecording,
} from "~/audio/recordings.server";
import { hashesOf, speakableText } from "~/audio/strings.server";
import { detectAudioType } from "~/consultation/audio";
import { dataDirectory } from "~/env.server";
import { buildOrganisation } from "../../fixtures/builders";
import { toneWav } from "../../fixtures/audio";

const by = { id: null, name: "Test translator" };
const key = "consultation:options.yes";

describe("recordings of the strings children read", () => {
  it("are kept normalised as Ogg Opus, under the data directory, and are current", async () => {
    const saved = await saveRecording({ lng: "ti", stringKey: key, bytes: toneWav(1), by });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const file = recordingPath(saved.recording.id);
    expect(file.startsWith(dataDirectory())).toBe(true);
    expect(statSync(file).mode & 0o077).toBe(0);
    if (hasProgram("ffmpeg")) {
      expect(saved.recording.normalised).toBe(true);
      expect(detectAudioType(readRecording(saved.recording.id)!.bytes)).toBe("audio/ogg");
      // 24 kbit/s Opus: a one-second tone is a few kilobytes, far smaller than its WAV.
      expect(saved.recording.bytes).toBeLessThan(toneWav(1).length / 4);
    }
    expect(recordingState(saved.recording)).toBe("current");
    expect(currentRecordings("ti").get(key)?.id).toBe(saved.recording.id);
  });

  it("a new recording replaces the old one and deletes its file at once", async () => {
    const first = await saveRecording({ lng: "om", stringKey: key, bytes: toneWav(1), by });
    const second = await saveRecording({ lng: "om", stringKey: key, bytes: toneWav(2), by });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(existsSync(recordingPath(first.recording.id))).toBe(false);
    expect(existsSync(recordingPath(second.recording.id))).toBe(true);
    const rows = getDb()
      .select()
      .from(audioRecordings)
      .where(eq(audioRecordings.language, "om"))
      .all();
    expect(rows.map((r) => r.id)).toEqual([second.recording.id]);
  });

  it("goes out of date when the English or the translation it was read from changes", async () => {
    const saved = await saveRecording({
      lng: "ti",
      stringKey: "consultation:options.no",
      bytes: toneWav(1),
      by,
      hashes: {
        englishHash: "000000000000",
        textHash: hashesOf("ti", "consultation:options.no")!.textHash,
      },
    });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(recordingState(saved.recording)).toBe("out-of-date");
    expect(currentRecordings("ti").has("consultation:options.no")).toBe(false);
    const changedTranslation = {
      ...saved.recording,
      englishHash: hashesOf("ti", "consultation:options.no")!.englishHash,
      textHash: "111111111111",
    };
    expect(recordingState(changedTranslation)).toBe("out-of-date");
  });

  it("refuses what is not sound, and strings children do not read", async () => {
    expect(
      await saveRecording({
        lng: "ti",
        stringKey: key,
        bytes: new TextEncoder().encode("%PDF-1.7 not audio"),
        by,
      }),
    ).toEqual({ ok: false, error: "notAudio" });
    expect(await saveRecording({ lng: "ti", stringKey: key, bytes: new Uint8Array(), by })).toEqual(
      { ok: false, error: "noRecording" },
    );
    expect(
      await saveRecording({
        lng: "ti",
        stringKey: "consultation:no.such.key",
        bytes: toneWav(1),
        by,
      }),
    ).toEqual({ ok: false, error: "notText" });
    expect(isChildString("people:title")).toBe(false);
    expect(isChildString("consultation:worried.safeNow.text")).toBe(true);
  });

  it("removing a recording removes its file", async () => {
    const saved = await saveRecording({ lng: "ar", stringKey: key, bytes: toneWav(1), by });
    if (!saved.ok) throw new Error("not saved");
    expect(removeRecording("ar", key)).toBe(true);
    expect(existsSync(recordingPath(saved.recording.id))).toBe(false);
    expect(currentRecordings("ar").has(key)).toBe(false);
  });
});

describe("the strings the studio asks for", () => {
  it("start with the help a frightened child needs, and leave out strings with a name in them", () => {
    const keys = childStringKeys();
    expect(keys[0]!.startsWith("common:help.")).toBe(true);
    expect(keys).toContain("consultation:worried.safeNow.text");
    expect(keys).toContain("consultation:options.safe");
    expect(keys.some((k) => k.startsWith("people:"))).toBe(false);
    expect(keys).not.toContain("home:me.greeting"); // "Hello, {{name}}"
    expect(keys.indexOf("common:help.childlineBody")).toBeLessThan(
      keys.indexOf("consultation:getting-ready.home.text"),
    );
  });

  it("a button named by nesting is spoken as the button says", () => {
    const text = speakableText("en", "consultation:ui.voiceRecording");
    expect(text).toContain("Stop");
    expect(text).not.toContain("$t(");
  });
});

describe.runIf(hasProgram("espeak-ng"))("the computer voice", () => {
  it("speaks Oromo once, then serves the same clip from the cache", async () => {
    const text = speakableText("om", "consultation:worried.safeNow.text")!;
    let start = performance.now();
    const first = await computerVoiceClip("om", text);
    const generated = performance.now() - start;
    start = performance.now();
    const second = await computerVoiceClip("om", text);
    const cached = performance.now() - start;
    expect(first.bytes.length).toBeGreaterThan(1000);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect(detectAudioType(first.bytes)).toBe(hasProgram("ffmpeg") ? "audio/ogg" : "audio/wav");
    expect(existsSync(path.join(dataDirectory(), "audio", "computer", "om"))).toBe(true);
    expect(cached).toBeLessThan(generated);
  });

  it("exists where eSpeak NG has a voice, and a council can switch it off per language", () => {
    const organisationId = buildOrganisation();
    expect(computerVoiceOn("om", organisationId)).toBe(true);
    expect(computerVoiceOn("ti", organisationId)).toBe(false);
    expect(computerVoiceOn("so", organisationId)).toBe(false);
    getDb()
      .update(organisations)
      .set({ computerVoiceOff: ["om"] })
      .where(eq(organisations.id, organisationId))
      .run();
    expect(computerVoiceOn("om", organisationId)).toBe(false);
    expect(computerVoiceOn("ar", organisationId)).toBe(true);
    expect(computerVoiceOn("om", null)).toBe(true);
  });
});

describe("sharing recordings with another council", () => {
  it("exports current recordings and imports only those of exactly our words", async () => {
    const saved = await saveRecording({
      lng: "ti",
      stringKey: "consultation:options.not-sure",
      bytes: toneWav(1),
      by: { id: null, name: "Council A" },
    });
    expect(saved.ok).toBe(true);
    const { zip, count } = exportRecordings(["ti"]);
    expect(count).toBe(currentRecordings("ti").size);

    // "Another install": nothing recorded yet.
    getDb().delete(audioRecordings).run();
    const report = await importRecordings(zip);
    expect(report.imported).toBe(count);
    expect(currentRecordings("ti").get("consultation:options.not-sure")?.recordedByName).toBe(
      "Council A",
    );

    // Again: we now have our own, kept unless asked to replace.
    expect((await importRecordings(zip)).kept).toBe(count);
    expect((await importRecordings(zip, { replace: true })).imported).toBe(count);
  });

  it("refuses a file that is not an export", async () => {
    await expect(importRecordings(new TextEncoder().encode("not a zip"))).rejects.toThrow(/zip/);
  });
});
