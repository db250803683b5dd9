import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { organisations } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { getLanguage, type LanguageCode } from "~/i18n/languages";
import { requestLanguage } from "~/i18n/request-language.server";
import { organisationSettings } from "~/organisations/settings.server";
import { periodWords, writerFor } from "./cells.server";
import { reportCsv } from "./csv.server";
import { periodFrom, reportingYearOf } from "./period";
import { buildReport } from "./report.server";
import type { ReportScope } from "./scope.server";
import { reportSections } from "./sections.server";

/*
 * What the reports pages, their CSV downloads and the PDF share (issue 16): who may see which
 * caseload, the period the address asks for, and the report in the reader's language. A manager
 * or administrator sees the whole organisation; an IRO their own caseload, nothing of anyone
 * else's. Looking and downloading are audited (the late reviews name children).
 */

export type ReportAudience = "organisation" | "caseload";

const basePath = { organisation: "/manage/reports", caseload: "/iro/reports" } as const;

function scopeOf(user: SignedIn, audience: ReportAudience): ReportScope {
  return audience === "organisation"
    ? { organisationId: user.organisationId }
    : { organisationId: user.organisationId, iroUserId: user.id };
}

/** The organisation's name for a report's heading (the monthly monitoring page uses it too). */
export function organisationName(organisationId: string) {
  const row = getDb()
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
  if (!row) throw notFound();
  return row.name;
}

function reportFor(request: Request, user: SignedIn, audience: ReportAudience, lng: LanguageCode) {
  const url = new URL(request.url);
  const today = todayInEngland();
  const { period, error } = periodFrom(url.searchParams, today);
  const report = buildReport(scopeOf(user, audience), period, {
    organisationName: organisationName(user.organisationId),
    iroName: audience === "caseload" ? user.displayName : null,
  });
  const settings = organisationSettings(user.organisationId);
  const w = writerFor(lng, getLanguage(lng).dir);
  return { url, today, period, error, report, settings, w };
}

function audit(request: Request, user: SignedIn, action: "reports_viewed" | "reports_exported") {
  recordAudit(request, {
    action,
    organisationId: user.organisationId,
    actorUserId: user.id,
    subjectType: "reports",
  });
}

/** The page: the period chooser's values (as typed), the report's sections, the downloads. */
export function reportPage(request: Request, user: SignedIn, audience: ReportAudience) {
  const lng = requestLanguage(request, user);
  const { url, today, period, error, report, settings, w } = reportFor(
    request,
    user,
    audience,
    lng,
  );
  audit(request, user, "reports_viewed");
  const params = url.searchParams;
  const thisYear = reportingYearOf(today);
  const query = new URLSearchParams(
    [...params].filter(([key]) => ["period", "year", "month", "from", "to"].includes(key)),
  );
  const href = (suffix: string, extra: Record<string, string> = {}) => {
    const q = new URLSearchParams(error ? [] : query);
    for (const [key, value] of Object.entries(extra)) q.set(key, value);
    const text = q.toString();
    return `${basePath[audience]}${suffix}${text ? `?${text}` : ""}`;
  };
  const sections = reportSections(report, w, { showNames: true, standards: settings });
  return {
    audience,
    heading:
      audience === "caseload"
        ? w.t("iroHeading", {
            organisation: report.organisationName,
            iro: report.iroName,
            period: periodWords(period, w),
          })
        : w.t("heading", {
            organisation: report.organisationName,
            period: periodWords(period, w),
          }),
    empty: report.reviews.held === 0,
    values: {
      period: error ? "dates" : period.kind,
      year: period.kind === "year" ? period.from.slice(0, 4) : String(thisYear - 1),
      month: period.kind === "month" ? period.from.slice(0, 7) : "",
      from: params.get("from") ?? (period.kind === "dates" ? period.from : ""),
      to: params.get("to") ?? (period.kind === "dates" ? period.to : ""),
    },
    errors: (error ? { from: `reports:errors.${error}` } : null) as Record<string, string> | null,
    years: Array.from({ length: 6 }, (_, i) => thisYear - i).map((start) => ({
      value: String(start),
      label: w.t("period.yearOption", { start, end: start + 1 }),
    })),
    sections: sections.map((section) => ({
      ...section,
      tables: section.tables.map((table) => ({
        ...table,
        csvHref: href(".csv", { table: table.id }),
      })),
    })),
    pdfHref: href(".pdf"),
  };
}

export type ReportPageData = ReturnType<typeof reportPage>;

/** One table of the report as CSV: no names, counts of 1 to 4 children marked. */
export function reportCsvResponse(request: Request, user: SignedIn, audience: ReportAudience) {
  const lng = requestLanguage(request, user);
  const { url, period, report, settings, w } = reportFor(request, user, audience, lng);
  const tableId = url.searchParams.get("table") ?? "";
  const table = reportSections(report, w, { showNames: false, standards: settings })
    .flatMap((section) => section.tables)
    .find((candidate) => candidate.id === tableId);
  if (!table) throw notFound();
  audit(request, user, "reports_exported");
  return new Response(reportCsv(table, report, w), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${table.id}-${period.from}-${period.to}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** The whole report as a PDF for the annual report: titled with the organisation and period. */
export async function reportPdfResponse(
  request: Request,
  user: SignedIn,
  audience: ReportAudience,
) {
  const lng = requestLanguage(request, user);
  const { period, report, settings, w } = reportFor(request, user, audience, lng);
  audit(request, user, "reports_exported");
  const { reportPdf } = await import("./pdf.server");
  const pdf = await reportPdf(
    report,
    reportSections(report, w, { showNames: false, standards: settings }),
    w,
  );
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="own-voice-report-${period.from}-${period.to}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
