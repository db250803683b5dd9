import { useTranslation } from "react-i18next";
import type { ActionOwnerRole } from "#db/schema";
import { fieldId } from "~/ui/ErrorSummary";
import { LabelledField, TextField } from "~/ui/Field";
import { firstValue } from "~/ui/form-values";

export type OwnerChoiceView =
  | { value: string; kind: "person"; name: string; relationship: string }
  | { value: string; kind: "role"; role: ActionOwnerRole };

/** Rows shown before the decisions are known (without JavaScript the server adds more). */
const rowsAtFirst = 5;
const defaultOwner = "role:social_worker";

/**
 * On the record form, under the decisions: for decision 1, 2, ... (one a line, in order) who will
 * do it and by when. As many rows as decisions typed once the form comes back; five at first.
 */
export function DecisionOwnerFields({
  choices,
  decisions,
  values,
  errors,
  today,
}: {
  choices: OwnerChoiceView[];
  decisions: string;
  values: Record<string, string | string[]>;
  errors: Record<string, string>;
  today: string;
}) {
  const { t } = useTranslation();
  const lines = decisions
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const rows = Math.max(rowsAtFirst, lines.length);
  const one = (key: string) => firstValue(values, key);
  const people = choices.filter((c) => c.kind === "person");
  const roles = choices.filter((c) => c.kind === "role");
  return (
    <fieldset className="fieldset">
      <legend className="legend">{t("actions:record.legend")}</legend>
      <p className="hint">{t("actions:record.hint")}</p>
      {Array.from({ length: rows }, (_, i) => {
        const n = i + 1;
        const owner = `actionOwner${n}`;
        const due = `actionDue${n}`;
        return (
          <div key={n} className="decision-owner">
            <LabelledField
              id={fieldId(owner)}
              label={t("actions:record.owner", { n })}
              hint={lines[i] ? t("actions:record.decisionIs", { n, text: lines[i] }) : undefined}
              error={errors[owner]}
            >
              {(describedBy) => (
                <select
                  id={fieldId(owner)}
                  name={owner}
                  className="input"
                  defaultValue={one(owner) || defaultOwner}
                  aria-describedby={describedBy}
                  aria-invalid={errors[owner] ? true : undefined}
                >
                  {people.length ? (
                    <optgroup label={t("actions:record.people")}>
                      {people.map((c) =>
                        c.kind === "person" ? (
                          <option key={c.value} value={c.value}>
                            {c.name} ({t(`actions:relationship.${c.relationship}`)})
                          </option>
                        ) : null,
                      )}
                    </optgroup>
                  ) : null}
                  <optgroup label={t("actions:record.roles")}>
                    {roles.map((c) =>
                      c.kind === "role" ? (
                        <option key={c.value} value={c.value}>
                          {t(`actions:ownerRoles.${c.role}`)}
                        </option>
                      ) : null,
                    )}
                  </optgroup>
                </select>
              )}
            </LabelledField>
            <TextField
              name={due}
              type="date"
              label={t("actions:record.due", { n })}
              error={errors[due]}
              defaultValue={one(due)}
              min={today}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
