import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { escalationAddressees } from "#db/schema";
import { verifyCsrf } from "~/auth/csrf.server";
import { requireUser } from "~/auth/require-user.server";
import { activeStages, responseDaysBounds } from "~/escalations/rules";
import {
  addStage,
  addStageSchema,
  ensureEscalationStages,
  saveStages,
  stagesFormSchema,
  stageUse,
} from "~/escalations/stages.server";
import { stageName } from "~/escalations/ui/stage-name";
import { formErrors, formValues, parseFormData, type FormErrors } from "~/http/forms.server";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorMessage, TextField } from "~/ui/Field";
import { ErrorSummary, fieldId } from "~/ui/ErrorSummary";
import { Notice } from "~/ui/Notice";
import { SelectField } from "~/ui/SelectField";
import { textValue } from "~/ui/form-values";

export const handle: RouteHandle = { titleKey: "escalations:stages.title" };

const notices = ["saved", "moved", "removed", "restored", "added"] as const;

export function loader({ request }: LoaderFunctionArgs) {
  const admin = requireUser(request, { role: "admin" });
  const stages = ensureEscalationStages(admin.organisationId);
  const use = stageUse(admin.organisationId);
  const active = activeStages(stages);
  return json({
    addressees: escalationAddressees,
    active: active.map((s) => ({ ...s, open: use.get(s.position)?.open ?? 0 })),
    retired: stages.filter((s) => s.retiredAt),
    values: Object.fromEntries(
      active.flatMap((s) => [
        [`name-${s.position}`, s.name ?? ""],
        [`addressee-${s.position}`, s.addressee],
        [`days-${s.position}`, String(s.responseDays)],
      ]),
    ) as Record<string, string>,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = requireUser(request, { role: "admin" });
  const formData = await request.formData();
  verifyCsrf(request, formData);
  if (formData.get("intent") === "add") {
    const form = parseFormData(formData, addStageSchema);
    if (!form.ok) return formErrors(form);
    addStage(request, admin, form.data);
    return redirect("/admin/escalation-stages?done=added");
  }
  const stages = ensureEscalationStages(admin.organisationId);
  const form = parseFormData(formData, stagesFormSchema(stages));
  if (!form.ok) return formErrors(form);
  const saved = saveStages(request, admin, form.data);
  if (!saved.ok) return formErrors({ errors: saved.errors, values: formValues(formData) });
  return redirect(`/admin/escalation-stages?done=${saved.done}`);
}

/** The dispute resolution stages, for an administrator: every change in one form, and "add". */
export default function EscalationStages() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<FormErrors>();
  const [searchParams] = useSearchParams();
  const fromAdd = result?.values.intent === "add";
  const values = result && !fromAdd ? result.values : data.values;
  const added = fromAdd ? result.values : {};
  const done = notices.find((n) => n === searchParams.get("done"));
  const addressees = data.addressees.map((a) => ({
    value: a,
    label: t(`home:roles.${a}`),
  }));
  const version = JSON.stringify([data.active, data.retired]);
  const first = data.active[0]?.position;
  const last = data.active[data.active.length - 1]?.position;
  return (
    <>
      <BackLink to="/admin/settings">{t("escalations:stages.back")}</BackLink>
      <h1>{t("escalations:stages.title")}</h1>
      {done && !result ? (
        <Notice>
          {t(done === "saved" ? "escalations:stages.saved" : `escalations:stages.done.${done}`)}
        </Notice>
      ) : null}
      <ErrorSummary errors={result?.errors} />
      <p>{t("escalations:stages.intro")}</p>
      <p>{t("escalations:stages.addresseeHint")}</p>
      {/* Drawn afresh after each change (with JavaScript, fields keyed by position would keep
          another stage's values after a move); kept as typed when refused. */}
      <Form method="post" noValidate key={version}>
        <CsrfInput />
        {/* Enter in a field saves (the first submit button is the form's default). */}
        <button type="submit" name="intent" value="save" hidden tabIndex={-1} />
        {data.active.map((stage) => {
          const p = stage.position;
          const name = stageName(t, stage);
          const error = result && !fromAdd ? result.errors[`stage-${p}`] : undefined;
          return (
            <fieldset className="fieldset" key={p}>
              <legend className="legend">
                {t("escalations:stages.stageLegend", {
                  name: stageName(t, { ...stage, name: stage.key ? null : stage.name }),
                  addressee: t(`home:roles.${stage.addressee}`),
                })}
              </legend>
              <TextField
                name={`name-${p}`}
                label={t(stage.key ? "escalations:stages.name" : "escalations:stages.ownName")}
                hint={stage.key ? t("escalations:stages.nameHint") : undefined}
                error={result?.errors[`name-${p}`]}
                defaultValue={textValue(values, `name-${p}`)}
              />
              <SelectField
                name={`addressee-${p}`}
                label={t("escalations:stages.addressee")}
                error={result?.errors[`addressee-${p}`]}
                value={textValue(values, `addressee-${p}`)}
                options={addressees}
              />
              <TextField
                name={`days-${p}`}
                inputMode="numeric"
                className="input--4"
                label={t("escalations:stages.days")}
                hint={t("escalations:stages.daysHint", responseDaysBounds)}
                error={result?.errors[`days-${p}`]}
                defaultValue={textValue(values, `days-${p}`)}
              />
              {stage.open ? (
                <p>{t("escalations:stages.openCount", { count: stage.open })}</p>
              ) : null}
              <div className={error ? "field field--error" : undefined}>
                {error ? (
                  <ErrorMessage id={`${fieldId(`stage-${p}`)}-error`}>{t(error)}</ErrorMessage>
                ) : null}
                <div className="button-group">
                  {p !== first ? (
                    <Button variant="secondary" name="intent" value={`up:${p}`}>
                      {t("escalations:stages.up")}
                      <span className="visually-hidden"> {name}</span>
                    </Button>
                  ) : null}
                  {p !== last ? (
                    <Button variant="secondary" name="intent" value={`down:${p}`}>
                      {t("escalations:stages.down")}
                      <span className="visually-hidden"> {name}</span>
                    </Button>
                  ) : null}
                  <Button
                    variant="warning"
                    name="intent"
                    value={`remove:${p}`}
                    id={fieldId(`stage-${p}`)}
                    aria-describedby={error ? `${fieldId(`stage-${p}`)}-error` : undefined}
                  >
                    {t("escalations:stages.remove")}
                    <span className="visually-hidden"> {name}</span>
                  </Button>
                </div>
              </div>
            </fieldset>
          );
        })}
        <p>{t("escalations:stages.cafcass")}</p>
        <Button name="intent" value="save">
          {t("escalations:stages.save")}
        </Button>
        {data.retired.length ? (
          <section aria-labelledby="retired-title">
            <h2 id="retired-title">{t("escalations:stages.retired.title")}</h2>
            <p>{t("escalations:stages.retired.intro")}</p>
            <ul className="list">
              {data.retired.map((stage) => (
                <li key={stage.position}>
                  {stageName(t, stage)}{" "}
                  <Button variant="secondary" name="intent" value={`restore:${stage.position}`}>
                    {t("escalations:stages.retired.restore")}
                    <span className="visually-hidden"> {stageName(t, stage)}</span>
                  </Button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </Form>
      <section aria-labelledby="add-stage-title">
        <h2 id="add-stage-title">{t("escalations:stages.add.title")}</h2>
        <p>{t("escalations:stages.add.intro")}</p>
        <Form method="post" noValidate>
          <CsrfInput />
          <TextField
            name="new-name"
            label={t("escalations:stages.ownName")}
            error={fromAdd ? result.errors["new-name"] : undefined}
            defaultValue={textValue(added, "new-name")}
          />
          <SelectField
            name="new-addressee"
            label={t("escalations:stages.addressee")}
            error={fromAdd ? result.errors["new-addressee"] : undefined}
            value={textValue(added, "new-addressee")}
            options={addressees}
            blank={t("escalations:stages.add.choose")}
          />
          <SelectField
            name="new-after"
            label={t("escalations:stages.add.after")}
            value={textValue(added, "new-after")}
            options={data.active.map((stage) => ({
              value: String(stage.position),
              label: stageName(t, stage),
            }))}
            blank={t("escalations:stages.add.atEnd")}
          />
          <TextField
            name="new-days"
            inputMode="numeric"
            className="input--4"
            label={t("escalations:stages.days")}
            hint={t("escalations:stages.daysHint", responseDaysBounds)}
            error={fromAdd ? result.errors["new-days"] : undefined}
            defaultValue={textValue(added, "new-days")}
          />
          <Button name="intent" value="add">
            {t("escalations:stages.add.submit")}
          </Button>
        </Form>
      </section>
    </>
  );
}
