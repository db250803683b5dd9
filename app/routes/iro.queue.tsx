import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BackLink } from "~/ui/BackLink";
import { requireUser } from "~/auth/require-user.server";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { queueView } from "~/reviews/queue-view.server";
import { formatDate } from "~/i18n/format";
import { lettersDue } from "~/letters/due.server";
import { todayInEngland } from "~/dates/calendar";
import { queueDays } from "~/reviews/readiness";
import { DecisionsDue, QueueReviews, RepliesDue } from "~/reviews/ui/Queue";
import { midwayQueue } from "~/midway/view.server";
import { MidwayQueue } from "~/midway/ui/MidwayDue";

export const handle: RouteHandle = { titleKey: "reviews:queue.title" };

import { disagreementsView } from "~/actions/sections.server";
import { Disagreements } from "~/actions/ui/Agreements";

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const lng = requestLanguage(request, user);
  const today = todayInEngland();
  return json({
    ...queueView(user, lng),
    disagreements: disagreementsView(user, lng),
    lettersDue: lettersDue(user, today).map((l) => ({
      reviewId: l.reviewId,
      name: l.name,
      dueOn: formatDate(l.dueOn, lng),
      overdue: l.dueOn < today,
    })),
    midway: midwayQueue(user, lng, today),
  });
}

/** Reviews in the next four weeks, children not yet heard first; then replies and decisions due. */
export default function PreparationQueue() {
  const { t } = useTranslation();
  const { reviews, repliesDue, decisionsDue, lettersDue, midway, disagreements } =
    useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/iro">{t("home:iro.back")}</BackLink>
      <h1>{t("reviews:queue.title")}</h1>
      <p>{t("reviews:queue.intro", { count: queueDays })}</p>
      <QueueReviews reviews={reviews} />

      <MidwayQueue items={midway} />

      <h2>{t("reviews:queue.repliesDue")}</h2>
      <RepliesDue repliesDue={repliesDue} />

      <h2>{t("reviews:queue.decisionsDue")}</h2>
      <DecisionsDue decisionsDue={decisionsDue} />
      <Disagreements items={disagreements} />

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
