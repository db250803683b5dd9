import { renderToStaticMarkup } from "react-dom/server";
import { embeddedFonts, htmlToPdf } from "~/letters/pdf.server";
import type { Writer } from "~/reports/cells.server";
import type { ReportSection } from "~/reports/table";
import { ReportSections } from "~/reports/ui/ReportSections";

/*
 * The monthly monitoring figures as a PDF (issue 18), through the same headless Chromium and the
 * same section layout as the annual report's PDF. No child is named (case references only).
 */

const css = `
body{font-family:"Noto Sans","Noto Sans Arabic","Noto Sans Ethiopic",sans-serif;font-size:10pt;line-height:1.4;color:#111;margin:0}
h1{font-size:16pt;margin:0 0 4pt}
h2{font-size:13pt;margin:16pt 0 4pt;page-break-after:avoid}
.report-definition{color:#333}
.report-summary{font-weight:700}
table{border-collapse:collapse;width:100%;margin:6pt 0;page-break-inside:auto}
caption{text-align:start;font-weight:700;padding:4pt 0}
th,td{border-bottom:0.5pt solid #999;padding:2pt 4pt;text-align:start;vertical-align:top}
td.numeric,th.numeric{text-align:end}
tfoot th,tfoot td{font-weight:700;border-top:1pt solid #111}
.report-note{font-size:9pt;color:#333}
.report-meta{color:#444}
`;

export async function monitoringPdf(
  sections: ReportSection[],
  w: Writer,
  words: { heading: string; footer: string },
): Promise<Buffer> {
  const body = renderToStaticMarkup(
    <>
      <h1>{words.heading}</h1>
      <p className="report-meta">{words.footer}</p>
      <ReportSections
        sections={sections}
        noneLabel={w.t("none")}
        csvLabel={null}
        smallNumbers={{ mark: w.t("download.smallMark"), note: w.t("download.smallNumbers") }}
      />
    </>,
  );
  const title = words.heading.replace(/[&<>"]/g, "");
  return htmlToPdf(
    `<!doctype html><html lang="${w.lng}" dir="${w.dir}"><head><meta charset="utf-8"><title>${title}</title><style>${embeddedFonts()}${css}</style></head><body>${body}</body></html>`,
  );
}
