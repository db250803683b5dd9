import { describe, expect, it } from "vitest";
import { addDays, todayInEngland } from "~/dates/calendar";
import { recordForm, reviewRecordFrom } from "~/reviews/record-form.server";

const today = todayInEngland();
const child = (dueOn: string) => ({ dateOfBirth: "2011-03-02", review: { dueOn } });

/** The form as a browser posts it: every field a string, the radios left out when unchosen. */
function posted(fields: Record<string, string> = {}) {
  return {
    meeting1: addDays(today, -3),
    childAttended: "no",
    participationCode: "PN6",
    viewsConveyed: "own-voice-statement",
    decisions: "Stay with current carers.",
    lateReasonOther: "",
    ...fields,
  };
}

function record(dueOn: string, fields: Record<string, string> = {}) {
  const parsed = recordForm.safeParse(posted(fields));
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return reviewRecordFrom(child(dueOn), parsed.data);
}

describe("recording why a review was late", () => {
  it("a review held on its due date is on time and needs no reason", () => {
    const result = record(addDays(today, -3));
    expect(result).toMatchObject({ ok: true, record: { lateReason: null, lateReasonOther: null } });
  });

  it("a late review without a reason is refused next to the reason", () => {
    expect(record(addDays(today, -4))).toEqual({
      ok: false,
      errors: { lateReason: "reviews:errors.lateReason" },
    });
  });

  it("counts from the first meeting, whatever order the dates were typed in", () => {
    const result = record(addDays(today, -10), {
      meeting1: addDays(today, -1),
      meeting2: addDays(today, -12),
    });
    expect(result).toMatchObject({ ok: true, record: { lateReason: null } });
  });

  it("saves a late review with its reason", () => {
    const result = record(addDays(today, -4), { lateReason: "iro-unavailable" });
    expect(result).toMatchObject({
      ok: true,
      record: { lateReason: "iro-unavailable", lateReasonOther: null },
    });
  });

  it("'other' needs words, which are kept; words left over from 'other' are not", () => {
    expect(record(addDays(today, -4), { lateReason: "other" })).toEqual({
      ok: false,
      errors: { lateReasonOther: "reviews:errors.lateReasonOther" },
    });
    expect(
      record(addDays(today, -4), { lateReason: "other", lateReasonOther: "  Snow closed roads " }),
    ).toMatchObject({
      ok: true,
      record: { lateReason: "other", lateReasonOther: "Snow closed roads" },
    });
    expect(
      record(addDays(today, -4), {
        lateReason: "young-persons-wish",
        lateReasonOther: "Typed, then another reason chosen",
      }),
    ).toMatchObject({
      ok: true,
      record: { lateReason: "young-persons-wish", lateReasonOther: null },
    });
  });

  it("a reason given for a review held on time is refused; 'held on time' clears it", () => {
    expect(record(today, { lateReason: "key-person-unavailable" })).toEqual({
      ok: false,
      errors: { lateReason: "reviews:errors.lateReasonOnTime" },
    });
    expect(record(today, { lateReason: "none" })).toMatchObject({
      ok: true,
      record: { lateReason: null },
    });
  });

  it("is checked together with participation, so every message shows at once", () => {
    expect(record(addDays(today, -4), { childChaired: "yes" })).toEqual({
      ok: false,
      errors: {
        childChaired: "reviews:errors.chairedNotAttended",
        lateReason: "reviews:errors.lateReason",
      },
    });
  });

  it("refuses a reason that is not on the list, and words over 500 characters", () => {
    const unknown = recordForm.safeParse(posted({ lateReason: "traffic" }));
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues[0]).toMatchObject({
      path: ["lateReason"],
      message: "reviews:errors.lateReason",
    });
    const long = recordForm.safeParse(
      posted({ lateReason: "other", lateReasonOther: "a".repeat(501) }),
    );
    expect(long.error?.issues[0]).toMatchObject({
      path: ["lateReasonOther"],
      message: "common:tooLong.500",
    });
  });
});
