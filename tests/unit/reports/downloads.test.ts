import { describe, expect, it } from "vitest";
import { writerFor } from "~/reports/cells.server";
import { barChart } from "~/reports/charts.server";
import { reportCsv } from "~/reports/csv.server";
import type { Report } from "~/reports/figures";
import type { ReportTable } from "~/reports/table";

/*
 * What leaves the page: a chart a screen reader can name and a right-to-left reader reads from
 * the right, and a CSV a spreadsheet cannot run, that marks counts of fewer than 5 children.
 */

const english = writerFor("en", "ltr");

const chart = (dir: "ltr" | "rtl") =>
  barChart({
    id: "c",
    title: "Reviews held by month",
    description: "Bar chart. The table below gives every number.",
    series: ["On time", "Late"],
    bars: [
      { label: "Apr", values: [3, 1] },
      { label: "May", values: [5, 0] },
    ],
    dir,
    formatNumber: english.number,
  });

/** The x of the first rect drawn for each bar, in order. */
const barStarts = (svg: string) =>
  [
    ...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="#1d4f91"/g),
  ].map((m) => Number(m[1]));

describe("a chart drawn on the server", () => {
  it("is an image with a title and a description, and says each bar's number", () => {
    const svg = chart("ltr");
    expect(svg).toMatch(/role="img" aria-labelledby="c-title c-desc"/);
    expect(svg).toContain('<title id="c-title">Reviews held by month</title>');
    expect(svg).toContain(">4</text>"); // 3 on time + 1 late
    expect(svg).toContain(">5</text>");
  });

  it("tells its series apart by pattern, not colour alone", () => {
    const svg = chart("ltr");
    expect(svg).toContain('<pattern id="c-p1"');
    expect(svg).toContain('fill="url(#c-p1)"');
  });

  it("puts the first bar on the left in English and on the right in Arabic", () => {
    const [aprilLtr, mayLtr] = barStarts(chart("ltr"));
    const [aprilRtl, mayRtl] = barStarts(chart("rtl"));
    expect(aprilLtr!).toBeLessThan(mayLtr!);
    expect(aprilRtl!).toBeGreaterThan(mayRtl!);
    expect(chart("rtl")).toContain('direction="rtl"');
  });

  it("escapes what it writes", () => {
    const svg = barChart({
      id: "e",
      title: "<script>",
      description: "a & b",
      series: ["x"],
      bars: [{ label: '"q"', values: [1] }],
      dir: "ltr",
      formatNumber: String,
    });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).toContain("a &amp; b");
  });
});

const report = {
  organisationName: "Test Borough Council",
  iroName: null,
  period: { kind: "year", from: "2025-04-01", to: "2026-03-31" },
} as unknown as Report;

describe("a table as CSV", () => {
  const table: ReportTable = {
    id: "t",
    title: "Taking part",
    head: ["Age", "Reviews"],
    rows: [
      [english.text("=cmd|' /C calc'!A0"), english.count(3)],
      [english.text("15"), english.count(1842)],
    ],
    total: [english.text("Total"), english.count(1845)],
  };

  it("names the organisation and period, and keeps numbers as numbers", () => {
    const csv = reportCsv(table, report, english);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("Test Borough Council");
    expect(csv).toContain("Period: 1 April 2025 to 31 March 2026");
    expect(csv).toContain("15,1842\r\n");
    expect(csv).toContain("Total,1845\r\n");
  });

  it("never lets a spreadsheet run a cell", () => {
    expect(reportCsv(table, report, english)).toContain("'=cmd|' /C calc'!A0,3*");
  });

  it("marks counts of 1 to 4 children and says why, and says nothing when there are none", () => {
    const csv = reportCsv(table, report, english);
    expect(csv).toContain("3*");
    expect(csv).toMatch(/fewer than 5 children/);
    const large: ReportTable = {
      ...table,
      rows: [[english.text("15"), english.count(12)]],
      total: undefined,
    };
    expect(reportCsv(large, report, english)).not.toMatch(/fewer than 5/);
    const zero: ReportTable = {
      ...table,
      rows: [[english.text("15"), english.count(0)]],
      total: undefined,
    };
    expect(reportCsv(zero, report, english)).not.toMatch(/fewer than 5/);
  });

  it("writes a share of none of none as a dash, never a division by zero", () => {
    expect(english.percent(0, 0).text).toBe("–");
    expect(english.percent(1, 3).text).toBe("33.3%");
  });
});
