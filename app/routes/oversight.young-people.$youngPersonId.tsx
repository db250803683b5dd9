import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { leaderRoles } from "~/auth/roles";
import { oversightChild } from "~/escalations/oversight.server";
import { OpenEscalations } from "~/escalations/ui/EscalationList";
import { Rag } from "~/escalations/ui/Oversight";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";

export const handle: RouteHandle = { titleKey: "escalations:oversight.childTitle" };

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: leaderRoles });
  return json(oversightChild(request, user, params.youngPersonId, requestLanguage(request, user)));
}

/** A child of the leader's teams, read only. */
export default function OversightChild() {
  const { t } = useTranslation();
  const { child, escalations, ratings } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/oversight">{t("escalations:oversight.back")}</BackLink>
      <h1>{child.name}</h1>
      <dl className="summary-list">
        <dt>{t("escalations:oversight.caseReference")}</dt>
        <dd>{child.caseReference ?? t("escalations:oversight.noCaseReference")}</dd>
      </dl>
      <OpenEscalations rows={escalations} />
      <section aria-labelledby="ratings-title">
        <h2 id="ratings-title">{t("escalations:oversight.ratingsTitle")}</h2>
        {ratings.length ? (
          <table className="table">
            <caption className="visually-hidden">{t("escalations:oversight.ratingsTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("escalations:oversight.review")}</th>
                <th scope="col">{t("escalations:oversight.rating")}</th>
                <th scope="col">{t("escalations:oversight.planQuality")}</th>
                <th scope="col">{t("escalations:oversight.activeMonitoring")}</th>
                <th scope="col">{t("escalations:oversight.concerns")}</th>
              </tr>
            </thead>
            <tbody>
              {ratings.map((r) => (
                <tr key={r.id}>
                  <td>{r.reviewOn}</td>
                  <td>
                    <Rag rag={r.rag} />
                  </td>
                  <td>{t(`escalations:oversight.quality.${r.planQuality}`)}</td>
                  <td>
                    {r.activeMonitoring
                      ? t("escalations:oversight.yes")
                      : t("escalations:oversight.no")}
                  </td>
                  <td>{r.concerns.map((c) => t(`escalations:themes.${c}`)).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t("escalations:oversight.noRatings")}</p>
        )}
      </section>
    </>
  );
}
