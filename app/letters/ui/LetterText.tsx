import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldId } from "~/ui/ErrorSummary";
import { TextArea } from "~/ui/Field";
import { Icon } from "~/ui/Icon";
import { PlainWordsAdvice } from "./PlainWordsAdvice";

/** A part of the letter: the text box, advice as the IRO types, and the translation beside it. */
export function LetterText({
  name,
  label,
  icon,
  hint,
  defaultValue,
  error,
  rows,
  translation,
  language,
}: {
  name: string;
  label: string;
  icon?: string;
  hint?: string;
  defaultValue: string;
  error?: string;
  rows: number;
  translation?: string;
  language: { code: string; dir: string; englishName: string };
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(defaultValue);
  const adviceId = `${fieldId(name)}-advice`;
  return (
    <div className="letter-edit__text">
      {icon ? <Icon name={icon} /> : null}
      <TextArea
        name={name}
        label={label}
        hint={hint}
        error={error}
        defaultValue={defaultValue}
        rows={rows}
        onChange={setText}
        describedBy={text.trim() ? adviceId : undefined}
      />
      <PlainWordsAdvice text={text} id={adviceId} />
      {translation ? (
        <div className="letter-edit__translation">
          <p className="hint">{t("letters:iro.sideBySide", { language: language.englishName })}</p>
          <p lang={language.code} dir={language.dir}>
            {translation}
          </p>
        </div>
      ) : null}
    </div>
  );
}
