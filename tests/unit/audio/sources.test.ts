import { describe, expect, it } from "vitest";
import { chooseVoice, serverAudio, stringAudioUrl } from "~/audio/sources";

describe("which voice reads to a child", () => {
  const recorded = { recording: "/audio/ti/a?v=1", computer: null };
  const computer = { recording: null, computer: "/audio/om/a?v=cv" };
  const neither = { recording: null, computer: null };

  it("a person's recording first, even where a computer voice exists", () => {
    expect(serverAudio([{ recording: "/audio/om/a?v=1", computer: "/audio/om/a?v=cv" }])).toEqual({
      kind: "recording",
      urls: ["/audio/om/a?v=1"],
    });
  });

  it("then the computer voice, and it says so", () => {
    expect(serverAudio([computer])).toEqual({ kind: "computer", urls: ["/audio/om/a?v=cv"] });
    expect(chooseVoice(serverAudio([computer]), true).kind).toBe("computer");
  });

  it("several strings play in turn; any computer part makes the whole labelled computer voice", () => {
    expect(serverAudio([recorded, computer])).toEqual({
      kind: "computer",
      urls: ["/audio/ti/a?v=1", "/audio/om/a?v=cv"],
    });
  });

  it("a piece with any string the server cannot speak goes to the browser's voice whole", () => {
    expect(serverAudio([recorded, neither])).toBeNull();
    expect(chooseVoice(serverAudio([recorded, neither]), true)).toEqual({ kind: "browser" });
  });

  it("with no recording, no computer voice and no browser voice: no audio, honestly", () => {
    expect(chooseVoice(serverAudio([neither]), false)).toEqual({ kind: "none" });
    expect(chooseVoice(serverAudio([]), false)).toEqual({ kind: "none" });
  });

  it("a string's address names the language, the key and the version", () => {
    expect(stringAudioUrl("ti", "consultation:options.yes", "ab12cd34")).toBe(
      "/audio/ti/consultation%3Aoptions.yes?v=ab12cd34",
    );
  });
});
