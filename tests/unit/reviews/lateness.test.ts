import { describe, expect, it } from "vitest";
import { heldLate, latenessProblems } from "~/reviews/lateness";

describe("why a review was late", () => {
  it("a review held on its due date is on time; the next day is late", () => {
    expect(heldLate("2026-11-30", "2026-11-30")).toBe(false);
    expect(heldLate("2026-12-01", "2026-11-30")).toBe(true);
  });

  it("a late review needs a reason, and 'other' needs words", () => {
    const late = { heldOn: "2026-12-01", dueOn: "2026-11-30", otherText: "" };
    expect(latenessProblems({ ...late, reason: null })).toEqual({
      lateReason: "reviews:errors.lateReason",
    });
    expect(latenessProblems({ ...late, reason: "other" })).toEqual({
      lateReasonOther: "reviews:errors.lateReasonOther",
    });
    expect(
      latenessProblems({ ...late, reason: "other", otherText: "Snow closed the school" }),
    ).toEqual({});
    expect(latenessProblems({ ...late, reason: "iro-unavailable" })).toEqual({});
  });

  it("a review on time takes no reason", () => {
    const onTime = { heldOn: "2026-11-30", dueOn: "2026-11-30", otherText: "" };
    expect(latenessProblems({ ...onTime, reason: null })).toEqual({});
    expect(latenessProblems({ ...onTime, reason: "young-persons-wish" })).toEqual({
      lateReason: "reviews:errors.lateReasonOnTime",
    });
  });
});
