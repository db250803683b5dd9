import type { InputHTMLAttributes, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { fieldId } from "./ErrorSummary";

type TextFieldProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** A translation key, from the server. */
  error?: string;
  defaultValue?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue" | "id">;

/** A labelled text input with its hint and error tied to it by aria-describedby. */
export function TextField({
  name,
  label,
  hint,
  error,
  defaultValue,
  className,
  ...input
}: TextFieldProps) {
  const { t } = useTranslation();
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={error ? "field field--error" : "field"}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? <ErrorMessage id={`${id}-error`}>{t(error)}</ErrorMessage> : null}
      <input
        id={id}
        name={name}
        defaultValue={defaultValue}
        className={["input", className].filter(Boolean).join(" ")}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </div>
  );
}

export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <span className="error-message" id={id}>
      <span className="visually-hidden">{t("common:error.titlePrefix")} </span>
      {children}
    </span>
  );
}

/** A labelled textarea with its hint and error, like TextField. */
export function TextArea({
  name,
  label,
  hint,
  error,
  defaultValue,
  rows,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue: string;
  rows: number;
}) {
  const { t } = useTranslation();
  const id = fieldId(name);
  return (
    <div className={error ? "field field--error" : "field"}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? <ErrorMessage id={`${id}-error`}>{t(error)}</ErrorMessage> : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        className="input textarea"
        defaultValue={defaultValue}
        aria-describedby={
          [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
          undefined
        }
      />
    </div>
  );
}

/** A group of radio buttons with a legend; the first radio carries the field id for error links. */
export function Radios({
  name,
  legend,
  hint,
  error,
  checked,
  options,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  checked: string;
  options: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const id = fieldId(name);
  return (
    <div className={error ? "field field--error" : "field"}>
      <fieldset
        className="fieldset"
        aria-describedby={
          [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
          undefined
        }
      >
        <legend className="legend">{legend}</legend>
        {hint ? (
          <span className="hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
        {error ? <ErrorMessage id={`${id}-error`}>{t(error)}</ErrorMessage> : null}
        {options.map((o, i) => (
          <div className="choice" key={o.value}>
            <input
              type="radio"
              id={i === 0 ? id : `${id}-${o.value}`}
              name={name}
              value={o.value}
              defaultChecked={checked === o.value}
            />
            <label htmlFor={i === 0 ? id : `${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
