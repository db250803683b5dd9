import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Icon } from "~/ui/Icon";

type Item = { id: string; kind: string; isRead: boolean; dueOn: string | null; at: string };

/** "Waiting for you": the notifications in the app, newest unread first. */
export function Notifications({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  if (!items.length) return null;
  return (
    <section className="panel notifications" aria-labelledby="notifications-title">
      <h2 id="notifications-title" className="with-icon">
        <Icon name="letter" />
        <span>{t("forms:notifications.title")}</span>
      </h2>
      <ul className="plain-list">
        {items.map((n) => (
          <li key={n.id} className={n.isRead ? "notification" : "notification notification--new"}>
            <Link to={`/notifications/${n.id}`}>
              {t(`forms:notifications.kinds.${n.kind}`, { date: n.dueOn ?? "" })}
            </Link>{" "}
            <span className="hint">
              {n.at}
              {n.isRead ? "" : ` · ${t("forms:notifications.new")}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
