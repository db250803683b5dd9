import { describe, expect, it } from "vitest";
import { nextPathwayPlanReviewDue, nextReviewDue } from "~/reviews/statutory-dates";
import { addMonths } from "~/dates/working-days";

describe("review timescales, reg. 33", () => {
  it("the first review is due within 20 working days of becoming looked after", () => {
    expect(nextReviewDue("2025-03-03", [])).toBe("2025-03-31");
    // Over Easter 2025: Good Friday and Easter Monday do not count.
    expect(nextReviewDue("2025-04-01", [])).toBe("2025-05-01");
  });
  it("the second review is due 3 months after the first", () => {
    expect(nextReviewDue("2025-03-03", ["2025-03-28"])).toBe("2025-06-28");
  });
  it("later reviews are due 6 months after the one before", () => {
    expect(nextReviewDue("2025-03-03", ["2025-03-28", "2025-06-20"])).toBe("2025-12-20");
    expect(nextReviewDue("2025-03-03", ["2025-06-20", "2025-03-28", "2025-12-01"])).toBe(
      "2026-06-01",
    );
  });
  it("the sequence from a looked-after date through the first three reviews", () => {
    const lookedAfter = "2024-11-25";
    const first = nextReviewDue(lookedAfter, []);
    expect(first).toBe("2024-12-23");
    const second = nextReviewDue(lookedAfter, [first]);
    expect(second).toBe("2025-03-23");
    const third = nextReviewDue(lookedAfter, [first, second]);
    expect(third).toBe("2025-09-23");
  });
  it("month arithmetic clamps to the end of the month", () => {
    expect(addMonths("2025-08-31", 6)).toBe("2026-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2025-11-30", 3)).toBe("2026-02-28");
    expect(addMonths("2025-01-15", 12)).toBe("2026-01-15");
  });
  it("care leavers: a pathway plan review 6 months after the last", () => {
    expect(nextPathwayPlanReviewDue("2025-08-31")).toBe("2026-02-28");
  });
});
