import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { Checkbox, TextArea, TextField } from "~/ui/Field";
import { fieldId } from "~/ui/ErrorSummary";
import { SelectField, type SelectOption } from "~/ui/SelectField";
import { textValue } from "~/ui/form-values";

export type RecordFormValues = Record<string, string | string[] | boolean | null | undefined>;

/**
 * A young person's record, to create or to change: every field the council keeps, refilled with
 * what was typed when the server sends it back with a message beside a field.
 */
export function RecordForm({
  values,
  errors,
  languages,
  serviceAreas,
  legalStatuses,
  today,
  submitLabel,
}: {
  values: RecordFormValues;
  errors: Record<string, string> | undefined;
  languages: SelectOption[];
  /** The codes to choose from (passed by the loader: the schema stays on the server). */
  serviceAreas: readonly string[];
  legalStatuses: readonly string[];
  today: string;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const e = errors ?? {};
  const text = (key: string) => textValue(values, key);
  const ticked = (key: string) => values[key] === true || values[key] === "yes";
  return (
    <Form method="post" noValidate>
      <ErrorSummary errors={errors} />
      <CsrfInput />
      <TextField
        name="givenName"
        label={t("people:record.givenName")}
        error={e.givenName}
        defaultValue={text("givenName")}
        autoComplete="off"
      />
      <TextField
        name="familyName"
        label={t("people:record.familyName")}
        error={e.familyName}
        defaultValue={text("familyName")}
        autoComplete="off"
      />
      <TextField
        name="dateOfBirth"
        type="date"
        label={t("people:record.dateOfBirth")}
        hint={t("people:record.dateHint")}
        error={e.dateOfBirth}
        defaultValue={text("dateOfBirth")}
        max={today}
      />
      <TextField
        name="caseReference"
        label={t("people:record.caseReference")}
        hint={t("people:record.caseReferenceHint")}
        error={e.caseReference}
        defaultValue={text("caseReference")}
        className="input--20"
        spellCheck={false}
      />
      <SelectField
        name="preferredLanguage"
        label={t("people:record.preferredLanguage")}
        error={e.preferredLanguage}
        value={text("preferredLanguage") || "en"}
        options={languages}
      />
      <fieldset className="fieldset">
        <legend className="legend">{t("people:record.interpreter")}</legend>
        <Checkbox
          id={fieldId("needsInterpreter")}
          name="needsInterpreter"
          label={t("people:record.needsInterpreter")}
          checked={ticked("needsInterpreter")}
        />
        <TextField
          name="interpreterLanguage"
          label={t("people:record.interpreterLanguage")}
          hint={t("people:record.interpreterLanguageHint")}
          error={e.interpreterLanguage}
          defaultValue={text("interpreterLanguage")}
        />
      </fieldset>
      <TextArea
        name="communicationNeeds"
        label={t("people:record.communicationNeeds")}
        hint={t("people:record.communicationNeedsHint")}
        error={e.communicationNeeds}
        defaultValue={text("communicationNeeds")}
        rows={3}
      />
      <SelectField
        name="serviceArea"
        label={t("people:record.serviceArea")}
        error={e.serviceArea}
        value={text("serviceArea") || "children_in_care"}
        options={serviceAreas.map((s) => ({ value: s, label: t(`home:serviceArea.${s}`) }))}
      />
      <SelectField
        name="legalStatus"
        label={t("people:record.legalStatus")}
        error={e.legalStatus}
        value={text("legalStatus")}
        blank={t("people:record.notRecorded")}
        options={legalStatuses.map((s) => ({ value: s, label: t(`people:legalStatus.${s}`) }))}
      />
      <TextField
        name="lookedAfterOn"
        type="date"
        label={t("people:record.lookedAfterOn")}
        hint={t("people:record.lookedAfterOnHint")}
        error={e.lookedAfterOn}
        defaultValue={text("lookedAfterOn")}
        max={today}
      />
      <Checkbox
        id={fieldId("isUnaccompanied")}
        name="isUnaccompanied"
        label={t("people:record.isUnaccompanied")}
        checked={ticked("isUnaccompanied")}
      />
      <Button>{submitLabel}</Button>
    </Form>
  );
}
