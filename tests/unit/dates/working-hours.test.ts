import { describe, expect, it } from "vitest";
import { addWorkingHours, workingHoursBetween } from "~/dates/working-hours";

describe("working hours: 09:00 to 17:00 England time on working days", () => {
  it("an alert raised on Friday at 16:00 has one hour on Friday and three on Monday", () => {
    // Friday 5 March 2027, Greenwich Mean Time.
    expect(addWorkingHours("2027-03-05T16:00:00Z", 4).toISOString()).toBe(
      "2027-03-08T12:00:00.000Z",
    );
    expect(workingHoursBetween("2027-03-05T16:00:00Z", "2027-03-08T12:00:00Z")).toBe(4);
    expect(workingHoursBetween("2027-03-05T16:00:00Z", "2027-03-08T11:59:00Z")).toBeLessThan(4);
  });

  it("an alert raised at night starts counting at 09:00 the next working day", () => {
    expect(addWorkingHours("2027-03-09T22:00:00Z", 4).toISOString()).toBe(
      "2027-03-10T13:00:00.000Z",
    );
    expect(workingHoursBetween("2027-03-09T22:00:00Z", "2027-03-10T08:59:00Z")).toBe(0);
  });

  it("counts British Summer Time: 09:00 in July is 08:00 UTC", () => {
    // Friday 2 July 2027 at 16:00 BST (15:00 UTC): Monday 5 July at 12:00 BST.
    expect(addWorkingHours("2027-07-02T15:00:00Z", 4).toISOString()).toBe(
      "2027-07-05T11:00:00.000Z",
    );
  });

  it("skips bank holidays and the organisation's closure days", () => {
    // Thursday 25 March 2027; Good Friday 26 and Easter Monday 29 March; clocks go forward on 28.
    expect(addWorkingHours("2027-03-25T16:00:00Z", 4).toISOString()).toBe(
      "2027-03-30T11:00:00.000Z",
    );
    expect(addWorkingHours("2027-03-05T16:00:00Z", 4, ["2027-03-08"]).toISOString()).toBe(
      "2027-03-09T12:00:00.000Z",
    );
  });

  it("counts nothing backwards and whole days as eight hours", () => {
    expect(workingHoursBetween("2027-03-10T12:00:00Z", "2027-03-09T12:00:00Z")).toBe(0);
    // Monday 08:00 to Friday 18:00: five working days.
    expect(workingHoursBetween("2027-03-08T08:00:00Z", "2027-03-12T18:00:00Z")).toBe(40);
  });
});
