import { useTranslation } from "react-i18next";
import { Icon } from "./Icon";

/** Help that works right now, in the page's language. Service names and numbers are never translated. */
export function HelpContent() {
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
        <li>
          <Icon name="people" size="large" />
          <p>{t("common:help.worker")}</p>
        </li>
      </ul>
    </>
  );
}
