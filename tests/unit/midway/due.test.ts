import { describe, expect, it } from "vitest";
import { midwayDueFor, midwayDueOn, midwayUrgency, workingDaysBetween } from "~/midway/due";

// 2025-09-01 is a Monday; 2025-08-25 is the summer bank holiday (England and Wales).
describe("midway check due date", () => {
  it("is the middle working day of an odd count", () => {
    // Tue 2, Wed 3, Thu 4, Fri 5, Mon 8: five working days, the third is Thursday.
    expect(workingDaysBetween("2025-09-01", "2025-09-08")).toBe(5);
    expect(midwayDueOn("2025-09-01", "2025-09-08")).toBe("2025-09-04");
  });

  it("is the earlier middle day of an even count", () => {
    // Tue 2, Wed 3, Thu 4, Fri 5: four working days, the second is Wednesday.
    expect(midwayDueOn("2025-09-01", "2025-09-05")).toBe("2025-09-03");
  });

  it("does not count weekends or bank holidays", () => {
    // Fri 22 Aug to Mon 1 Sep: Mon 25 is a bank holiday, so Tue 26 … Mon 1 is five days.
    expect(workingDaysBetween("2025-08-22", "2025-09-01")).toBe(5);
    expect(midwayDueOn("2025-08-22", "2025-09-01")).toBe("2025-08-28");
  });

  it("does not count the organisation's closure days", () => {
    expect(midwayDueOn("2025-09-01", "2025-09-05", ["2025-09-02"])).toBe("2025-09-04");
  });

  it("is halfway across months of working days", () => {
    // 2 June to 1 December 2025: 129 working days (25 August is a bank holiday).
    const days = workingDaysBetween("2025-06-02", "2025-12-01");
    expect(days).toBe(129);
    expect(workingDaysBetween("2025-06-02", midwayDueOn("2025-06-02", "2025-12-01")!)).toBe(65);
  });

  it("has no date when the next review is not after the last", () => {
    expect(midwayDueOn("2025-09-05", "2025-09-05")).toBeNull();
    expect(midwayDueOn("2025-09-05", "2025-09-06")).toBeNull();
  });

  it("counts to the planned next review when there is one", () => {
    expect(
      midwayDueFor({
        lastHeld: { kind: "looked_after", heldOn: "2025-09-01" },
        heldOfKind: ["2025-03-03", "2025-09-01"],
        lookedAfterOn: "2025-02-10",
        nextPlannedDueOn: "2025-09-08",
      }),
    ).toBe("2025-09-04");
  });

  it("counts to the statutory date when the next review is not planned yet", () => {
    // The first review held on 3 March: the second is due within 3 months, 3 June (reg. 33).
    const due = midwayDueFor({
      lastHeld: { kind: "looked_after", heldOn: "2025-03-03" },
      heldOfKind: ["2025-03-03"],
      lookedAfterOn: "2025-02-10",
      nextPlannedDueOn: null,
    });
    expect(due).toBe(midwayDueOn("2025-03-03", "2025-06-03"));
    // 3 March to 3 June: 62 working days (Good Friday, Easter Monday, 5 and 26 May off); the 31st.
    expect(workingDaysBetween("2025-03-03", "2025-06-03")).toBe(62);
    expect(due).toBe("2025-04-15");
  });

  it("marks overdue after its day and soon within the window", () => {
    expect(midwayUrgency("2025-09-04", "2025-09-05", 10)).toBe("overdue");
    expect(midwayUrgency("2025-09-05", "2025-09-05", 10)).toBe("soon");
    expect(midwayUrgency("2025-09-19", "2025-09-05", 10)).toBe("soon");
    expect(midwayUrgency("2025-09-22", "2025-09-05", 10)).toBe("later");
  });
});
