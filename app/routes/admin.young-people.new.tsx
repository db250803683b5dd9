import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { formErrors, formValues, readForm, type FormErrors } from "~/http/forms.server";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { recordFormOptions } from "~/young-people/language-names.server";
import { youngPersonRecordSchema } from "~/young-people/record-schema";
import { createYoungPersonRecord } from "~/young-people/records.server";
import { RecordForm } from "~/young-people/ui/RecordForm";

export const handle: RouteHandle = { titleKey: "people:create.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  return json({
    ...recordFormOptions(requestLanguage(request, user)),
    today: todayInEngland(),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const form = await readForm(request, youngPersonRecordSchema(todayInEngland()));
  if (!form.ok) return formErrors(form);
  const saved = createYoungPersonRecord(request, user, form.data);
  if (!saved.ok) return formErrors({ errors: saved.errors, values: formValues(form.formData) });
  return redirect(`/admin/young-people/${saved.id}?created=1`);
}

export default function NewYoungPerson() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<FormErrors>();
  return (
    <>
      <BackLink to="/admin/young-people">{t("people:back.list")}</BackLink>
      <h1>{t("people:create.title")}</h1>
      <RecordForm
        values={result?.values ?? {}}
        errors={result?.errors}
        languages={data.languages}
        serviceAreas={data.serviceAreas}
        legalStatuses={data.legalStatuses}
        today={data.today}
        submitLabel={t("people:create.save")}
      />
    </>
  );
}
