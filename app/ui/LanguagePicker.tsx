import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { languages } from "~/i18n/languages";
import { safeReturnPath } from "~/i18n/return-path";
import { CsrfInput } from "./CsrfInput";
import { WithIcon } from "./Icon";

/**
 * Every language in its own name, inside a <details> disclosure, each a button of one form that
 * posts the choice (saving it is a change, so not a link) and comes back to this page. It needs
 * no JavaScript, and it is a plain form on purpose: a whole new document loads, so every word
 * changes at once.
 */
export function LanguagePicker({ current }: { current: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const currentLanguage = languages.find((l) => l.code === current) ?? languages[0];
  return (
    <details className="language-picker">
      <summary>
        <WithIcon icon="language">
          {t("common:language.label")}:{" "}
          <span lang={currentLanguage.code}>{currentLanguage.ownName}</span>
        </WithIcon>
      </summary>
      <form method="post" action="/language">
        <CsrfInput />
        <input
          type="hidden"
          name="returnTo"
          value={safeReturnPath(location.pathname, location.search)}
        />
        <ul aria-label={t("common:language.choose")}>
          {languages.map((language) => (
            <li key={language.code}>
              <button
                type="submit"
                name="lng"
                value={language.code}
                lang={language.code}
                dir={language.dir}
                aria-current={language.code === current ? "true" : undefined}
              >
                {language.ownName}
              </button>
            </li>
          ))}
        </ul>
      </form>
    </details>
  );
}
