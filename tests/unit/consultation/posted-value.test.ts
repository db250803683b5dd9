import { describe, expect, it } from "vitest";
import { postedFieldValue } from "~/consultation/posted-value";
import type { Question } from "~/consultation/template-schema";

const question = (q: Record<string, unknown>) => q as unknown as Question;

describe("a refused answer is shown again exactly as it was typed", () => {
  it("a date keeps the child's own digits", () => {
    expect(
      postedFieldValue(question({ id: "when", kind: "date", icon: "x" }), {
        day: "2",
        month: " 13",
        year: "2026",
      }),
    ).toBe("2026-13-2");
  });

  it("words come back as words; pictures as the codes chosen, in order", () => {
    expect(
      postedFieldValue(question({ id: "more", kind: "long-text", icon: "x" }), {
        answer: "hello ",
      }),
    ).toEqual({ text: "hello " });
    expect(
      postedFieldValue(question({ id: "who", kind: "pick-many", icon: "x", options: [] }), {
        answer: ["mum", "sister"],
      }),
    ).toEqual(["mum", "sister"]);
    expect(
      postedFieldValue(question({ id: "top", kind: "rank", icon: "x", max: 3, options: [] }), {
        rank1: "school",
        rank2: "",
        rank3: "friends",
      }),
    ).toEqual(["school", "friends"]);
  });

  it("a voice note cannot be shown again: the saved answer shows instead", () => {
    expect(postedFieldValue(question({ id: "v", kind: "voice-note", icon: "x" }), {})).toBeNull();
  });
});
