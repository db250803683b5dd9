import { useTranslation } from "react-i18next";
import type { OrganisationContacts } from "~/organisations/contacts";
import { ReadAloud } from "~/audio/ui/ReadAloud";
import { ChildlineItem, IroServiceItem, PhoneNumber } from "./HelpContacts";
import { Icon } from "./Icon";

/** The help a voice reads, in the order the page shows it (999 and Childline's number are in them). */
const helpKeys = [
  "common:help.intro",
  "common:help.emergencyTitle",
  "common:help.emergencyBody",
  "common:help.childlineBody",
  "common:help.worker",
];

/**
 * Help that works right now, in the page's language. Service names and numbers are never translated.
 * `contacts`: the signed-in person's own council's IRO and advocacy services, when it has set them.
 */
export function HelpContent({ contacts = null }: { contacts?: OrganisationContacts | null }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <ReadAloud
        keys={helpKeys}
        text={helpKeys.map((key) => t(key)).join(" ")}
        lang={i18n.language}
      />
      <p>{t("common:help.intro")}</p>
      <ul className="help-list">
        <li>
          <Icon name="emergency" size="large" />
          <div>
            <strong>{t("common:help.emergencyTitle")}</strong>
            <p>
              <a className="phone-number" href="tel:999">
                999
              </a>
            </p>
            <p>{t("common:help.emergencyBody")}</p>
          </div>
        </li>
        <ChildlineItem>{t("common:help.childlineBody")}</ChildlineItem>
        <IroServiceItem contacts={contacts} />
        {contacts?.advocacyServiceName ? (
          <li>
            <Icon name="people" size="large" />
            <div>
              <strong>{t("settings:help.advocacyTitle")}</strong>
              <p>
                <bdi>{contacts.advocacyServiceName}</bdi>
              </p>
              {contacts.advocacyServicePhone ? (
                <p>
                  <PhoneNumber phone={contacts.advocacyServicePhone} />
                </p>
              ) : null}
              <p>{t("settings:help.advocacyBody")}</p>
            </div>
          </li>
        ) : null}
        <li>
          <Icon name="people" size="large" />
          <p>{t("common:help.worker")}</p>
        </li>
      </ul>
    </>
  );
}
