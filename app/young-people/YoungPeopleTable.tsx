import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { YoungPersonRow } from "./caseload.server";
import { ReviewDue } from "./ReviewDue";

/** The young people someone is allocated to, with the next review and what the reader must know. */
export function YoungPeopleTable({
  rows,
  linkTo,
  caption,
}: {
  rows: YoungPersonRow[];
  linkTo?: (id: string) => string;
  caption: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("home:table.name")}</th>
            <th scope="col">{t("home:table.age")}</th>
            <th scope="col">{t("home:table.nextReview")}</th>
            <th scope="col">{t("home:table.language")}</th>
            <th scope="col">{t("home:table.notes")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{linkTo ? <Link to={linkTo(row.id)}>{row.name}</Link> : row.name}</th>
              <td>{row.age}</td>
              <td>
                <ReviewDue row={row} />
              </td>
              <td>
                <span lang={row.language.code}>{row.language.ownName}</span>
                {row.language.code !== "en" ? ` (${row.language.englishName})` : null}
              </td>
              <td>
                {row.needsInterpreter ? (
                  <span className="tag">{t("home:table.needsInterpreter")}</span>
                ) : null}{" "}
                {row.isUnaccompanied ? (
                  <span className="tag">{t("home:table.unaccompanied")}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
