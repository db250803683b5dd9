/*
 * A report's tables as plain data (issue 16): the page draws them, the CSV writes them and the
 * PDF prints them, so the three never disagree. Text is already in the reader's language; a
 * number keeps its value too, so a spreadsheet gets a number and not "1,842".
 */

export type Cell = {
  text: string;
  /** The number behind the text, for the CSV. */
  value?: number;
  /** A count of children between 1 and 4: marked in downloads that leave the service. */
  small?: boolean;
};

export type ReportTable = {
  /** Unique in the report: the CSV's address and file name. */
  id: string;
  title: string;
  head: string[];
  /** The first cell of each row heads it (a month, an age, a measure). */
  rows: Cell[][];
  /** A total row, printed last and set apart. */
  total?: Cell[];
};

export type ReportSection = {
  id: string;
  title: string;
  definition: string;
  /** One sentence a manager can quote. */
  summary: string[];
  /** Warnings to read first (use falling). */
  warnings: string[];
  /** Server-drawn SVG, or null. */
  chart: string | null;
  tables: ReportTable[];
};

/** Does any cell of the table count fewer than 5 children? */
export function hasSmallNumbers(table: ReportTable): boolean {
  return [...table.rows, ...(table.total ? [table.total] : [])].some((row) =>
    row.some((cell) => cell.small),
  );
}
