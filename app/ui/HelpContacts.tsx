import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { telHref, type OrganisationContacts } from "~/organisations/contacts";
import { Icon } from "./Icon";

/*
 * The rows of a help list (`<ul className="help-list">`) that more than one page shows: the help
 * panel and "What is my review?". Names of services and numbers are never translated.
 */

/** A number as written, read left to right in every language, and dialled when tapped. */
export function PhoneNumber({ phone }: { phone: string }) {
  return (
    <a className="phone-number" href={telHref(phone)} dir="ltr">
      {phone}
    </a>
  );
}

/** Childline, with the sentence that fits the page. */
export function ChildlineItem({ children }: { children: ReactNode }) {
  return (
    <li>
      <Icon name="phone" size="large" />
      <div>
        <strong lang="en">Childline</strong>
        <p>
          <a className="phone-number" href="tel:08001111">
            0800 1111
          </a>
        </p>
        <p>{children}</p>
      </div>
    </li>
  );
}

/** The council's IRO service, when it has set a phone number or an email address. */
export function IroServiceItem({ contacts }: { contacts: OrganisationContacts | null }) {
  const { t } = useTranslation();
  if (!contacts?.iroServicePhone && !contacts?.iroServiceEmail) return null;
  return (
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
  );
}
