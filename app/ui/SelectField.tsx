import { fieldId } from "./ErrorSummary";
import { LabelledField } from "./Field";

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
  const id = fieldId(name);
  const render = (o: SelectOption) => (
    <option key={o.value} value={o.value} lang={o.lang}>
      {o.label}
    </option>
  );
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
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
      )}
    </LabelledField>
  );
}
