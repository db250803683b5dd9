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
