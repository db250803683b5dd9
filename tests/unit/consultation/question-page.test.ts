import { describe, expect, it } from "vitest";
import { parseQuestionPost } from "~/consultation/question-page.server";

const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

describe("a question page's buttons", () => {
  it("skip from the check page goes back to the check page", () => {
    expect(parseQuestionPost(form({ intent: "skip", from: "check" }))).toEqual({
      intent: "skip",
      fromCheck: true,
    });
  });
  it("a post without a button, or with one the page does not have, is 'Next'", () => {
    expect(parseQuestionPost(form({ answer: "yes" })).intent).toBe("next");
    expect(parseQuestionPost(form({ intent: "delete-everything" })).intent).toBe("next");
  });
  it("'Back' carries a recorded voice note; an empty file field is no voice note", () => {
    const note = new File([new Uint8Array([1, 2, 3])], "voice-note", { type: "audio/webm" });
    const back = parseQuestionPost(form({ intent: "back", voiceNote: note }));
    expect(back.intent === "back" && back.voiceNote?.size).toBe(3);
    const next = parseQuestionPost(form({ intent: "next", voiceNote: new File([], "empty") }));
    expect(next).toEqual({ intent: "next", fromCheck: false, voiceNote: undefined });
  });
});
