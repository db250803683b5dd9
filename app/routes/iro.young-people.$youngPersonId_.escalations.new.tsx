import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { concernThemes } from "#db/schema";
import { requireUser } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { raiseSchema } from "~/escalations/escalation-schema";
import { raiseEscalation, stageChoices } from "~/escalations/escalations.server";
import { stageName } from "~/escalations/ui/stage-name";
import { formErrors, formValues, readForm, type FormErrors } from "~/http/forms.server";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { TextArea } from "~/ui/Field";
import { SelectField } from "~/ui/SelectField";
import { textValue } from "~/ui/form-values";
import { fullName } from "~/young-people/names";
import { getAllocatedYoungPerson } from "~/young-people/young-people.server";

export const handle: RouteHandle = { titleKey: "escalations:raise.title" };

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const person = getAllocatedYoungPerson(request, user, params.youngPersonId, todayInEngland());
  return json({
    child: { id: person.id, name: fullName(person) },
    choices: stageChoices(user.organisationId, person.id),
    themes: concernThemes,
    midwayCheckId: new URL(request.url).searchParams.get("midwayCheckId") ?? "",
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const person = getAllocatedYoungPerson(request, user, params.youngPersonId, todayInEngland());
  const form = await readForm(request, raiseSchema);
  if (!form.ok) return formErrors(form);
  const raised = raiseEscalation(request, user, person.id, form.data);
  if (!raised.ok) return formErrors({ errors: raised.errors, values: formValues(form.formData) });
  return redirect(`/escalations/${raised.id}?raised=1`);
}

export default function RaiseEscalation() {
  const { t } = useTranslation();
  const { child, choices, themes, midwayCheckId } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrors>();
  const values = result?.values ?? {};
  const first = choices.find((c) => c.people.length);
  const defaultAddressee = first ? `${first.stage.position}:${first.people[0]!.id}` : "";
  return (
    <>
      <BackLink to={`/iro/young-people/${child.id}`}>
        {t("escalations:raise.back", { name: child.name })}
      </BackLink>
      <h1>{t("escalations:raise.title")}</h1>
      <p>{t("escalations:raise.intro", { name: child.name })}</p>
      <Form method="post" noValidate>
        <ErrorSummary errors={result?.errors} />
        <CsrfInput />
        <input type="hidden" name="midwayCheckId" value={midwayCheckId} />
        <SelectField
          name="theme"
          label={t("escalations:raise.theme")}
          error={result?.errors.theme}
          value={textValue(values, "theme")}
          blank={t("escalations:raise.choose")}
          options={themes.map((theme) => ({
            value: theme,
            label: t(`escalations:themes.${theme}`),
          }))}
        />
        <TextArea
          name="whatIsWrong"
          label={t("escalations:raise.whatIsWrong")}
          hint={t("escalations:raise.whatIsWrongHint")}
          error={result?.errors.whatIsWrong}
          defaultValue={textValue(values, "whatIsWrong")}
          rows={5}
        />
        <TextArea
          name="askingFor"
          label={t("escalations:raise.askingFor")}
          hint={t("escalations:raise.askingForHint")}
          error={result?.errors.askingFor}
          defaultValue={textValue(values, "askingFor")}
          rows={4}
        />
        <SelectField
          name="addressee"
          label={t("escalations:raise.addressee")}
          hint={t("escalations:raise.addresseeHint")}
          error={result?.errors.addressee}
          value={values.addressee ? textValue(values, "addressee") : defaultAddressee}
          groups={choices.map((c) => ({
            label: t("escalations:raise.stageGroup", {
              stage: stageName(t, c.stage),
              days: c.stage.responseDays,
            }),
            options: c.people.map((p) => ({
              value: `${c.stage.position}:${p.id}`,
              label: p.displayName,
            })),
          }))}
        />
        <Button>{t("escalations:raise.submit")}</Button>
      </Form>
    </>
  );
}
