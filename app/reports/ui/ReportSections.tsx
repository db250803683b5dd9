import { hasSmallNumbers, type Cell, type ReportSection, type ReportTable } from "../table";

/*
 * The report's sections as the page and the PDF both print them (issue 16): for each figure its
 * title, its definition in plain words, the sentence to quote, any warning, the chart (drawn on
 * the server) and the tables with their numbers. No hooks: the PDF renders this on the server.
 */

type Downloadable = ReportTable & { csvHref?: string };

function CellView({ cell, smallMark }: { cell: Cell; smallMark: string | null }) {
  return (
    <>
      {cell.text}
      {smallMark && cell.small ? <sup>{smallMark}</sup> : null}
    </>
  );
}

function Table({
  table,
  csvLabel,
  smallMark,
}: {
  table: Downloadable;
  csvLabel: string | null;
  smallMark: string | null;
}) {
  return (
    <div className="report-table">
      {/* Focusable, so a keyboard can scroll a wide table on a narrow screen (axe asks for it). */}
      <div
        className="table-wrap"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region
        tabIndex={0}
        role="region"
        aria-labelledby={`${table.id}-caption`}
      >
        <table>
          <caption id={`${table.id}-caption`}>{table.title}</caption>
          <thead>
            <tr>
              {table.head.map((heading, i) => (
                <th
                  key={i}
                  scope="col"
                  className={table.rows[0]?.[i]?.value !== undefined ? "numeric" : undefined}
                >
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row">
                      <CellView cell={cell} smallMark={smallMark} />
                    </th>
                  ) : (
                    <td key={c} className={cell.value !== undefined ? "numeric" : undefined}>
                      <CellView cell={cell} smallMark={smallMark} />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
          {table.total ? (
            <tfoot>
              <tr>
                {table.total.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row">
                      {cell.text}
                    </th>
                  ) : (
                    <td key={c} className={cell.value !== undefined ? "numeric" : undefined}>
                      <CellView cell={cell} smallMark={smallMark} />
                    </td>
                  ),
                )}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
      {csvLabel && table.csvHref ? (
        <p>
          <a href={table.csvHref} download>
            {csvLabel}
          </a>
        </p>
      ) : null}
    </div>
  );
}

export function ReportSections({
  sections,
  noneLabel,
  csvLabel,
  smallNumbers,
}: {
  sections: (Omit<ReportSection, "tables"> & { tables: Downloadable[] })[];
  noneLabel: string;
  /** "Download “{{table}}” as CSV" with the table's title filled in, or null (in the PDF). */
  csvLabel: ((table: string) => string) | null;
  /** In a download that leaves the service: the mark and the note for counts of 1 to 4. */
  smallNumbers: { mark: string; note: string } | null;
}) {
  return (
    <>
      {sections.map((section) => (
        <section
          key={section.id}
          id={section.id}
          className="report-section"
          aria-labelledby={`${section.id}-heading`}
        >
          <h2 id={`${section.id}-heading`}>{section.title}</h2>
          <p className="report-definition">{section.definition}</p>
          {section.warnings.map((warning) => (
            <p key={warning} className="report-warning" role="note">
              <strong>{warning}</strong>
            </p>
          ))}
          {section.summary.map((sentence) => (
            <p key={sentence} className="report-summary">
              {sentence}
            </p>
          ))}
          {section.chart ? (
            <figure className="report-chart" dangerouslySetInnerHTML={{ __html: section.chart }} />
          ) : null}
          {section.tables.map((table) =>
            table.rows.length ? (
              <Table
                key={table.id}
                table={table}
                csvLabel={csvLabel ? csvLabel(table.title) : null}
                smallMark={smallNumbers?.mark ?? null}
              />
            ) : (
              <div key={table.id} className="report-table">
                <h3 className="report-table__title">{table.title}</h3>
                <p>{noneLabel}</p>
              </div>
            ),
          )}
          {smallNumbers && section.tables.some(hasSmallNumbers) ? (
            <p className="report-note">{smallNumbers.note}</p>
          ) : null}
        </section>
      ))}
    </>
  );
}
