import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Role } from "#db/schema";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { TextField } from "~/ui/Field";
import { SelectField } from "~/ui/SelectField";
import { textValue } from "~/ui/form-values";

/**
 * Allocating someone to the young person: as what, who (grouped by role, so the list stays
 * usable without JavaScript), from when and, if known, until when.
 */
export function AllocationForm({
  people,
  relationships,
  roles,
  today,
  errors,
  values,
}: {
  people: { id: string; displayName: string; role: Role }[];
  /** The relationships and roles to offer (from the loader: the rules stay on the server). */
  relationships: readonly string[];
  roles: readonly Role[];
  today: string;
  errors: Record<string, string> | undefined;
  values: Record<string, string | string[]> | undefined;
}) {
  const { t } = useTranslation();
  const e = errors ?? {};
  const value = (key: string) => textValue(values, key);
  return (
    <Form method="post" noValidate>
      <h3>{t("people:allocations.add")}</h3>
      <ErrorSummary errors={errors} />
      <CsrfInput />
      <SelectField
        name="relationship"
        label={t("people:allocations.relationship")}
        hint={t("people:allocations.relationshipHint")}
        error={e.relationship}
        value={value("relationship") || "iro"}
        options={relationships.map((r) => ({
          value: r,
          label: t(`people:relationship.${r}`),
        }))}
      />
      <SelectField
        name="userId"
        label={t("people:allocations.person")}
        error={e.userId}
        value={value("userId")}
        blank={t("people:allocations.choosePerson")}
        groups={roles.map((role) => ({
          label: t(`home:roles.${role}`),
          options: people
            .filter((p) => p.role === role)
            .map((p) => ({ value: p.id, label: p.displayName })),
        }))}
      />
      <TextField
        name="startsOn"
        type="date"
        label={t("people:allocations.from")}
        hint={t("people:record.dateHint")}
        error={e.startsOn}
        defaultValue={value("startsOn") || today}
      />
      <TextField
        name="endsOn"
        type="date"
        label={t("people:allocations.toOptional")}
        hint={t("people:allocations.toHint")}
        error={e.endsOn}
        defaultValue={value("endsOn")}
      />
      <Button name="intent" value="allocate">
        {t("people:allocations.save")}
      </Button>
    </Form>
  );
}
