import { describe, expect, it } from "vitest";
import {
  completedOnOf,
  heldOnOf,
  isHeldOnTime,
  isSeriesTooLong,
  reviewCompletedOn,
} from "~/reviews/series";
import { nextReviewDue } from "~/reviews/statutory-dates";

// Due by Friday 13 November 2026; the meetings are given out of order on purpose.
const dueOn = "2026-11-13";
const threeMeetings = ["2026-11-30", "2026-11-12", "2026-11-20"];

describe("a review held as a series of meetings", () => {
  it("a review held over three meetings is on time when its first meeting is within the due date", () => {
    expect(heldOnOf(threeMeetings)).toBe("2026-11-12");
    expect(isHeldOnTime(dueOn, threeMeetings)).toBe(true);
  });

  it("is late when its first meeting is after the due date, however soon the series ends", () => {
    expect(isHeldOnTime(dueOn, ["2026-11-16", "2026-11-17"])).toBe(false);
  });

  it("is completed on its last meeting", () => {
    expect(completedOnOf(threeMeetings)).toBe("2026-11-30");
    expect(reviewCompletedOn({ heldOn: "2026-11-12", completedOn: "2026-11-30" })).toBe(
      "2026-11-30",
    );
    // A review recorded before the last meeting was kept: its held date is all there is.
    expect(reviewCompletedOn({ heldOn: "2026-11-12", completedOn: null })).toBe("2026-11-12");
  });

  it("the next review is counted from the first meeting, not the last", () => {
    // The second looked-after review, held over meetings on 12 and 30 November.
    const held = ["2026-06-01", heldOnOf(threeMeetings)];
    expect(nextReviewDue("2026-05-01", held)).toBe("2027-05-12");
  });

  it("warns when the last meeting is more than 20 working days after the first", () => {
    // 20 working days after Thursday 12 November 2026 is Thursday 10 December.
    expect(isSeriesTooLong(["2026-11-12", "2026-12-10"])).toBe(false);
    expect(isSeriesTooLong(["2026-11-12", "2026-12-11"])).toBe(true);
    // Christmas and Boxing Day 2026 (Friday, and Saturday moved to Monday 28th) are not counted.
    // New Year's Day too: 20 working days after Monday 14 December is Thursday 14 January.
    expect(isSeriesTooLong(["2026-12-14", "2027-01-14"])).toBe(false);
    expect(isSeriesTooLong(["2026-12-14", "2027-01-15"])).toBe(true);
    // An organisation's own closure days are not counted either.
    expect(isSeriesTooLong(["2026-11-12", "2026-12-11"], ["2026-11-13"])).toBe(false);
  });

  it("a single meeting is never too long a series", () => {
    expect(isSeriesTooLong(["2026-11-12"])).toBe(false);
  });
});
