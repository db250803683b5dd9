import { useTranslation } from "react-i18next";
import { telHref, type OrganisationContacts } from "~/organisations/contacts";
import { Icon } from "./Icon";

/**
 * Help that works right now, in the page's language. Service names and numbers are never translated.
 * `contacts`: the signed-in person's own council's IRO and advocacy services, when it has set them.
 */
export function HelpContent({ contacts = null }: { contacts?: OrganisationContacts | null }) {
  const { t } = useTranslation();
  return (
    <>
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
        <li>
          <Icon name="phone" size="large" />
          <div>
            <strong lang="en">Childline</strong>
            <p>
              <a className="phone-number" href="tel:08001111">
                0800 1111
              </a>
            </p>
            <p>{t("common:help.childlineBody")}</p>
          </div>
        </li>
        {contacts?.iroServicePhone || contacts?.iroServiceEmail ? (
          <li>
            <Icon name="phone" size="large" />
            <div>
              <strong>{t("settings:help.iroServiceTitle")}</strong>
              {contacts.iroServicePhone ? (
                <p>
                  <PhoneNumber phone={contacts.iroServicePhone} />
                </p>
              ) : null}
              {contacts.iroServiceEmail ? (
                <p>
                  <a href={`mailto:${contacts.iroServiceEmail}`} dir="ltr">
                    {contacts.iroServiceEmail}
                  </a>
                </p>
              ) : null}
              <p>{t("settings:help.iroServiceBody")}</p>
            </div>
          </li>
        ) : null}
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

/** A number as the council wrote it, read left to right in every language. */
function PhoneNumber({ phone }: { phone: string }) {
  return (
    <a className="phone-number" href={telHref(phone)} dir="ltr">
      {phone}
    </a>
  );
}
