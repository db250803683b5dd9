import { z } from "zod";
import { ageOn, todayInEngland } from "~/dates/calendar";
import { isoDate } from "~/dates/iso-date";
import { freeText, textLimits } from "~/http/text";
import { lateReasons, latenessProblems } from "./lateness";
import { participationCodes, participationProblems, viewsConveyedMethods } from "./participation";
import type { AllocatedReview } from "./allocated-reviews.server";
import { meetingFields } from "./record-fields";
import type { ReviewRecord } from "./reviews.server";
import { heldOnOf } from "./series";

/*
 * What the form that records a held review accepts, and how its answers become the record.
 */

const decisionsMax = 20;

const optionalDate = z.union([z.literal(""), isoDate("reviews:errors.meetingDate")]);
const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const list = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]));

export const recordForm = z
  .object({
    meeting1: isoDate("reviews:errors.meetingDate"),
    meeting2: optionalDate.default(""),
    meeting3: optionalDate.default(""),
    attendee: list.default([]),
    otherAttendees: freeText(textLimits.attendees).default(""),
    childAttended: z.enum(["yes", "no"], { error: "reviews:errors.childAttended" }),
    childChaired: z.literal("yes").optional(),
    participationCode: z.enum(participationCodes, { error: "reviews:errors.participationCode" }),
    viewsConveyed: z.enum(viewsConveyedMethods, { error: "reviews:errors.viewsConveyed" }),
    // Checked as a whole, so each message sits beside the one box the decisions are typed in.
    decisions: freeText(textLimits.decisions)
      .transform(lines)
      .pipe(
        z
          .array(z.string())
          .min(1, "reviews:errors.decisions")
          .max(decisionsMax, "reviews:errors.decisionsMany")
          .refine(
            (decisions) => decisions.every((d) => d.length <= textLimits.decision),
            "reviews:errors.decisionLong",
          ),
      ),
    // "none" is a radio of its own: without JavaScript a chosen radio cannot be unchosen.
    lateReason: z
      .enum([...lateReasons, "none", ""], { error: "reviews:errors.lateReason" })
      .default("")
      .transform((v) => (v === "none" || v === "" ? null : v)),
    lateReasonOther: freeText(textLimits.lateReasonOther).default(""),
  })
  .superRefine((data, ctx) => {
    const today = todayInEngland();
    for (const key of meetingFields) {
      if (data[key] && data[key] > today)
        ctx.addIssue({ code: "custom", path: [key], message: "reviews:errors.meetingFuture" });
    }
  });

export type RecordForm = z.infer<typeof recordForm>;

/**
 * The review's record from the form's answers, once participation makes sense together (who
 * attended, chaired, how views were conveyed, at what age) and a review held after its due date
 * says why; otherwise the message for each field.
 */
export function reviewRecordFrom(
  item: Pick<AllocatedReview, "dateOfBirth"> & { review: Pick<AllocatedReview["review"], "dueOn"> },
  data: RecordForm,
): { ok: true; record: ReviewRecord } | { ok: false; errors: Record<string, string> } {
  const meetings = meetingFields.map((key) => data[key]).filter(Boolean);
  const heldOn = heldOnOf(meetings);
  const attended = data.childAttended === "yes";
  const problems = {
    ...participationProblems({
      code: data.participationCode,
      attended,
      chaired: data.childChaired === "yes",
      viewsConveyed: data.viewsConveyed,
      ageOnDay: ageOn(item.dateOfBirth, heldOn),
    }),
    ...latenessProblems({
      heldOn,
      dueOn: item.review.dueOn,
      reason: data.lateReason,
      otherText: data.lateReasonOther,
    }),
  };
  if (Object.keys(problems).length) return { ok: false, errors: problems };
  return {
    ok: true,
    record: {
      meetings,
      attendees: [...new Set([...data.attendee, ...lines(data.otherAttendees)])].slice(0, 30),
      childAttended: attended,
      childChaired: data.childChaired === "yes",
      participationCode: data.participationCode,
      viewsConveyed: data.viewsConveyed,
      decisions: data.decisions,
      lateReason: data.lateReason,
      // Words typed for "other" and then another reason chosen are not the reason: left out.
      lateReasonOther: data.lateReason === "other" ? data.lateReasonOther : null,
    },
  };
}
