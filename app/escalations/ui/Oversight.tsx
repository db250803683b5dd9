import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Tag } from "~/ui/Tag";

/** A RAG rating in words, never colour alone. */
export function Rag({ rag }: { rag: string }) {
  const { t } = useTranslation();
  return (
    <Tag tone={rag === "red" ? "overdue" : rag === "amber" ? "soon" : undefined}>
      {t(`escalations:oversight.rag.${rag}`)}
    </Tag>
  );
}

type Alert = {
  id: string;
  youngPersonId: string;
  name: string;
  rag: string;
  concerns: string[];
  on: string;
};

/** Red and amber monitoring ratings of the leader's teams' children, last three months. */
export function MonitoringAlerts({ alerts }: { alerts: Alert[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="monitoring-alerts-title">
      <h2 id="monitoring-alerts-title">{t("escalations:oversight.alertsTitle")}</h2>
      {alerts.length ? (
        <ul>
          {alerts.map((a) => (
            <li key={a.id}>
              <Link to={`/oversight/young-people/${a.youngPersonId}`}>{a.name}</Link>{" "}
              <Rag rag={a.rag} /> {t("escalations:oversight.ratedOn", { date: a.on })}
              {a.concerns.length
                ? ` · ${a.concerns.map((c) => t(`escalations:themes.${c}`)).join(", ")}`
                : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("escalations:oversight.noAlerts")}</p>
      )}
    </section>
  );
}
