import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PreparationView } from "../prep-view.server";

/** Urgent alerts about the young person, each with who acknowledged it, or that nobody has. */
export function AlertsForChild({ alerts }: { alerts: PreparationView["alerts"] }) {
  const { t } = useTranslation();
  return (
    <section className="panel panel--urgent" aria-labelledby="child-alerts-title">
      <h2 id="child-alerts-title">{t("reviews:prep.alerts")}</h2>
      <ul>
        {alerts.map((a) => (
          <li key={a.id}>
            {t("consultation:alerts.raised", { date: a.raisedAt })}{" "}
            {a.acknowledgedAt ? (
              t("reviews:prep.acknowledged", { name: a.acknowledgedBy, date: a.acknowledgedAt })
            ) : (
              <strong>{t("reviews:prep.notAcknowledged")}</strong>
            )}{" "}
            <Link to={`/iro/statements/${a.statementId}`}>{t("consultation:alerts.open")}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
