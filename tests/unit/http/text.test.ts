import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { answerSchemaFor } from "~/consultation/answers";
import type { Question } from "~/consultation/template-schema";
import { freeText, textLimits, tooLong, trimEnd } from "~/http/text";
import { letterFieldsFrom } from "~/letters/letter-form.server";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

/** Milliseconds `fn` takes. */
const timed = (fn: () => void) => {
  const started = performance.now();
  fn();
  return performance.now() - started;
};

describe("free text", () => {
  it("trims only the end, in linear time however much blank space there is", () => {
    expect(trimEnd("  Dear Amani,\n\t \r\n")).toBe("  Dear Amani,");
    expect(trimEnd(" \u00a0\u2003")).toBe("");
    // 300,000 spaces then a word: a /\s+$/ regex takes more than half a minute on this.
    const blank = `${" ".repeat(300_000)}word`;
    expect(timed(() => expect(trimEnd(blank)).toBe(blank))).toBeLessThan(100);
  });

  it("is trimmed, then at most its limit, with the limit's own message", () => {
    const reason = freeText(textLimits.reason);
    expect(reason.parse("  The date was wrong.  ")).toBe("The date was wrong.");
    expect(reason.safeParse(`${"x".repeat(500)}   `).success).toBe(true);
    expect(reason.safeParse("x".repeat(501)).error?.issues).toEqual([
      expect.objectContaining({ message: "common:tooLong.500" }),
    ]);
    expect(freeText(textLimits.letterPart, { trim: "end" }).parse("  indented  ")).toBe(
      "  indented",
    );
  });

  it("refuses text far over its limit at once, with one message", () => {
    const part = freeText(textLimits.letterPart);
    const result = part.safeParse(`${" ".repeat(1_000_000)}word`);
    expect(result.error?.issues.map((i) => i.message)).toEqual(["common:tooLong.4000"]);
  });

  it("has a message for every limit, in every language", () => {
    for (const lng of ["en", "ar", "ti", "om"]) {
      const common = JSON.parse(
        readFileSync(path.resolve("locales", lng, "common.json"), "utf8"),
      ) as { tooLong: Record<string, string> };
      for (const max of Object.values(textLimits)) {
        const message = common.tooLong[String(max)];
        expect(message, `${lng} ${tooLong(max)}`).toBeTruthy();
        // The number the reader must keep to is in the message (with or without a separator).
        expect(message!.replace(/,/g, "")).toContain(String(max));
      }
    }
  });
});

describe("a letter's parts", () => {
  it("keep their words, trimmed at the end; a part over 4,000 characters is refused beside it", () => {
    const { fields, errors } = letterFieldsFrom(
      form({
        about: "You came to your review.  \n",
        next: "x".repeat(4001),
        "decided.0.text": "You stay with Helen.",
        "decided.0.by": "2027-02-30x",
        unknown: "not a part of a letter",
      }),
    );
    expect(errors).toEqual({
      next: "common:tooLong.4000",
      "decided.0.by": "letters:errors.date",
    });
    expect(fields).toEqual({});
    expect(letterFieldsFrom(form({ about: "You came.  \n", next: "" })).fields).toEqual({
      about: "You came.",
    });
  });

  it("are read in a moment even when one is a megabyte of blank space", () => {
    const data = form({ next: `${" ".repeat(1_000_000)}word` });
    let errors: Record<string, string> = {};
    expect(timed(() => ({ errors } = letterFieldsFrom(data)))).toBeLessThan(500);
    expect(errors).toEqual({ next: "common:tooLong.4000" });
  });
});

describe("a young person's written answer", () => {
  const short = { id: "interpreterLanguage", kind: "short-text", icon: "language" } as Question;
  const long = { id: "better", kind: "long-text", icon: "change" } as Question;
  const messageFor = (question: Question, text: string) =>
    answerSchemaFor(question).safeParse({ text, language: "en" }).error?.issues[0]?.message;

  it("says the limit of its own kind: 200 for a short answer, 5,000 for a long one", () => {
    expect(messageFor(short, "x".repeat(200))).toBeUndefined();
    expect(messageFor(short, "x".repeat(201))).toBe("consultation:errors.shortTextLong");
    expect(messageFor(long, "x".repeat(5001))).toBe("consultation:errors.textLong");
    expect(messageFor(long, "   ")).toBe("consultation:errors.text");
  });
});
