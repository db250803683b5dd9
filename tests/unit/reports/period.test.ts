import { describe, expect, it } from "vitest";
import {
  lastCompleteReportingYear,
  month,
  monthsOf,
  periodFrom,
  reportingYearOf,
  yearToDate,
} from "~/reports/period";

const today = "2026-12-01";
const ask = (query: string) => periodFrom(new URLSearchParams(query), today);

describe("the period a report covers", () => {
  it("a reporting year runs from 1 April to 31 March; the last complete one is the default", () => {
    expect(reportingYearOf("2026-03-31")).toBe(2025);
    expect(reportingYearOf("2026-04-01")).toBe(2026);
    expect(lastCompleteReportingYear(today)).toEqual({
      kind: "year",
      from: "2025-04-01",
      to: "2026-03-31",
    });
    expect(ask("").period).toEqual(lastCompleteReportingYear(today));
  });

  it("the year to date starts on 1 April of this reporting year", () => {
    expect(yearToDate(today)).toEqual({ kind: "year-to-date", from: "2026-04-01", to: today });
    expect(yearToDate("2027-02-10").from).toBe("2026-04-01");
  });

  it("a month ends on its last day, February and December included", () => {
    expect(month("2028-02")).toMatchObject({ from: "2028-02-01", to: "2028-02-29" });
    expect(month("2026-12")).toMatchObject({ from: "2026-12-01", to: "2026-12-31" });
  });

  it("lists every month a period touches, for charts by month", () => {
    expect(monthsOf({ kind: "year", from: "2025-04-01", to: "2026-03-31" })).toHaveLength(12);
    expect(monthsOf({ kind: "dates", from: "2026-11-15", to: "2027-01-02" })).toEqual([
      "2026-11",
      "2026-12",
      "2027-01",
    ]);
  });

  it("takes what the address asks for, and refuses nonsense without failing", () => {
    expect(ask("period=year&year=2024").period).toMatchObject({ from: "2024-04-01" });
    expect(ask("period=year&year=2031").period).toEqual(lastCompleteReportingYear(today));
    expect(ask("period=month&month=2026-11").period).toMatchObject({ to: "2026-11-30" });
    expect(ask("period=month&month=2027-01").period).toEqual(lastCompleteReportingYear(today));
    expect(ask("period=dates&from=2026-01-01&to=2026-06-30")).toEqual({
      period: { kind: "dates", from: "2026-01-01", to: "2026-06-30" },
    });
    expect(ask("period=dates&from=2026-02-30&to=2026-06-30").error).toBe("dates");
    expect(ask("period=dates&from=2026-06-30&to=2026-01-01").error).toBe("order");
  });
});
