import { recordAudit } from "~/audit/audit.server";
import type { SignedIn } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { formatDate, formatMonth } from "~/i18n/format";
import { fixedT } from "~/i18n/i18n.server";
import { getLanguage } from "~/i18n/languages";
import { requestLanguage } from "~/i18n/request-language.server";
import { spreadsheetSafe } from "~/http/csv";
import { organisationName } from "~/reports/report-route.server";
import { writerFor } from "~/reports/cells.server";
import { hasSmallNumbers, type Cell } from "~/reports/table";
import { monthFrom } from "./month";
import { monthlyMonitoring } from "./monthly.server";
import { monitoringScopeOf } from "./scope.server";
import { monitoringSections, type MonitoringWriter } from "./sections.server";

/*
 * What /manage/monitoring, its CSV and its PDF share (issue 18): the month asked for, the figures
 * for the person's scope, in their language. Looking is audited as `monitoring_viewed`, each
 * download as `monitoring_exported` (the page names children rated red or amber).
 */

function monitoringFor(request: Request, user: SignedIn) {
  const lng = requestLanguage(request, user);
  const today = todayInEngland();
  const url = new URL(request.url);
  const { month, error } = monthFrom(url.searchParams, today);
  const scope = monitoringScopeOf(user, today);
  const figures = monthlyMonitoring(scope, month);
  const w: MonitoringWriter = {
    ...writerFor(lng, getLanguage(lng).dir),
    m: fixedT(lng, "monitoring"),
  };
  const heading = w.m(scope.children ? "page.headingTeams" : "page.heading", {
    organisation: organisationName(user.organisationId),
    month: formatMonth(month, lng),
  });
  return { url, month, error, figures, w, heading, lng };
}

function audit(
  request: Request,
  user: SignedIn,
  action: "monitoring_viewed" | "monitoring_exported",
) {
  recordAudit(request, {
    action,
    organisationId: user.organisationId,
    actorUserId: user.id,
    subjectType: "monitoring",
  });
}

export function monitoringPage(request: Request, user: SignedIn) {
  const { url, month, error, figures, w, heading } = monitoringFor(request, user);
  audit(request, user, "monitoring_viewed");
  const query = error ? "" : `?month=${month}`;
  return {
    heading,
    month: error ? (url.searchParams.get("month") ?? "") : month,
    errors: error ? { month: error } : null,
    sections: monitoringSections(figures, w, { showNames: true }),
    csvHref: `/manage/monitoring.csv${query}`,
    pdfHref: `/manage/monitoring.pdf${query}`,
  };
}

export type MonitoringPageData = ReturnType<typeof monitoringPage>;

function field(text: string) {
  const safe = spreadsheetSafe(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Every table of the month, one after another, in one CSV: numbers as numbers, formula-safe. */
export function monitoringCsvResponse(request: Request, user: SignedIn) {
  const { month, figures, w, heading } = monitoringFor(request, user);
  const sections = monitoringSections(figures, w, { showNames: false });
  audit(request, user, "monitoring_exported");
  const line = (cells: string[]) => cells.map(field).join(",");
  const cellText = (cell: Cell) => {
    const text = cell.value !== undefined ? String(cell.value) : cell.text;
    return cell.small ? `${text}${w.t("download.smallMark")}` : text;
  };
  const lines = [line([heading])];
  for (const table of sections.flatMap((section) => section.tables)) {
    lines.push(
      "",
      line([table.title]),
      line(table.head),
      ...table.rows.map((row) => line(row.map(cellText))),
      ...(table.total ? [line(table.total.map(cellText))] : []),
    );
  }
  if (sections.some((section) => section.tables.some(hasSmallNumbers)))
    lines.push("", line([w.t("download.smallNumbers")]));
  return new Response(`\uFEFF${lines.join("\r\n")}\r\n`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="monitoring-${month}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** The month's figures as a PDF for the managers' meeting: case references, no names. */
export async function monitoringPdfResponse(request: Request, user: SignedIn) {
  const { month, figures, w, heading, lng } = monitoringFor(request, user);
  const sections = monitoringSections(figures, w, { showNames: false });
  audit(request, user, "monitoring_exported");
  const { monitoringPdf } = await import("./pdf.server");
  const pdf = await monitoringPdf(sections, w, {
    heading,
    footer: w.t("download.pdfFooter", { date: formatDate(todayInEngland(), lng) }),
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="own-voice-monitoring-${month}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
