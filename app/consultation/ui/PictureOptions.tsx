import { useTranslation } from "react-i18next";
import { ReadAloud } from "~/audio/ui/ReadAloud";
import { Icon } from "~/ui/Icon";

/** A grid of big pictures with their words: radios (pick one) or checkboxes (pick several). */
export function PictureOptions({
  name,
  options,
  type,
  checked,
  idPrefix,
}: {
  name: string;
  options: { code: string; icon: string }[];
  type: "radio" | "checkbox";
  checked: string[];
  idPrefix: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="picture-grid">
      {options.map((option, index) => {
        const id = index === 0 ? idPrefix : `${idPrefix}-${option.code}`;
        return (
          <div className="picture-choice" key={option.code}>
            {/* The input covers the picture only: the speaker below it is a target of its own. */}
            <div className="picture-choice__pick">
              <input
                type={type}
                id={id}
                name={name}
                value={option.code}
                defaultChecked={checked.includes(option.code)}
              />
              <label htmlFor={id}>
                <Icon name={option.icon} size="large" />
                <span id={`${id}-word`}>{t(`consultation:options.${option.code}`)}</span>
              </label>
            </div>
            <ReadAloud
              variant="icon"
              describedBy={`${id}-word`}
              keys={[`consultation:options.${option.code}`]}
              text={t(`consultation:options.${option.code}`)}
              lang={i18n.language}
            />
          </div>
        );
      })}
    </div>
  );
}
