import { renderToStaticMarkup } from "react-dom/server";
import { formatDate } from "~/i18n/format";
import { embeddedFonts, htmlToPdf } from "~/letters/pdf.server";
import { todayInEngland } from "~/dates/calendar";
import { periodWords, type Writer } from "./cells.server";
import type { Report } from "./figures";
import type { ReportSection } from "./table";
import { ReportSections } from "./ui/ReportSections";

/*
 * The whole report as a PDF (issue 16), through the same headless Chromium that prints letters,
 * titled with the organisation and the period, ready to paste into the annual report. It leaves
 * the service, so it names no child and marks counts of fewer than 5 children.
 */

/** The report layout for print; the monthly monitoring PDF uses it too. */
export const reportPdfCss = `
body{font-family:"Noto Sans","Noto Sans Arabic","Noto Sans Ethiopic",sans-serif;font-size:10pt;line-height:1.4;color:#111;margin:0}
h1{font-size:18pt;margin:0 0 4pt}
h2{font-size:13pt;margin:16pt 0 4pt;page-break-after:avoid}
.report-section{page-break-inside:auto}
.report-definition{color:#333}
.report-summary{font-weight:700}
.report-warning{border-inline-start:4pt solid #b35900;padding-inline-start:6pt}
.report-chart{margin:6pt 0;page-break-inside:avoid}
.report-chart svg{width:100%;height:auto}
table{border-collapse:collapse;width:100%;margin:6pt 0;page-break-inside:auto}
caption{text-align:start;font-weight:700;padding:4pt 0}
th,td{border-bottom:0.5pt solid #999;padding:2pt 4pt;text-align:start;vertical-align:top}
td.numeric,th.numeric{text-align:end}
tfoot th,tfoot td{font-weight:700;border-top:1pt solid #111}
.report-note{font-size:9pt;color:#333}
.report-meta{color:#444}
`;

export async function reportPdf(
  report: Report,
  sections: ReportSection[],
  w: Writer,
): Promise<Buffer> {
  const { t, lng, dir } = w;
  const period = periodWords(report.period, w);
  const body = renderToStaticMarkup(
    <>
      <h1>{report.organisationName}</h1>
      <p className="report-meta">
        {report.iroName ? `${t("download.scope", { iro: report.iroName })} · ` : ""}
        {period}
      </p>
      <p className="report-meta">
        {t("download.pdfFooter", { date: formatDate(todayInEngland(), lng) })}
      </p>
      <ReportSections
        sections={sections}
        noneLabel={t("none")}
        csvLabel={null}
        smallNumbers={{ mark: t("download.smallMark"), note: t("download.smallNumbers") }}
      />
    </>,
  );
  const title = `${report.organisationName}: ${period}`.replace(/[&<>"]/g, "");
  return htmlToPdf(
    `<!doctype html><html lang="${lng}" dir="${dir}"><head><meta charset="utf-8"><title>${title}</title><style>${embeddedFonts()}${reportPdfCss}</style></head><body>${body}</body></html>`,
  );
}
