import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { Icon } from "~/ui/Icon";

type Alert = { id: string; statementId: string; raisedAt: string; name: string };
type Item = {
  id: string;
  templateId: string;
  submittedAt: string;
  name: string;
  isRead: boolean;
  isUrgent: boolean;
};

/** Urgent worries first, until someone acknowledges them. */
export function UrgentAlerts({
  alerts,
  statementPath,
}: {
  alerts: Alert[];
  statementPath: (id: string) => string;
}) {
  const { t } = useTranslation();
  if (!alerts.length) return null;
  return (
    <section className="panel panel--urgent" aria-labelledby="urgent-title">
      <h2 id="urgent-title" className="with-icon">
        <Icon name="warning" size="large" />
        <span>{t("consultation:alerts.title", { count: alerts.length })}</span>
      </h2>
      <ul className="alert-list">
        {alerts.map((alert) => (
          <li key={alert.id}>
            <p>
              <strong>{alert.name}</strong> —{" "}
              {t("consultation:alerts.raised", { date: alert.raisedAt })}{" "}
              <Link to={statementPath(alert.statementId)}>{t("consultation:alerts.open")}</Link>
            </p>
            <Form method="post" action={`/alerts/${alert.id}/acknowledge`}>
              <CsrfInput />
              <Button variant="warning">
                {t("consultation:alerts.acknowledge")}
                <span className="visually-hidden"> {alert.name}</span>
              </Button>
            </Form>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Statements shared with this reader, newest first, unread ones marked. */
export function StatementInbox({
  items,
  statementPath,
}: {
  items: Item[];
  statementPath: (id: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="statements-title">
      <h2 id="statements-title">{t("consultation:inbox.title")}</h2>
      <p className="hint">{t("consultation:inbox.recentOnly")}</p>
      {items.length === 0 ? <p>{t("consultation:inbox.none")}</p> : null}
      <ul className="statement-list">
        {items.map((item) => (
          <li key={item.id} className="statement-card">
            <Link to={statementPath(item.id)}>
              {item.name}: {t(`consultation:templates.${item.templateId}.title`)}
            </Link>{" "}
            <span className={item.isRead ? "tag" : "tag tag--soon"}>
              {item.isRead ? t("consultation:inbox.read") : t("consultation:inbox.new")}
            </span>{" "}
            {item.isUrgent ? (
              <span className="tag tag--overdue">{t("consultation:reader.urgent")}</span>
            ) : null}
            <p className="hint">{item.submittedAt}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
