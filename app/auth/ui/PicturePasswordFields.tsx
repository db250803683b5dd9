import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/ui/Field";
import { fieldId } from "~/ui/ErrorSummary";
import { Icon } from "~/ui/Icon";
import { pictureCodes, picturePasswordLength } from "../pictures";

/** Field names: picturePassword1 ... picturePassword4 (they are never sent back to the browser). */
export const pictureFieldNames = Array.from(
  { length: picturePasswordLength },
  (_, i) => `picturePassword${i + 1}`,
);

/**
 * A picture password without JavaScript: one radio group per place in the sequence,
 * each a grid of big pictures with their word.
 */
export function PicturePasswordFields({ errors }: { errors?: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <>
      {pictureFieldNames.map((name, index) => {
        const id = fieldId(name);
        const error = errors?.[name];
        return (
          <div key={name} className={error ? "field field--error" : "field"}>
            <fieldset aria-describedby={error ? `${id}-error` : undefined}>
              <legend className="legend legend--large">
                {t("auth:pictures.position", { n: index + 1, count: picturePasswordLength })}
              </legend>
              {error ? <ErrorMessage id={`${id}-error`}>{t(error)}</ErrorMessage> : null}
              <div className="picture-grid">
                {pictureCodes.map((code, optionIndex) => {
                  const optionId = optionIndex === 0 ? id : `${id}-${code}`;
                  return (
                    <div className="picture-choice" key={code}>
                      <input type="radio" id={optionId} name={name} value={code} />
                      <label htmlFor={optionId}>
                        <Icon name={code} size="large" />
                        <span>{t(`auth:pictures.names.${code}`)}</span>
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          </div>
        );
      })}
    </>
  );
}
