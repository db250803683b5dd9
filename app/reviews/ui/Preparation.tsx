import { useTranslation } from "react-i18next";
import type { PreparationView } from "../prep-view.server";
import type { Readiness } from "../readiness";
import { seriesCompletionDays } from "../series";

/** "2 of 3 contributions in; young person's view read" */
export function ReadinessLine({ readiness }: { readiness: Readiness }) {
  const { t } = useTranslation();
  return (
    <p className="readiness">
      <strong>
        {t("reviews:readiness.line", { in: readiness.in, count: readiness.expected })}
        {"; "}
        {t(`reviews:readiness.view.${readiness.youngPersonView}`)}
      </strong>
    </p>
  );
}

const stateClass: Record<string, string> = {
  overdue: "tag tag--overdue",
  "not-requested": "tag tag--soon",
  sent: "tag tag--soon",
  read: "tag",
  requested: "tag",
  started: "tag",
};

/** The expected contributions, each with its state as a word. */
export function ContributionList({
  contributions,
}: {
  contributions: PreparationView["contributions"];
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t("reviews:prep.contributions")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("reviews:contribution.who")}</th>
            <th scope="col">{t("reviews:contribution.state")}</th>
            <th scope="col">{t("reviews:contribution.dueOn")}</th>
          </tr>
        </thead>
        <tbody>
          {contributions.map((c) => (
            <tr key={`${c.kind}:${c.person?.userId ?? ""}`}>
              <th scope="row">
                {t(`reviews:contribution.kind.${c.kind}`)}
                {c.person ? `: ${c.person.name}` : null}
                {c.helpedBy ? (
                  <>
                    <br />
                    <HelpedBy helpedBy={c.helpedBy} />
                  </>
                ) : null}
              </th>
              <td>
                <span className={stateClass[c.state] ?? "tag"}>
                  {t(`reviews:contribution.states.${c.state}`)}
                </span>
              </td>
              <td>{c.dueOn ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What was recorded when the review was held. */
export function ReviewRecordSummary({ review }: { review: PreparationView["review"] }) {
  const { t } = useTranslation();
  const yesNo = (v: boolean | null) => (v ? t("reviews:record.yes") : t("reviews:record.no"));
  const { held } = review;
  return (
    <section aria-labelledby="record-summary-title">
      <h2 id="record-summary-title">{t("reviews:record.summaryTitle")}</h2>
      {held?.seriesTooLong ? (
        <div className="panel panel--warning">
          {t("reviews:record.seriesTooLong", {
            first: held.on,
            last: held.completedOn,
            days: seriesCompletionDays,
          })}
        </div>
      ) : null}
      <dl className="summary-list">
        {held ? (
          <div>
            <dt>{t("reviews:record.heldOn")}</dt>
            <dd>
              {held.on}{" "}
              <span className={held.onTime ? "tag" : "tag tag--overdue"}>
                {t(held.onTime ? "reviews:record.onTime" : "reviews:record.late")}
              </span>
            </dd>
          </div>
        ) : null}
        {review.lateReason ? (
          <div>
            <dt>{t("reviews:record.lateReasonShown")}</dt>
            <dd>
              {t(`reviews:lateReasons.${review.lateReason}`)}
              {review.lateReason === "other" && review.lateReasonOther
                ? `: ${review.lateReasonOther}`
                : null}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("reviews:record.meetings")}</dt>
          <dd>{review.meetings.join(", ")}</dd>
        </div>
        <div>
          <dt>{t("reviews:record.attendees")}</dt>
          <dd>{review.attendees.join(", ") || "—"}</dd>
        </div>
        <div>
          <dt>{t("reviews:record.childAttended")}</dt>
          <dd>{yesNo(review.childAttended)}</dd>
        </div>
        <div>
          <dt>{t("reviews:record.childChaired")}</dt>
          <dd>{yesNo(review.childChaired)}</dd>
        </div>
        {review.participationCode ? (
          <div>
            <dt>{t("reviews:record.participationCode")}</dt>
            <dd>
              {review.participationCode}: {t(`reviews:pn.${review.participationCode}`)}
            </dd>
          </div>
        ) : null}
        {review.viewsConveyed ? (
          <div>
            <dt>{t("reviews:record.viewsConveyed")}</dt>
            <dd>{t(`reviews:views.${review.viewsConveyed}`)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("reviews:record.decisions")}</dt>
          <dd>
            <ul>
              {review.decisions.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t("reviews:record.decisionsDue")}</dt>
          <dd>
            {review.decisionsCirculatedOn ? (
              t("reviews:record.circulatedOn", { date: review.decisionsCirculatedOn })
            ) : (
              <>
                {review.decisionsDueOn}{" "}
                <span className={review.decisionsOverdue ? "tag tag--overdue" : "tag tag--soon"}>
                  {review.decisionsOverdue
                    ? t("reviews:record.decisionsOverdue")
                    : t("reviews:record.decisionsNotYet")}
                </span>
              </>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** "Completed with help from Priya Nair, social worker" (together mode). */
export function HelpedBy({ helpedBy }: { helpedBy: { name: string; role: string } }) {
  const { t } = useTranslation();
  return (
    <span className="hint">
      {t("forms:together.helpedBy", {
        name: helpedBy.name,
        role: t(`forms:together.roles.${helpedBy.role}`),
      })}
    </span>
  );
}
