import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { languages } from "~/i18n/languages";
import { WithIcon } from "./Icon";

/**
 * Every language in its own name, as plain links (`?lng=`), inside a <details> disclosure:
 * it needs no JavaScript. Links load a whole new document so every word changes at once.
 */
export function LanguagePicker({ current }: { current: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const currentLanguage = languages.find((l) => l.code === current) ?? languages[0];
  const hrefFor = (code: string) => {
    const params = new URLSearchParams(location.search);
    params.set("lng", code);
    return `${location.pathname}?${params.toString()}`;
  };
  return (
    <details className="language-picker">
      <summary>
        <WithIcon icon="language">
          {t("common:language.label")}:{" "}
          <span lang={currentLanguage.code}>{currentLanguage.ownName}</span>
        </WithIcon>
      </summary>
      <ul aria-label={t("common:language.choose")}>
        {languages.map((language) => (
          <li key={language.code}>
            <a
              href={hrefFor(language.code)}
              lang={language.code}
              hrefLang={language.code}
              dir={language.dir}
              aria-current={language.code === current ? "true" : undefined}
            >
              {language.ownName}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
