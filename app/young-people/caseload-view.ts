import type { YoungPersonRow } from "./caseload.server";

/*
 * Sorting and filtering a caseload. Pure, so it runs the same on the server (no JavaScript needed:
 * the choices are a GET form) and is unit-tested. Unknown values fall back to the defaults.
 */

export const caseloadSorts = ["due", "planned", "name", "language"] as const;
export const caseloadFilters = ["all", "overdue", "soon", "interpreter", "unaccompanied"] as const;
export type CaseloadSort = (typeof caseloadSorts)[number];
export type CaseloadFilter = (typeof caseloadFilters)[number];

export type CaseloadView = { sort: CaseloadSort; show: CaseloadFilter; q: string };

export function parseCaseloadView(params: URLSearchParams): CaseloadView {
  const sort = params.get("sort");
  const show = params.get("show");
  return {
    sort: (caseloadSorts as readonly string[]).includes(sort ?? "")
      ? (sort as CaseloadSort)
      : "due",
    show: (caseloadFilters as readonly string[]).includes(show ?? "")
      ? (show as CaseloadFilter)
      : "all",
    q: (params.get("q") ?? "").trim().slice(0, 100),
  };
}

type Row = Pick<
  YoungPersonRow,
  | "name"
  | "urgency"
  | "daysLeft"
  | "needsInterpreter"
  | "isUnaccompanied"
  | "openAlerts"
  | "language"
> & { plannedSort: string | null; dueSort: string | null };

const byText = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a.localeCompare(b);

/**
 * Young people with an open urgent alert always come first, whatever the sort; then the chosen
 * order, with the name as the tie-break.
 */
export function applyCaseloadView<T extends Row>(rows: readonly T[], view: CaseloadView): T[] {
  const q = view.q.toLocaleLowerCase("en-GB");
  const shown = rows.filter((row) => {
    if (q && !row.name.toLocaleLowerCase("en-GB").includes(q)) return false;
    switch (view.show) {
      case "overdue":
        return row.urgency === "overdue";
      case "soon":
        return row.urgency === "overdue" || row.urgency === "soon";
      case "interpreter":
        return row.needsInterpreter;
      case "unaccompanied":
        return row.isUnaccompanied;
      default:
        return true;
    }
  });
  const order = (a: T, b: T) => {
    switch (view.sort) {
      case "planned":
        return byText(a.plannedSort, b.plannedSort);
      case "name":
        return 0;
      case "language":
        return a.language.englishName.localeCompare(b.language.englishName);
      default:
        return byText(a.dueSort, b.dueSort);
    }
  };
  return [...shown].sort(
    (a, b) =>
      Number(b.openAlerts > 0) - Number(a.openAlerts > 0) ||
      order(a, b) ||
      a.name.localeCompare(b.name),
  );
}
