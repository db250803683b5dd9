import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ActionState } from "#db/schema";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { Radios, TextArea } from "~/ui/Field";

export type ActionUpdateResult = {
  errors?: Record<string, string>;
  values?: Record<string, string | string[]>;
};

/** Change an action's state, with a note (needed for "not done"). Works without JavaScript. */
export function ActionUpdateForm({
  states,
  result,
}: {
  states: readonly ActionState[];
  result: ActionUpdateResult | undefined;
}) {
  const { t } = useTranslation();
  const errors = result?.errors ?? {};
  const value = (key: string) => {
    const v = result?.values?.[key];
    return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
  };
  return (
    <Form method="post" noValidate>
      <ErrorSummary errors={result?.errors} />
      <CsrfInput />
      <h2>{t("actions:page.change")}</h2>
      <Radios
        name="state"
        legend={t("actions:page.newState")}
        error={errors.state}
        checked={value("state")}
        options={states.map((s) => ({ value: s, label: t(`actions:states.${s}`) }))}
      />
      <TextArea
        name="note"
        label={t("actions:page.note")}
        hint={t("actions:page.noteHint")}
        error={errors.note}
        defaultValue={value("note")}
        rows={3}
      />
      <Button>{t("actions:page.save")}</Button>
    </Form>
  );
}
