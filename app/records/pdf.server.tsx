import { renderToStaticMarkup } from "react-dom/server";
import { embeddedFonts, htmlToPdf, inlineIcons } from "~/letters/pdf.server";
import type { SectionsDocument } from "./between-document.server";
import type { LetterDocument } from "./letter-document.server";
import type { ReviewDocument } from "./review-document.server";
import type { StatementDocument } from "./statement-document.server";
import { LetterRecord } from "./ui/LetterRecord";
import { ReviewRecord } from "./ui/ReviewRecord";
import { StatementRecord } from "./ui/StatementRecord";

/*
 * Case-record documents printed by the letters' renderer (one browser, a few renders at a time,
 * no network, a time limit): only the layout and its stylesheet are the case record's own.
 */

export type CaseRecordDocument =
  | { kind: "statement"; doc: StatementDocument }
  | { kind: "review"; doc: ReviewDocument }
  | { kind: "letter"; doc: LetterDocument }
  | { kind: "midway" | "escalation" | "contacts"; doc: SectionsDocument };

const css = `
body{font-family:"Noto Sans","Noto Sans Arabic","Noto Sans Ethiopic",sans-serif;font-size:11pt;line-height:1.45;color:#111;margin:0}
h1{font-size:17pt;margin:0 0 6pt}
h2{font-size:13pt;margin:14pt 0 4pt}
.record__header{border-bottom:2pt solid #111;padding-bottom:6pt;margin-bottom:8pt}
.record__kind{font-weight:700;font-size:10pt;color:#444;margin:0}
.record__facts{display:grid;grid-template-columns:max-content 1fr;gap:2pt 12pt;margin:4pt 0}
.record__facts div{display:contents}
.record__facts dt{font-weight:700}
.record__facts dd{margin:0}
.record__facts ul{margin:0;padding-inline-start:14pt}
.record__answers{width:100%;border-collapse:collapse;margin-top:10pt}
.record__answers th,.record__answers td{border:0.5pt solid #999;padding:4pt 6pt;vertical-align:top;text-align:start}
.record__answers thead th{background:#eee}
.record__answers tr{page-break-inside:avoid}
.record__question{color:#444;font-size:9.5pt;margin:0 0 3pt}
.record__text{white-space:pre-wrap;margin:0}
.record__note,.record__muted{color:#444;font-size:9.5pt;margin:3pt 0 0}
.record__erased{border:1pt solid #111;padding:6pt;font-weight:700}
.record__next-page{page-break-before:always}
.record__made{color:#444;font-size:9pt;margin-top:14pt}
.letter__section h2{font-size:12pt;display:flex;gap:8pt;align-items:center;margin:10pt 0 4pt}
.icon--large{width:24pt;height:24pt}
ul,ol{padding-inline-start:16pt;margin:0}
`;

function view(document: CaseRecordDocument) {
  switch (document.kind) {
    case "statement":
      return <StatementRecord doc={document.doc} />;
    case "review":
      return <ReviewRecord doc={document.doc} />;
    case "letter":
      return <LetterRecord doc={document.doc} />;
    default:
      // A midway check, an escalation, the contact log: sections of facts, as a review.
      return <ReviewRecord doc={document.doc} />;
  }
}

/** The printable HTML of one document, with fonts and pictures embedded. */
export function caseRecordHtml(document: CaseRecordDocument): string {
  const body = renderToStaticMarkup(
    <>
      {view(document)}
      <p className="record__made">{document.doc.header.made}</p>
    </>,
  );
  return inlineIcons(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(document.doc.header.title)}</title><style>${embeddedFonts()}${css}</style></head><body>${body}</body></html>`,
  );
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export const caseRecordPdf = (document: CaseRecordDocument) => htmlToPdf(caseRecordHtml(document));
