import { useTranslation } from "react-i18next";
import { fieldId } from "./ErrorSummary";
import { ErrorMessage } from "./Field";

export type SelectOption = { value: string; label: string; lang?: string };
export type SelectGroup = { label: string; options: SelectOption[] };

/**
 * A labelled select with its hint and error tied to it, like TextField. Options may come in
 * groups (people by role); `blank` is a first, empty choice ("Not recorded", "Choose…").
 */
export function SelectField({
  name,
  label,
  hint,
  error,
  value,
  options,
  groups,
  blank,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  options?: SelectOption[];
  groups?: SelectGroup[];
  blank?: string;
}) {
  const { t } = useTranslation();
  const id = fieldId(name);
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  const render = (o: SelectOption) => (
    <option key={o.value} value={o.value} lang={o.lang}>
      {o.label}
    </option>
  );
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
      <select
        id={id}
        name={name}
        className="input select"
        defaultValue={value}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      >
        {blank !== undefined ? <option value="">{blank}</option> : null}
        {options?.map(render)}
        {groups?.map((g) =>
          g.options.length ? (
            <optgroup key={g.label} label={g.label}>
              {g.options.map(render)}
            </optgroup>
          ) : null,
        )}
      </select>
    </div>
  );
}
