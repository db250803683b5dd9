import { describe, expect, it } from "vitest";
import { applyCaseloadView, parseCaseloadView } from "~/young-people/caseload-view";

const row = (name: string, over: Record<string, unknown> = {}) => ({
  name,
  urgency: "later" as "overdue" | "soon" | "later" | "none",
  daysLeft: 30,
  needsInterpreter: false,
  isUnaccompanied: false,
  openAlerts: 0,
  language: { code: "en", ownName: "English", englishName: "English" },
  dueSort: "2027-01-01" as string | null,
  plannedSort: null as string | null,
  ...over,
});

const rows = [
  row("Zara", { dueSort: "2026-12-01", urgency: "later" }),
  row("Adam", { dueSort: "2026-11-01", urgency: "overdue", needsInterpreter: true }),
  row("Mona", { dueSort: "2027-02-01", openAlerts: 1 }),
];

describe("caseload sorting and filtering", () => {
  it("falls back to due date and everyone for unknown choices", () => {
    expect(parseCaseloadView(new URLSearchParams("sort=evil&show=<x>"))).toEqual({
      sort: "due",
      show: "all",
      q: "",
    });
  });

  it("puts young people with an open urgent worry first, then sorts by due date", () => {
    const view = parseCaseloadView(new URLSearchParams(""));
    expect(applyCaseloadView(rows, view).map((r) => r.name)).toEqual(["Mona", "Adam", "Zara"]);
  });

  it("sorts by name, and filters overdue, interpreter and name", () => {
    const byName = applyCaseloadView(rows, parseCaseloadView(new URLSearchParams("sort=name")));
    expect(byName.map((r) => r.name)).toEqual(["Mona", "Adam", "Zara"]);
    expect(
      applyCaseloadView(rows, parseCaseloadView(new URLSearchParams("show=overdue"))).map(
        (r) => r.name,
      ),
    ).toEqual(["Adam"]);
    expect(
      applyCaseloadView(rows, parseCaseloadView(new URLSearchParams("show=interpreter"))).length,
    ).toBe(1);
    expect(
      applyCaseloadView(rows, parseCaseloadView(new URLSearchParams("q=zar"))).map((r) => r.name),
    ).toEqual(["Zara"]);
  });
});
