import { useTranslation } from "react-i18next";
import type { ImportKind } from "#db/schema";
import { importColumns } from "../columns";

/** A kind of file's columns in the administrator's language: which are needed, what each holds. */
export function ColumnList({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  return (
    <details className="import-columns">
      <summary>{t("import:columnsTitle", { kind: t(`import:kinds.${kind}`) })}</summary>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">
            {t("import:columnsTitle", { kind: t(`import:kinds.${kind}`) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("import:columnTable.column")}</th>
              <th scope="col">{t("import:columnTable.required")}</th>
              <th scope="col">{t("import:columnTable.meaning")}</th>
            </tr>
          </thead>
          <tbody>
            {importColumns[kind].map((c) => (
              <tr key={c.name}>
                <td>
                  <code dir="ltr">{c.name}</code>
                </td>
                <td>{t(c.required ? "import:required" : "import:optional")}</td>
                <td>{t(`import:columns.${c.name}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
