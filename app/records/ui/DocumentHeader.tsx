import type { DocumentHeader as Header } from "../header.server";

/** The top of every case-record document: what it is, whose, which reference, which day. */
export function DocumentHeader({ header }: { header: Header }) {
  return (
    <header className="record__header">
      <p className="record__kind">{header.kindLabel}</p>
      <h1>{header.title}</h1>
      <dl className="record__facts">
        {header.rows.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}

/** Facts below the header: label and value, a list when there are several. */
export function Facts({ rows }: { rows: { label: string; value: string | string[] }[] }) {
  return (
    <dl className="record__facts">
      {rows.map((row) => (
        <div key={row.label}>
          <dt>{row.label}</dt>
          <dd>
            {Array.isArray(row.value) ? (
              <ul>
                {row.value.map((v, i) => (
                  <li key={i}>{v}</li>
                ))}
              </ul>
            ) : (
              row.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
