import { CsvError, parse } from "csv-parse/sync";

/*
 * Reading an uploaded CSV file the way a council's case system or Excel writes it. Pure: no
 * database, so the preview and the confirmation read a stored file the same way.
 *
 * Parsed with csv-parse (the CSV project's parser: RFC 4180 quoting, CRLF or LF, a byte order
 * mark), then checked against the kind's column list. Row numbers are the ones Excel shows:
 * the header is row 1, and an empty row still counts.
 */

/** A message for the administrator: a translation key and what to put in it. */
export type Message = { key: string; values?: Record<string, string | number> };

/** One column of a kind's file, as docs/import.md lists it. */
export type ColumnSpec = { name: string; required: boolean };

export type CsvRow = { row: number; cells: Record<string, string> };
export type CsvTable = { columns: string[]; rows: CsvRow[] };

export type ReadResult = { ok: true; table: CsvTable } | { ok: false; errors: Message[] };

/** The most rows one file may hold: several times a large council's children in care. */
export const maxRows = 50_000;

/**
 * The text of an uploaded file. Excel's "CSV UTF-8" starts with a byte order mark, its plain
 * "CSV" is Windows-1252, and its "Unicode text" is UTF-16 with a byte order mark: each is read as
 * what it is, so "Zoë" arrives as "Zoë" whichever one was chosen.
 */
export function decodeUpload(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    // A BOM is kept here and dropped by the parser (`bom: true`), so the stored text is the file.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/**
 * The delimiter, read from the header row: a comma, or the semicolon Excel writes where the
 * decimal separator is a comma, or a tab (Excel's "Unicode text"). Column names hold none of
 * them, so the header says which one the file uses.
 */
export function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  const candidates = [",", ";", "\t"].map((c) => ({ c, n: count(c) }));
  const best = candidates.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.c : ",";
}

/** "Case reference", "case-reference" and "CASE_REFERENCE" all name case_reference. */
export const normaliseColumnName = (name: string) =>
  name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

/** The file's rows by column name, or why it cannot be read as this kind of file. */
export function readCsv(text: string, spec: readonly ColumnSpec[]): ReadResult {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, "")),
      relax_column_count: true,
      // A stray quote inside a field a person typed by hand is kept, not a reason to refuse.
      relax_quotes: true,
    });
  } catch (error) {
    if (error instanceof CsvError)
      return {
        ok: false,
        errors: [{ key: "import:errors.unreadable", values: { row: Number(error.lines) } }],
      };
    throw error;
  }
  const [header, ...body] = records;
  if (!header || header.every((h) => !h.trim()))
    return { ok: false, errors: [{ key: "import:errors.empty" }] };

  const columns = header.map(normaliseColumnName);
  const errors: Message[] = [];
  const known = new Set(spec.map((c) => c.name));
  const seen = new Set<string>();
  for (const column of columns) {
    // An empty header cell over empty cells is what Excel leaves after a deleted column.
    if (!column) continue;
    if (!known.has(column)) errors.push({ key: "import:errors.unknownColumn", values: { column } });
    else if (seen.has(column))
      errors.push({ key: "import:errors.duplicateColumn", values: { column } });
    seen.add(column);
  }
  for (const c of spec)
    if (c.required && !seen.has(c.name))
      errors.push({ key: "import:errors.missingColumn", values: { column: c.name } });

  const rows: CsvRow[] = [];
  body.forEach((record, index) => {
    // Excel saves an emptied row as a line of commas: a blank row, skipped but counted.
    if (record.every((cell) => !cell.trim())) return;
    const cells: Record<string, string> = {};
    columns.forEach((column, i) => {
      if (column) cells[column] = (record[i] ?? "").trim();
    });
    // Cells beyond the header, or under an empty header cell, belong to no column.
    if (record.some((cell, i) => !columns[i] && cell.trim())) cells[extraCellsMarker] = "yes";
    rows.push({ row: index + 2, cells });
  });
  if (!errors.length && rows.length === 0) errors.push({ key: "import:errors.noRows" });
  if (rows.length > maxRows)
    errors.push({ key: "import:errors.tooManyRows", values: { max: maxRows } });
  if (errors.length) return { ok: false, errors };
  return { ok: true, table: { columns: columns.filter(Boolean), rows } };
}

/** Set on a row with cells that belong to no column (a comma typed in a name, say). */
export const extraCellsMarker = "\u0000extra";
