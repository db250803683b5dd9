import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ContactRow } from "../contacts.server";

/** The IRO's contacts about a child, newest first, with the link to log one. */
export function ContactList({
  youngPersonId,
  contacts,
}: {
  youngPersonId: string;
  contacts: ContactRow[];
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t("midway:contacts.list.title")}</h2>
      <p>
        <Link to={`/iro/young-people/${youngPersonId}/contacts/new`}>
          {t("midway:contacts.list.log")}
        </Link>
      </p>
      {contacts.length ? (
        <ul>
          {contacts.map((c) => (
            <li key={c.id}>
              {c.contactOn}: {t(`midway:contacts.kind.${c.kind}`)}
              {/* Retention erases who it was with (''). */}
              {c.withWhom ? `, ${t("midway:contacts.list.with")} ${c.withWhom}` : null} (
              {t(
                `midway:contacts.seenAlone.${c.seenAlone === null ? "not_seen" : c.seenAlone ? "yes" : "no"}`,
              )}
              ){c.note ? <p className="hint">{c.note}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("midway:contacts.list.none")}</p>
      )}
    </section>
  );
}
