import { useTranslation } from "react-i18next";
import type { PlannedRow, RowError } from "../plan";

/** The rows with errors: each with its row number as the spreadsheet shows it, and what to fix. */
export function ErrorTable({ errors, total }: { errors: RowError[]; total: number }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t("import:preview.errorsTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("import:preview.table.row")}</th>
              <th scope="col">{t("import:preview.table.column")}</th>
              <th scope="col">{t("import:preview.table.problem")}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e, i) => (
              <tr key={`${e.row}-${e.column ?? ""}-${i}`}>
                <td>{e.row}</td>
                <td>{e.column ? <code dir="ltr">{e.column}</code> : null}</td>
                <td>{t(e.message.key, e.message.values)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > errors.length ? (
        <p className="hint">
          {t("import:preview.notShown", { shown: errors.length, count: total })}
        </p>
      ) : null}
    </>
  );
}

/** Rows to add, change or leave: a list in a disclosure, with what changes for each row changed. */
export function RowList({
  title,
  rows,
  total,
  showChanges = false,
}: {
  title: string;
  rows: PlannedRow[];
  total: number;
  showChanges?: boolean;
}) {
  const { t } = useTranslation();
  if (!total) return null;
  const value = (v: string | null) => v ?? t("import:preview.empty");
  return (
    <details className="import-rows">
      <summary>
        {title} ({total})
      </summary>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t("import:preview.table.row")}</th>
              <th scope="col">{t("import:preview.table.record")}</th>
              {showChanges ? <th scope="col">{t("import:preview.table.changes")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.row}>
                <td>{r.row}</td>
                <td>{r.label}</td>
                {showChanges ? (
                  <td>
                    <ul className="plain-list">
                      {r.changes?.map((c) => (
                        <li key={c.column}>
                          {t("import:preview.change", {
                            column: c.column,
                            from: value(c.from),
                            to: value(c.to),
                          })}
                        </li>
                      ))}
                    </ul>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > rows.length ? (
        <p className="hint">{t("import:preview.notShown", { shown: rows.length, count: total })}</p>
      ) : null}
    </details>
  );
}
