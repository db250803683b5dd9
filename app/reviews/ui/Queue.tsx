import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { QueueView } from "../queue-view.server";
import { HelpedBy, ReadinessLine } from "./Preparation";

/*
 * The preparation queue across the caseload: reviews coming up, least ready first; then the
 * replies and the decisions that are due.
 */

/** Reviews in the next four weeks, each with its readiness and every contribution's state. */
export function QueueReviews({ reviews }: { reviews: QueueView["reviews"] }) {
  const { t } = useTranslation();
  if (!reviews.length) return <p>{t("reviews:queue.none")}</p>;
  return (
    <ol className="queue">
      {reviews.map((r) => (
        <li key={r.reviewId} className="queue__item">
          <h2 className="queue__name">
            <Link to={`/iro/reviews/${r.reviewId}`}>{r.name}</Link>
          </h2>
          <p>
            {t(`reviews:kind.${r.kind}`)} —{" "}
            {r.plannedOn
              ? t("reviews:queue.planned", { date: r.plannedOn })
              : t("reviews:queue.due", { date: r.dueOn })}{" "}
            {r.overdue ? (
              <span className="tag tag--overdue">{t("reviews:queue.overdue")}</span>
            ) : null}{" "}
            {r.openAlerts > 0 ? (
              <span className="tag tag--overdue">{t("reviews:caseload.urgentAlert")}</span>
            ) : null}{" "}
            {r.needsInterpreter ? (
              <span className="tag">{t("home:table.needsInterpreter")}</span>
            ) : null}
          </p>
          <ReadinessLine readiness={r.readiness} />
          <ul className="plain-list">
            {r.contributions.map((c) => (
              <li key={c.key}>
                {t(`reviews:contribution.kind.${c.kind}`)}
                {c.name ? ` (${c.name})` : ""}: {t(`reviews:contribution.states.${c.state}`)}
                {c.helpedBy ? (
                  <>
                    {" · "}
                    <HelpedBy helpedBy={c.helpedBy} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** Statements waiting for a reply, with the date each reply is due. */
export function RepliesDue({ repliesDue }: { repliesDue: QueueView["repliesDue"] }) {
  const { t } = useTranslation();
  if (!repliesDue.length) return <p>{t("reviews:queue.noReplies")}</p>;
  return (
    <ul>
      {repliesDue.map((r) => (
        <li key={r.statementId}>
          <Link to={`/iro/statements/${r.statementId}`}>
            {r.name}: {t(`consultation:templates.${r.templateId}.title`)}
          </Link>{" "}
          — {t("reviews:queue.replyBy", { date: r.replyDueOn })}{" "}
          {r.overdue ? (
            <span className="tag tag--overdue">{t("reviews:queue.overdue")}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Held reviews whose decisions have not yet been circulated. */
export function DecisionsDue({ decisionsDue }: { decisionsDue: QueueView["decisionsDue"] }) {
  const { t } = useTranslation();
  if (!decisionsDue.length) return <p>{t("reviews:queue.noDecisions")}</p>;
  return (
    <ul>
      {decisionsDue.map((d) => (
        <li key={d.reviewId}>
          <Link to={`/iro/reviews/${d.reviewId}`}>{d.name}</Link> —{" "}
          {t("reviews:queue.decisionsBy", { date: d.dueOn })}{" "}
          {d.overdue ? (
            <span className="tag tag--overdue">{t("reviews:queue.overdue")}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
