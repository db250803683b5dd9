import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { Checkboxes, Radios, TextArea } from "~/ui/Field";
import {
  actionNoteField,
  actionStateCodes as actionStates,
  actionStateField,
  checkedWithCodes as midwayCheckedWith,
  ragCodes as ragRatings,
} from "../codes";

export type MidwayFormAction = {
  id: string;
  decision: string;
  state: string;
  note: string | null;
  dueOn: string | null;
};

export type MidwayFormResult = {
  errors?: Record<string, string>;
  values?: Record<string, string | string[]>;
};

/**
 * The midway check: how the IRO checked, where each action from the last review stands, a RAG
 * rating for the plan, a note, and whether anything needs escalating. Works without JavaScript;
 * a refused form comes back with every answer as typed.
 */
export function MidwayCheckForm({
  actions,
  result,
}: {
  actions: MidwayFormAction[];
  result: MidwayFormResult | undefined;
}) {
  const { t } = useTranslation();
  const errors = result?.errors ?? {};
  const values = result?.values;
  const text = (key: string, fallback = "") => {
    if (!values) return fallback;
    const v = values[key];
    return typeof v === "string" ? v : "";
  };
  const list = (key: string) => {
    const v = values?.[key];
    return Array.isArray(v) ? v : v ? [v] : [];
  };
  return (
    <Form method="post" noValidate>
      <ErrorSummary errors={result?.errors} />
      <CsrfInput />
      <Checkboxes
        name="checkedWith"
        legend={t("midway:form.checkedWith")}
        hint={t("midway:form.checkedWithHint")}
        error={errors.checkedWith}
        checked={list("checkedWith")}
        options={midwayCheckedWith.map((w) => ({ value: w, label: t(`midway:checkedWith.${w}`) }))}
      />
      <h2>{t("midway:form.actions")}</h2>
      {actions.length ? null : <p>{t("midway:form.noActions")}</p>}
      {actions.map((a, i) => (
        <div key={a.id} className="panel">
          <Radios
            name={actionStateField(a.id)}
            legend={t("midway:form.action", { n: i + 1, decision: a.decision })}
            hint={a.dueOn ? t("midway:form.actionDue", { date: a.dueOn }) : undefined}
            error={errors[actionStateField(a.id)]}
            checked={text(actionStateField(a.id), a.state)}
            options={actionStates.map((s) => ({ value: s, label: t(`midway:state.${s}`) }))}
          />
          <TextArea
            name={actionNoteField(a.id)}
            label={t("midway:form.actionNote", { n: i + 1 })}
            hint={t("midway:form.actionNoteHint")}
            error={errors[actionNoteField(a.id)]}
            defaultValue={text(actionNoteField(a.id), a.note ?? "")}
            rows={2}
          />
        </div>
      ))}
      <Radios
        name="rag"
        legend={t("midway:form.rag")}
        error={errors.rag}
        checked={text("rag")}
        options={ragRatings.map((r) => ({ value: r, label: t(`midway:rag.${r}`) }))}
      />
      <TextArea
        name="note"
        label={t("midway:form.note")}
        error={errors.note}
        defaultValue={text("note")}
        rows={4}
      />
      <Radios
        name="escalate"
        legend={t("midway:form.escalate")}
        hint={t("midway:form.escalateHint")}
        error={errors.escalate}
        checked={text("escalate")}
        options={[
          { value: "yes", label: t("midway:form.yes") },
          { value: "no", label: t("midway:form.no") },
        ]}
      />
      <Button>{t("midway:form.save")}</Button>
    </Form>
  );
}
