import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { leaderRoles } from "~/auth/roles";
import { oversightHome } from "~/escalations/oversight.server";
import { EscalationsForYou } from "~/escalations/ui/EscalationList";
import { AgreementsToAnswer } from "~/actions/ui/Agreements";
import { MonitoringAlerts } from "~/escalations/ui/Oversight";
import { requestLanguage } from "~/i18n/request-language.server";
import { Notifications } from "~/notifications/ui/Notifications";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "escalations:oversight.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: leaderRoles });
  return json(oversightHome(user, requestLanguage(request, user)));
}

/** The home page of team managers, service managers and directors. */
export default function OversightHome() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("escalations:oversight.title")}</h1>
      <p>{t("escalations:oversight.intro", { name: data.name })}</p>
      <EscalationsForYou rows={data.escalations} />
      <Notifications items={data.notifications} />
      {data.agreements.length ? <AgreementsToAnswer items={data.agreements} /> : null}
      <MonitoringAlerts alerts={data.alerts} />
      <section aria-labelledby="children-title">
        <h2 id="children-title">{t("escalations:oversight.childrenTitle")}</h2>
        {data.children.length ? (
          <>
            {data.childCount > data.children.length ? (
              <p>
                {t("escalations:oversight.childrenShown", {
                  shown: data.children.length,
                  total: data.childCount,
                })}
              </p>
            ) : null}
            <ul>
              {data.children.map((c) => (
                <li key={c.id}>
                  <Link to={`/oversight/young-people/${c.id}`}>{c.name}</Link>
                  {c.caseReference ? ` (${c.caseReference})` : null}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t("escalations:oversight.noChildren")}</p>
        )}
      </section>
    </>
  );
}
