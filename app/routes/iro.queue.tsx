import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BackLink } from "~/ui/BackLink";
import { requireUser } from "~/auth/require-user.server";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { queueView } from "~/reviews/prep-view.server";
import { formatDate } from "~/i18n/format";
import { lettersDue } from "~/letters/letters.server";
import { todayInEngland } from "~/dates/calendar";
import { queueDays } from "~/reviews/readiness";
import { HelpedBy, ReadinessLine } from "~/reviews/ui/Preparation";

export const handle: RouteHandle = { titleKey: "reviews:queue.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const lng = requestLanguage(request, user);
  const today = todayInEngland();
  return json({
    ...queueView(user, lng),
    lettersDue: lettersDue(user, today).map((l) => ({
      reviewId: l.reviewId,
      name: l.name,
      dueOn: formatDate(l.dueOn, lng),
      overdue: l.dueOn < today,
    })),
  });
}

/** Reviews in the next four weeks, children not yet heard first; then replies and decisions due. */
export default function PreparationQueue() {
  const { t } = useTranslation();
  const { reviews, repliesDue, decisionsDue, lettersDue } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/iro">{t("home:iro.back")}</BackLink>
      <h1>{t("reviews:queue.title")}</h1>
      <p>{t("reviews:queue.intro", { count: queueDays })}</p>
      {reviews.length ? (
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
      ) : (
        <p>{t("reviews:queue.none")}</p>
      )}

      <h2>{t("reviews:queue.repliesDue")}</h2>
      {repliesDue.length ? (
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
      ) : (
        <p>{t("reviews:queue.noReplies")}</p>
      )}

      <h2>{t("reviews:queue.decisionsDue")}</h2>
      {decisionsDue.length ? (
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
      ) : (
        <p>{t("reviews:queue.noDecisions")}</p>
      )}

      <h2>{t("letters:iro.lettersDue")}</h2>
      <p>
        <Link to="/iro/letters">{t("letters:iro.register")}</Link>
      </p>
      {lettersDue.length ? (
        <ul>
          {lettersDue.map((l) => (
            <li key={l.reviewId}>
              <Link to={`/iro/reviews/${l.reviewId}/letter`}>
                {t("letters:iro.title", { name: l.name })}
              </Link>{" "}
              — {t("letters:iro.letterBy", { date: l.dueOn })}{" "}
              {l.overdue ? (
                <span className="tag tag--overdue">{t("reviews:queue.overdue")}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("letters:iro.noLettersDue")}</p>
      )}
    </>
  );
}
