import { formatDate } from "~/i18n/format";
import { spreadsheetSafe } from "~/http/csv";
import type { Writer } from "./cells.server";
import type { Report } from "./figures";
import { hasSmallNumbers, type Cell, type ReportTable } from "./table";

/*
 * One table of the report as CSV (issue 16): a title line with the organisation and period, the
 * table with numbers as numbers, and — because the figures are about children — a note when a
 * cell counts fewer than 5 of them (such cells carry a *). Every cell is formula-safe.
 */

function field(text: string) {
  const safe = spreadsheetSafe(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cellText(cell: Cell, w: Writer) {
  const text = cell.value !== undefined ? String(cell.value) : cell.text;
  return cell.small ? `${text}${w.t("download.smallMark")}` : text;
}

export function reportCsv(table: ReportTable, report: Report, w: Writer): string {
  const line = (cells: string[]) => cells.map(field).join(",");
  const lines = [
    line([table.title]),
    line([
      report.organisationName,
      ...(report.iroName ? [w.t("download.scope", { iro: report.iroName })] : []),
    ]),
    line([
      w.t("download.period", {
        from: formatDate(report.period.from, w.lng),
        to: formatDate(report.period.to, w.lng),
      }),
    ]),
    "",
    line(table.head),
    ...table.rows.map((row) => line(row.map((cell) => cellText(cell, w)))),
    ...(table.total ? [line(table.total.map((cell) => cellText(cell, w)))] : []),
  ];
  if (hasSmallNumbers(table)) lines.push("", line([w.t("download.smallNumbers")]));
  // A byte-order mark, so spreadsheets read Arabic and Ethiopic text as UTF-8.
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
