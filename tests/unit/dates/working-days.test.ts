import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  bankHolidaysEnglandWales,
  easterSunday,
  subtractWorkingDays,
} from "~/dates/working-days";

describe("bank holidays in England and Wales (checked against gov.uk)", () => {
  it("2024: Easter in March", () => {
    expect(bankHolidaysEnglandWales(2024)).toEqual([
      "2024-01-01",
      "2024-03-29",
      "2024-04-01",
      "2024-05-06",
      "2024-05-27",
      "2024-08-26",
      "2024-12-25",
      "2024-12-26",
    ]);
  });
  it("2025: Easter in April", () => {
    expect(bankHolidaysEnglandWales(2025)).toEqual([
      "2025-01-01",
      "2025-04-18",
      "2025-04-21",
      "2025-05-05",
      "2025-05-26",
      "2025-08-25",
      "2025-12-25",
      "2025-12-26",
    ]);
  });
  it("2021: Christmas on a Saturday moves both days to Monday and Tuesday", () => {
    expect(bankHolidaysEnglandWales(2021)).toEqual([
      "2021-01-01",
      "2021-04-02",
      "2021-04-05",
      "2021-05-03",
      "2021-05-31",
      "2021-08-30",
      "2021-12-27",
      "2021-12-28",
    ]);
  });
  it("2022: New Year on a Saturday, Christmas on a Sunday, the jubilee and the state funeral", () => {
    expect(bankHolidaysEnglandWales(2022)).toEqual([
      "2022-01-03",
      "2022-04-15",
      "2022-04-18",
      "2022-05-02",
      "2022-06-02",
      "2022-06-03",
      "2022-08-29",
      "2022-09-19",
      "2022-12-26",
      "2022-12-27",
    ]);
  });
  it("2020: the early May holiday moved to VE Day; Boxing Day on a Saturday", () => {
    expect(bankHolidaysEnglandWales(2020)).toEqual([
      "2020-01-01",
      "2020-04-10",
      "2020-04-13",
      "2020-05-08",
      "2020-05-25",
      "2020-08-31",
      "2020-12-25",
      "2020-12-28",
    ]);
  });
  it("2023: the coronation", () => {
    expect(bankHolidaysEnglandWales(2023)).toContain("2023-05-08");
    expect(bankHolidaysEnglandWales(2023)).toContain("2023-01-02");
  });
  it("Easter Sunday across years", () => {
    expect(easterSunday(2016)).toBe("2016-03-27");
    expect(easterSunday(2019)).toBe("2019-04-21");
    expect(easterSunday(2027)).toBe("2027-03-28");
    expect(easterSunday(2038)).toBe("2038-04-25");
  });
});

describe("working days before a date", () => {
  it("5 working days before a Tuesday after Easter Monday skips the bank holidays", () => {
    // Easter 2025: Good Friday 18 April, Easter Monday 21 April.
    expect(subtractWorkingDays("2025-04-22", 5)).toBe("2025-04-11");
    expect(subtractWorkingDays("2026-11-27", 5)).toBe("2026-11-20");
  });
});

describe("working days", () => {
  it("skip weekends", () => {
    expect(addWorkingDays("2025-06-06", 1)).toBe("2025-06-09"); // Friday -> Monday
  });
  it("skip Easter", () => {
    expect(addWorkingDays("2025-04-17", 1)).toBe("2025-04-22"); // Thursday -> Tuesday after Easter Monday
  });
  it("skip Christmas on a weekend and its substitute days", () => {
    expect(addWorkingDays("2021-12-24", 1)).toBe("2021-12-29");
  });
  it("skip an organisation's own closure days", () => {
    expect(addWorkingDays("2025-12-23", 1, ["2025-12-24"])).toBe("2025-12-29");
  });
});
