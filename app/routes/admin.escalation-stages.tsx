import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { ensureEscalationStages, saveStages, stagesFormSchema } from "~/escalations/stages.server";
import { responseDaysBounds } from "~/escalations/rules";
import { stageName } from "~/escalations/ui/stage-name";
import { formErrors, readForm, type FormErrors } from "~/http/forms.server";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { TextField } from "~/ui/Field";
import { Notice } from "~/ui/Notice";
import { textValue } from "~/ui/form-values";

export const handle: RouteHandle = { titleKey: "escalations:stages.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const admin = requireUser(request, { role: "admin" });
  const stages = ensureEscalationStages(admin.organisationId);
  return json({
    stages,
    values: {
      ...Object.fromEntries(
        stages.flatMap((s) => [
          [`name-${s.position}`, s.name ?? ""],
          [`days-${s.position}`, String(s.responseDays)],
        ]),
      ),
    } as Record<string, string>,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = requireUser(request, { role: "admin" });
  const stages = ensureEscalationStages(admin.organisationId);
  const form = await readForm(request, stagesFormSchema(stages.map((s) => s.position)));
  if (!form.ok) return formErrors(form);
  saveStages(request, admin, stages, form.data);
  return redirect("/admin/escalation-stages?saved=1");
}

/** The dispute resolution stages and the standards of issue 18, for an administrator. */
export default function EscalationStages() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<FormErrors>();
  const [searchParams] = useSearchParams();
  const values = result?.values ?? data.values;
  return (
    <>
      <BackLink to="/admin/settings">{t("escalations:stages.back")}</BackLink>
      <h1>{t("escalations:stages.title")}</h1>
      {searchParams.get("saved") && !result ? (
        <Notice>{t("escalations:stages.saved")}</Notice>
      ) : null}
      <p>{t("escalations:stages.intro")}</p>
      <Form method="post" noValidate>
        <ErrorSummary errors={result?.errors} />
        <CsrfInput />
        {data.stages.map((stage) => (
          <fieldset className="fieldset" key={stage.position}>
            <legend className="legend">
              {t("escalations:stages.stageLegend", {
                name: stageName(t, { ...stage, name: null }),
                addressee: t(`home:roles.${stage.addressee}`),
              })}
            </legend>
            <TextField
              name={`name-${stage.position}`}
              label={t("escalations:stages.name")}
              hint={t("escalations:stages.nameHint")}
              error={result?.errors[`name-${stage.position}`]}
              defaultValue={textValue(values, `name-${stage.position}`)}
            />
            <TextField
              name={`days-${stage.position}`}
              inputMode="numeric"
              className="input--4"
              label={t("escalations:stages.days")}
              hint={t("escalations:stages.daysHint", responseDaysBounds)}
              error={result?.errors[`days-${stage.position}`]}
              defaultValue={textValue(values, `days-${stage.position}`)}
            />
          </fieldset>
        ))}
        <p>{t("escalations:stages.cafcass")}</p>
        <Button>{t("escalations:stages.save")}</Button>
      </Form>
    </>
  );
}
