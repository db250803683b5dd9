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
import { fullName } from "~/young-people/names";
import { youngPersonRecordSchema } from "~/young-people/record-schema";
import { getYoungPersonRecord, updateYoungPersonRecord } from "~/young-people/records.server";
import { RecordForm } from "~/young-people/ui/RecordForm";

export const handle: RouteHandle = { titleKey: "people:edit.title" };

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const record = getYoungPersonRecord(user, params.youngPersonId);
  return json({
    id: record.id,
    name: fullName(record),
    values: {
      givenName: record.givenName,
      familyName: record.familyName,
      dateOfBirth: record.dateOfBirth,
      caseReference: record.caseReference ?? "",
      preferredLanguage: record.preferredLanguage,
      needsInterpreter: record.needsInterpreter,
      interpreterLanguage: record.interpreterLanguage ?? "",
      communicationNeeds: record.communicationNeeds ?? "",
      serviceArea: record.serviceArea,
      legalStatus: record.legalStatus ?? "",
      lookedAfterOn: record.lookedAfterOn ?? "",
      isUnaccompanied: record.isUnaccompanied,
    },
    ...recordFormOptions(requestLanguage(request, user)),
    today: todayInEngland(),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const record = getYoungPersonRecord(user, params.youngPersonId);
  const form = await readForm(request, youngPersonRecordSchema(todayInEngland()));
  if (!form.ok) return formErrors(form);
  const saved = updateYoungPersonRecord(request, user, record.id, form.data);
  if (!saved.ok) return formErrors({ errors: saved.errors, values: formValues(form.formData) });
  return redirect(`/admin/young-people/${record.id}?saved=1`);
}

export default function EditYoungPerson() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<FormErrors>();
  return (
    <>
      <BackLink to={`/admin/young-people/${data.id}`}>{t("people:back.record")}</BackLink>
      <h1>{t("people:edit.heading", { name: data.name })}</h1>
      <RecordForm
        values={result?.values ?? data.values}
        errors={result?.errors}
        languages={data.languages}
        serviceAreas={data.serviceAreas}
        legalStatuses={data.legalStatuses}
        today={data.today}
        submitLabel={t("people:edit.save")}
      />
    </>
  );
}
