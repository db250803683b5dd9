import { z } from "zod";

/*
 * Every free-text field has a maximum length, so one post cannot make the server (or the next
 * reader) work through megabytes of text. One table, so a field has the same limit on the
 * server, in the browser's maxLength and in the message. Safe for the browser: no server code.
 */
export const textLimits = {
  /** A young person's or adult's short answer; a place. */
  short: 200,
  /** One decision of a review record. */
  decision: 300,
  /** The reason for a corrected letter. */
  reason: 500,
  /** Why a review was held late, when none of the listed reasons fits. */
  lateReasonOther: 500,
  /** Other people who came to a review, one a line. */
  attendees: 1000,
  /** A reply to a statement. */
  reply: 2000,
  /** One part of a letter, in English or translated; an interpreter's words for one answer. */
  letterPart: 4000,
  /** A long written answer (forms, feedback). */
  long: 5000,
  /** A review record's decisions, all lines together (20 of up to 300 characters). */
  decisions: 6100,
} as const;

export type TextLimit = (typeof textLimits)[keyof typeof textLimits];

/** The GOV.UK message for text over `max`: "Use 5,000 characters or fewer", in the reader's language. */
export function tooLong(max: TextLimit) {
  return `common:tooLong.${max}`;
}

/**
 * Trailing spaces and line ends off. `String.prototype.trimEnd` is linear; a regex such as
 * `/\s+$/` starts again at every blank of a long run of them (quadratic: 100,000 spaces before a
 * word took 4 seconds, a 1 MB run minutes).
 */
export function trimEnd(text: string): string {
  return text.trimEnd();
}

/**
 * A free-text form field: trimmed (`end`: only its end, keeping a letter's leading indent), then at
 * most `max` characters. Text far over the limit is refused before any other work is done on it.
 */
export function freeText(
  max: TextLimit,
  options: { trim?: "both" | "end"; message?: string } = {},
) {
  const message = options.message ?? tooLong(max);
  return z
    .string()
    .max(max * 2, { message, abort: true })
    .overwrite(options.trim === "end" ? trimEnd : (text) => text.trim())
    .max(max, message);
}
