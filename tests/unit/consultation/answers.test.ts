import { describe, expect, it } from "vitest";
import {
  answerSchemaFor,
  languagesNeedingInterpreter,
  validateAnswers,
} from "~/consultation/answers";
import type { Question } from "~/consultation/template-schema";
import { findTemplate } from "~/consultation/templates";
import { readersFor } from "~/consultation/sharing";
import { detectAudioType, declaredSeconds } from "~/consultation/audio";
import { isUnsafeAnswer, isUrgent } from "~/consultation/urgency";

const ok = (q: Question, v: unknown) => answerSchemaFor(q).safeParse(v).success;
const ready = findTemplate("getting-ready")!;
const question = (id: string) => ready.questions.find((q) => q.id === id)!;

describe("answers are checked against the question", () => {
  it("feelings: one of the five faces", () => {
    expect(ok(question("home"), "feeling-good")).toBe(true);
    expect(ok(question("home"), "feeling-ecstatic")).toBe(false);
  });

  it("yes / no / not sure", () => {
    expect(ok(question("chair"), "not-sure")).toBe(true);
    expect(ok(question("chair"), "maybe")).toBe(false);
  });

  it("pick one: only the question's own options", () => {
    expect(ok(question("where"), "online")).toBe(true);
    expect(ok(question("where"), "music")).toBe(false);
  });

  it("pick several and people: at least one, each once, all offered", () => {
    expect(ok(question("enjoy"), ["music", "art"])).toBe(true);
    expect(ok(question("enjoy"), [])).toBe(false);
    expect(ok(question("enjoy"), ["music", "music"])).toBe(false);
    expect(ok(question("whoAtReview"), ["carer", "teacher"])).toBe(true);
    expect(ok(question("whoAtReview"), ["stranger"])).toBe(false);
  });

  it("rank: up to 3, in order, no repeats", () => {
    expect(ok(question("talkAbout"), ["family", "health", "school"])).toBe(true);
    expect(ok(question("talkAbout"), ["family", "health", "school", "money"])).toBe(false);
    expect(ok(question("talkAbout"), ["family", "family"])).toBe(false);
  });

  it("text: not empty, not too long, with its language", () => {
    expect(ok(question("change"), { text: "More time with my brother", language: "ti" })).toBe(
      true,
    );
    expect(ok(question("change"), { text: "   ", language: "ti" })).toBe(false);
    expect(ok(question("change"), { text: "x".repeat(5001), language: "en" })).toBe(false);
  });

  it("date: a real calendar date", () => {
    expect(ok(question("when"), "2027-02-28")).toBe(true);
    expect(ok(question("when"), "2027-02-31")).toBe(false);
    expect(ok(question("when"), "next week")).toBe(false);
  });

  it("a whole statement: unknown questions are refused", () => {
    expect(validateAnswers(ready, { home: "feeling-good", enjoy: ["music"] }).ok).toBe(true);
    expect(validateAnswers(ready, { home: "feeling-good", hacked: "x" })).toEqual({
      ok: false,
      errors: { hacked: "consultation:errors.unknownQuestion" },
    });
  });

  it("only free text and voice notes need an interpreter", () => {
    const answers = {
      home: "feeling-good",
      change: { text: "ሰላም", language: "ti" },
      anythingElse: { text: "Hi", language: "en" },
    };
    expect(languagesNeedingInterpreter(answers, "en")).toEqual(["ti"]);
  });
});

describe("urgent worries", () => {
  const worried = findTemplate("worried")!;
  it("'not safe right now' is urgent", () => {
    expect(isUrgent(worried, { safeNow: "not-safe" })).toBe(true);
  });
  it("'I'm scared' anywhere it appears is urgent", () => {
    expect(isUrgent(worried, { safeNow: "safe", about: ["school", "scared"] })).toBe(true);
  });
  it("a worry from someone who is safe is not urgent", () => {
    expect(isUrgent(worried, { safeNow: "safe", about: ["school"] })).toBe(false);
    expect(isUrgent(worried, {})).toBe(false);
  });
  it("one answer picking 'not safe' shows help at once; a safe answer does not", () => {
    const safeNow = worried.questions.find((q) => q.id === "safeNow")!;
    expect(isUnsafeAnswer(worried, safeNow, "not-safe")).toBe(true);
    expect(isUnsafeAnswer(worried, safeNow, "safe")).toBe(false);
    expect(isUnsafeAnswer(worried, safeNow, undefined)).toBe(false);
  });
  it("only a worry can be urgent, whatever its codes", () => {
    const notAWorry = { ...worried, isWorry: false };
    expect(isUrgent(notAWorry, { safeNow: "not-safe" })).toBe(false);
  });
});

describe("who reads a statement", () => {
  const allocated = [
    { userId: "iro-1", relationship: "iro" as const },
    { userId: "sw-1", relationship: "social_worker" as const },
    { userId: "carer-1", relationship: "carer" as const },
    { userId: "adv-1", relationship: "advocate" as const },
  ];
  it("my IRO only", () => expect(readersFor("iro", allocated, false)).toEqual(["iro-1"]));
  it("my IRO and my social worker", () =>
    expect(readersFor("iro-and-social-worker", allocated, false)).toEqual(["iro-1", "sw-1"]));
  it("everyone at my review never includes the carer", () =>
    expect(readersFor("everyone-at-review", allocated, false).sort()).toEqual([
      "adv-1",
      "iro-1",
      "sw-1",
    ]));
  it("an urgent worry reaches the social worker and IRO whatever was chosen", () =>
    expect(readersFor("iro", allocated, true).sort()).toEqual(["iro-1", "sw-1"]));
});

describe("voice notes are audio by their bytes", () => {
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(
      parts
        .flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p))
        .concat(Array(40).fill(0)),
    );
  it("recognises WebM, Ogg, WAV, MP4 and MP3", () => {
    expect(detectAudioType(bytes([0x1a, 0x45, 0xdf, 0xa3]))).toBe("audio/webm");
    expect(detectAudioType(bytes("OggS"))).toBe("audio/ogg");
    expect(detectAudioType(bytes("RIFF", [0, 0, 0, 0], "WAVE"))).toBe("audio/wav");
    expect(detectAudioType(bytes([0, 0, 0, 0x20], "ftypM4A "))).toBe("audio/mp4");
    expect(detectAudioType(bytes("ID3"))).toBe("audio/mpeg");
  });
  it("refuses a document renamed to .mp3", () => {
    expect(detectAudioType(bytes("%PDF-1.7"))).toBeNull();
    expect(detectAudioType(bytes("PK", [3, 4]))).toBeNull();
  });
  it("reads a WAV file's length", () => {
    const header = new Uint8Array(44);
    const view = new DataView(header.buffer);
    header.set(
      [..."RIFF"].map((c) => c.charCodeAt(0)),
      0,
    );
    header.set(
      [..."WAVE"].map((c) => c.charCodeAt(0)),
      8,
    );
    header.set(
      [..."fmt "].map((c) => c.charCodeAt(0)),
      12,
    );
    view.setUint32(16, 16, true);
    view.setUint32(28, 16000, true);
    header.set(
      [..."data"].map((c) => c.charCodeAt(0)),
      36,
    );
    view.setUint32(40, 16000 * 400, true);
    expect(declaredSeconds(header, "audio/wav")).toBe(400);
  });
});
