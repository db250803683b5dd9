import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { YoungPersonRow } from "../caseload.server";
import { ReviewDue } from "~/young-people/ui/ReviewDue";
import { Tag } from "~/ui/Tag";
import { MidwayDueTag } from "~/midway/ui/MidwayDue";
import type { MidwayDueView } from "~/midway/view.server";

/** The young people someone is allocated to, with the next review and what the reader must know. */
export function YoungPeopleTable({
  rows,
  linkTo,
  caption,
  reviewLink,
  midway,
}: {
  rows: YoungPersonRow[];
  linkTo?: (id: string) => string;
  caption: string;
  /** With this, the planned date and a link to prepare the next review are shown. */
  reviewLink?: (reviewId: string) => string;
  /** IROs' lists: each child's midway check due, by young person id. */
  midway?: Record<string, MidwayDueView>;
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
            {reviewLink ? <th scope="col">{t("reviews:caseload.planned")}</th> : null}
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
              {reviewLink ? (
                <td>
                  {row.nextReviewPlanned ?? t("reviews:caseload.notPlanned")}
                  {row.plannedAfterDue ? (
                    <>
                      {" "}
                      <Tag tone="overdue">{t("reviews:caseload.afterDue")}</Tag>
                    </>
                  ) : null}
                  {row.nextReviewId ? (
                    <>
                      <br />
                      <Link to={reviewLink(row.nextReviewId)}>
                        {t("reviews:caseload.prepare")}
                        <span className="visually-hidden"> {row.name}</span>
                      </Link>
                    </>
                  ) : null}
                </td>
              ) : null}
              <td>
                <span lang={row.language.code}>{row.language.ownName}</span>
                {row.language.code !== "en" ? ` (${row.language.englishName})` : null}
              </td>
              <td>
                {row.openAlerts > 0 ? (
                  <Tag tone="overdue">{t("reviews:caseload.urgentAlert")}</Tag>
                ) : null}{" "}
                {row.needsInterpreter ? <Tag>{t("home:table.needsInterpreter")}</Tag> : null}{" "}
                {row.isUnaccompanied ? <Tag>{t("home:table.unaccompanied")}</Tag> : null}{" "}
                {row.letterDue ? (
                  <span className={row.letterDue.overdue ? "tag tag--overdue" : "tag tag--soon"}>
                    {row.letterDue.overdue
                      ? t("letters:iro.caseloadOverdue", { date: row.letterDue.dueOn })
                      : t("letters:iro.caseloadDue", { date: row.letterDue.dueOn })}
                  </span>
                ) : null}{" "}
                <MidwayDueTag due={midway?.[row.id]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
