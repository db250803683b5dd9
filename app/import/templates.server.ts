import { stringify } from "csv-stringify/sync";
import { importKinds, type ImportKind } from "#db/schema";
import { importColumns, templateExamples } from "./columns";

/*
 * The template of each kind of file: its header row and two invented example rows, written by
 * csv-stringify (the same project as the parser, so what one writes the other reads). With a
 * byte order mark and CRLF line ends, as Excel's own "CSV UTF-8", so Excel opens it with every
 * letter intact; formulas are escaped, so no cell can run in a spreadsheet.
 */
export function templateCsv(kind: ImportKind): string {
  return stringify(templateExamples[kind], {
    header: true,
    columns: importColumns[kind].map((c) => c.name),
    bom: true,
    record_delimiter: "windows",
    escape_formulas: true,
  });
}

/** The kind a template file name asks for ("young_people.csv"), if any. */
export function templateKindOf(fileName: string | undefined): ImportKind | undefined {
  const kind = fileName?.replace(/\.csv$/, "");
  return importKinds.find((k) => k === kind && fileName === `${k}.csv`);
}

export function templateResponse(kind: ImportKind) {
  return new Response(templateCsv(kind), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="own-voice-${kind.replace(/_/g, "-")}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
