import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FormErrors } from "~/http/forms.server";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { TextField } from "~/ui/Field";
import { SelectField } from "~/ui/SelectField";
import { textValue } from "~/ui/form-values";

type Person = { id: string; displayName: string };

/** A team's name, service area and managers: the new and edit pages share it. */
export function TeamForm({
  values,
  result,
  teamManagers,
  serviceManagers,
  submit,
}: {
  values: Record<string, string>;
  result: FormErrors | undefined;
  teamManagers: Person[];
  serviceManagers: Person[];
  submit: string;
}) {
  const { t } = useTranslation();
  const shown = result?.values ?? values;
  const errors = result?.errors;
  const people = (list: Person[]) => list.map((p) => ({ value: p.id, label: p.displayName }));
  return (
    <Form method="post" noValidate>
      <ErrorSummary errors={errors} />
      <CsrfInput />
      <TextField
        name="name"
        label={t("escalations:teams.fields.name")}
        error={errors?.name}
        defaultValue={textValue(shown, "name")}
      />
      <TextField
        name="serviceAreaName"
        label={t("escalations:teams.fields.serviceAreaName")}
        hint={t("escalations:teams.fields.serviceAreaNameHint")}
        error={errors?.serviceAreaName}
        defaultValue={textValue(shown, "serviceAreaName")}
      />
      <SelectField
        name="teamManagerUserId"
        label={t("escalations:teams.fields.teamManager")}
        hint={teamManagers.length ? undefined : t("escalations:teams.fields.noTeamManagers")}
        error={errors?.teamManagerUserId}
        value={textValue(shown, "teamManagerUserId")}
        blank={t("escalations:teams.fields.none")}
        options={people(teamManagers)}
      />
      <SelectField
        name="serviceManagerUserId"
        label={t("escalations:teams.fields.serviceManager")}
        hint={serviceManagers.length ? undefined : t("escalations:teams.fields.noServiceManagers")}
        error={errors?.serviceManagerUserId}
        value={textValue(shown, "serviceManagerUserId")}
        blank={t("escalations:teams.fields.none")}
        options={people(serviceManagers)}
      />
      <Button>{submit}</Button>
    </Form>
  );
}
