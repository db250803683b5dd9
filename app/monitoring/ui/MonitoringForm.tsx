import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { concernThemeCodes, planQualityCodes, ragCodes } from "../codes";
import { textLimits } from "~/http/text";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { Checkboxes, Radios, TextArea } from "~/ui/Field";
import { firstValue } from "~/ui/form-values";

export type MonitoringValues = Record<string, string | string[]>;

export type MonitoringActionResult = {
  errors?: Record<string, string>;
  values?: MonitoringValues;
};

/**
 * The monitoring form after a review (issue 18), one short page that works without JavaScript:
 * refilled with every answer when the server sends it back with errors.
 */
export function MonitoringForm({
  saved,
  result,
}: {
  /** What was recorded before, as the form posts it; empty the first time. */
  saved: MonitoringValues;
  result: MonitoringActionResult | undefined;
}) {
  const { t } = useTranslation();
  const errors = result?.errors ?? {};
  const values = result?.values ?? saved;
  const one = (key: string) => firstValue(values, key);
  const many = (key: string) => {
    const v = values[key];
    return Array.isArray(v) ? v : v ? [v] : [];
  };
  const yesNo = [
    { value: "yes", label: t("monitoring:form.yes") },
    { value: "no", label: t("monitoring:form.no") },
  ];
  return (
    <Form method="post" noValidate>
      <ErrorSummary errors={result?.errors} />
      <CsrfInput />
      <Radios
        name="planQuality"
        legend={t("monitoring:form.planQuality")}
        error={errors.planQuality}
        checked={one("planQuality")}
        options={planQualityCodes.map((value) => ({
          value,
          label: t(`monitoring:planQuality.${value}`),
        }))}
      />
      <Radios
        name="currentAssessment"
        legend={t("monitoring:form.currentAssessment")}
        error={errors.currentAssessment}
        checked={one("currentAssessment")}
        options={yesNo}
      />
      <Radios
        name="rag"
        legend={t("monitoring:form.rag")}
        hint={t("monitoring:form.ragHint")}
        error={errors.rag}
        checked={one("rag")}
        options={ragCodes.map((value) => ({
          value,
          label: t(`monitoring:ragChoice.${value}`),
        }))}
      />
      <Radios
        name="activeMonitoring"
        legend={t("monitoring:form.activeMonitoring")}
        hint={t("monitoring:form.activeMonitoringHint")}
        error={errors.activeMonitoring}
        checked={one("activeMonitoring")}
        options={yesNo}
      />
      <Checkboxes
        name="concerns"
        legend={t("monitoring:form.concerns")}
        hint={t("monitoring:form.concernsHint")}
        error={errors.concerns}
        checked={many("concerns")}
        options={concernThemeCodes.map((value) => ({
          value,
          label: t(`monitoring:themes.${value}`),
        }))}
      />
      <TextArea
        name="note"
        label={t("monitoring:form.note")}
        hint={t("monitoring:form.noteHint", { max: textLimits.reason })}
        error={errors.note}
        defaultValue={one("note")}
        rows={4}
      />
      <Button>{t("monitoring:form.save")}</Button>
    </Form>
  );
}
