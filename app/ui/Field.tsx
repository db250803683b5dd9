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

/**
 * What every labelled field shares: the wrapper (marked when in error), label, hint and error
 * message, and the aria-describedby that ties hint and error to the control.
 */
export function LabelledField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const { t } = useTranslation();
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
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
      {children(describedBy)}
    </div>
  );
}

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
  const id = fieldId(name);
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          name={name}
          defaultValue={defaultValue}
          className={["input", className].filter(Boolean).join(" ")}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...input}
        />
      )}
    </LabelledField>
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

/**
 * A labelled textarea with its hint and error, like TextField. `name` keys the id and the error;
 * `inputName`, when given, is the name the form posts (several textareas may post one name).
 */
export function TextArea({
  name,
  inputName,
  label,
  hint,
  error,
  defaultValue,
  rows,
  onChange,
  describedBy: extraDescribedBy,
}: {
  name: string;
  inputName?: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue: string;
  rows: number;
  onChange?: (value: string) => void;
  /** Another element that describes the field (advice shown below it). */
  describedBy?: string;
}) {
  const id = fieldId(name);
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          name={inputName ?? name}
          rows={rows}
          className="input textarea"
          defaultValue={defaultValue}
          aria-describedby={[describedBy, extraDescribedBy].filter(Boolean).join(" ") || undefined}
          onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        />
      )}
    </LabelledField>
  );
}

/** A group of radio buttons with a legend; the first radio carries the field id for error links. */
export function Radios(props: ChoiceProps & { checked: string }) {
  return <ChoiceGroup {...props} type="radio" checked={[props.checked]} />;
}

/** Tick all that apply: the same frame as Radios. */
export function Checkboxes(props: ChoiceProps & { checked: readonly string[] }) {
  return <ChoiceGroup {...props} type="checkbox" />;
}

type ChoiceProps = {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
};

function ChoiceGroup({
  name,
  legend,
  hint,
  error,
  checked,
  options,
  type,
}: ChoiceProps & { checked: readonly string[]; type: "radio" | "checkbox" }) {
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
              type={type}
              id={i === 0 ? id : `${id}-${o.value.replace(/[^A-Za-z0-9_-]/g, "-")}`}
              name={name}
              value={o.value}
              defaultChecked={checked.includes(o.value)}
            />
            <label htmlFor={i === 0 ? id : `${id}-${o.value.replace(/[^A-Za-z0-9_-]/g, "-")}`}>
              {o.label}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

/** One checkbox with its label beside it ("Share this letter with Helen"); `checked` is its start. */
export function Checkbox({
  id,
  name,
  value = "yes",
  label,
  checked,
  describedBy,
}: {
  id: string;
  name: string;
  value?: string;
  label: ReactNode;
  checked: boolean;
  describedBy?: string;
}) {
  return (
    <div className="choice">
      <input
        type="checkbox"
        id={id}
        name={name}
        value={value}
        defaultChecked={checked}
        aria-describedby={describedBy}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
