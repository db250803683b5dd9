import { renderToStaticMarkup } from "react-dom/server";
import { embeddedFonts, htmlToPdf } from "~/letters/pdf.server";
import type { Writer } from "~/reports/cells.server";
import { reportPdfCss } from "~/reports/pdf.server";
import type { ReportSection } from "~/reports/table";
import { ReportSections } from "~/reports/ui/ReportSections";

/*
 * The monthly monitoring figures as a PDF (issue 18), through the same headless Chromium and the
 * same section layout as the annual report's PDF. No child is named (case references only).
 */

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
    `<!doctype html><html lang="${w.lng}" dir="${w.dir}"><head><meta charset="utf-8"><title>${title}</title><style>${embeddedFonts()}${reportPdfCss}</style></head><body>${body}</body></html>`,
  );
}
