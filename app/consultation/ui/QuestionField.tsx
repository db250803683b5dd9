import { useTranslation } from "react-i18next";
import { fieldId } from "~/ui/ErrorSummary";
import { ErrorMessage } from "~/ui/Field";
import { longTextMax, shortTextMax } from "../limits";
import { optionsOf } from "../options";
import type { Question } from "../template-schema";
import { PictureOptions } from "./PictureOptions";
import { VoiceNoteField } from "./VoiceNoteField";
import { DateInput } from "~/ui/DateInput";

export type FieldValue = string | string[] | { text?: string } | { voiceNoteId?: string } | null;

/**
 * One question's answer field, by kind. The question text is the fieldset legend (or the label),
 * so a screen reader hears the question with every option.
 */
export function QuestionField({
  question,
  legend,
  value,
  error,
}: {
  question: Question;
  legend: string;
  value: FieldValue;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = fieldId("answer");
  const errorId = `${id}-error`;
  const describedBy = error ? errorId : undefined;
  const errorLine = error ? <ErrorMessage id={errorId}>{t(error)}</ErrorMessage> : null;
  const className = error ? "field field--error" : "field";
  const codes = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];

  switch (question.kind) {
    case "feelings":
    case "yes-no-unsure":
    case "pick-one":
    case "pick-many":
    case "people":
      return (
        <div className={className}>
          <fieldset aria-describedby={describedBy}>
            <legend className="legend legend--large">
              <h1 className="question-title">{legend}</h1>
            </legend>
            {question.kind === "pick-many" || question.kind === "people" ? (
              <span className="hint">{t("consultation:ui.chooseAll")}</span>
            ) : null}
            {errorLine}
            <PictureOptions
              name="answer"
              idPrefix={id}
              options={optionsOf(question)}
              type={
                question.kind === "pick-many" || question.kind === "people" ? "checkbox" : "radio"
              }
              checked={codes}
            />
          </fieldset>
        </div>
      );
    case "rank":
      return (
        <div className={className}>
          <fieldset aria-describedby={describedBy}>
            <legend className="legend legend--large">
              <h1 className="question-title">{legend}</h1>
            </legend>
            {errorLine}
            {Array.from({ length: question.max }, (_, i) => (
              <fieldset key={i} className="rank-place">
                <legend className="legend">{t("consultation:ui.rankPlace", { n: i + 1 })}</legend>
                <PictureOptions
                  name={`rank${i + 1}`}
                  idPrefix={i === 0 ? id : `${id}-rank${i + 1}`}
                  options={question.options}
                  type="radio"
                  checked={codes[i] ? [codes[i]!] : []}
                />
              </fieldset>
            ))}
          </fieldset>
        </div>
      );
    case "short-text":
    case "long-text": {
      const text =
        value && typeof value === "object" && !Array.isArray(value) && "text" in value
          ? (value.text ?? "")
          : "";
      return (
        <div className={className}>
          <h1 className="question-title">
            <label htmlFor={id}>{legend}</label>
          </h1>
          <span className="hint" id={`${id}-hint`}>
            {t("consultation:ui.writeHint")}
          </span>
          {errorLine}
          {question.kind === "short-text" ? (
            <input
              id={id}
              name="answer"
              className="input"
              defaultValue={text}
              maxLength={shortTextMax}
              aria-describedby={[`${id}-hint`, describedBy].filter(Boolean).join(" ")}
            />
          ) : (
            <textarea
              id={id}
              name="answer"
              className="input textarea"
              rows={6}
              defaultValue={text}
              maxLength={longTextMax}
              data-autosave="true"
              aria-describedby={[`${id}-hint`, describedBy].filter(Boolean).join(" ")}
            />
          )}
        </div>
      );
    }
    case "date":
      return (
        <div className={className}>
          <fieldset aria-describedby={[`${id}-hint`, describedBy].filter(Boolean).join(" ")}>
            <legend className="legend legend--large">
              <h1 className="question-title">{legend}</h1>
            </legend>
            <span className="hint" id={`${id}-hint`}>
              {t("consultation:ui.dateHint")}
            </span>
            {errorLine}
            <DateInput
              id={id}
              value={typeof value === "string" ? value : null}
              labels={{
                day: t("consultation:ui.day"),
                month: t("consultation:ui.month"),
                year: t("consultation:ui.year"),
              }}
            />
          </fieldset>
        </div>
      );
    case "voice-note": {
      const hasNote =
        !!value && typeof value === "object" && !Array.isArray(value) && "voiceNoteId" in value;
      return (
        <div className={className}>
          <h1 className="question-title">
            <label htmlFor={id}>{legend}</label>
          </h1>
          {errorLine}
          <VoiceNoteField id={id} hasNote={hasNote} describedBy={describedBy} />
        </div>
      );
    }
  }
}
