import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PreparationView } from "../prep-view.server";

/** Who the review is for (age, language, interpreter), when it is due and planned, where, status. */
export function ReviewDetails({
  youngPerson,
  review,
}: {
  youngPerson: PreparationView["youngPerson"];
  review: PreparationView["review"];
}) {
  const { t } = useTranslation();
  return (
    <dl className="summary-list">
      <div>
        <dt>{t("reviews:prep.youngPerson")}</dt>
        <dd>
          <Link to={`/iro/young-people/${youngPerson.id}`}>{youngPerson.name}</Link> (
          {t("reviews:prep.age", { count: youngPerson.age })}),{" "}
          <span lang={youngPerson.language.code}>{youngPerson.language.ownName}</span>
          {youngPerson.language.code !== "en" ? ` (${youngPerson.language.englishName})` : null}
          {youngPerson.needsInterpreter ? (
            <>
              {" "}
              <span className="tag">{t("home:table.needsInterpreter")}</span>
            </>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t("reviews:prep.due")}</dt>
        <dd>
          {review.dueOn}
          {review.status === "planned" && review.daysLeft < 0 ? (
            <>
              {" "}
              <span className="tag tag--overdue">
                {t("home:review.overdue", { count: -review.daysLeft })}
              </span>
            </>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t("reviews:prep.planned")}</dt>
        <dd>{review.plannedOn ?? t("reviews:caseload.notPlanned")}</dd>
      </div>
      {review.place ? (
        <div>
          <dt>{t("reviews:prep.place")}</dt>
          <dd>{review.place}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t("reviews:prep.status")}</dt>
        <dd>{t(`reviews:status.${review.status}`)}</dd>
      </div>
    </dl>
  );
}
