import { useTranslation } from "react-i18next";

/** Replies already sent to the young person. */
export function Replies({ replies }: { replies: { name: string; at: string; text: string }[] }) {
  const { t } = useTranslation();
  if (!replies.length) return null;
  return (
    <section aria-labelledby="replies-title">
      <h2 id="replies-title">{t("consultation:ui.replies")}</h2>
      <ul className="statement-list">
        {replies.map((reply) => (
          <li key={`${reply.at}-${reply.name}`} className="statement-card">
            <p className="hint">
              {t("consultation:ui.replyFrom", { name: reply.name, date: reply.at })}
            </p>
            <p className="free-text">{reply.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
