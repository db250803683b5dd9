import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { notFound, requireUser } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { formErrors, readForm, type FormErrors } from "~/http/forms.server";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { Radios, TextField } from "~/ui/Field";
import { recordLeftCare } from "~/young-people/left-care.server";
import { fullName } from "~/young-people/names";
import { leftCareReasons, leftCareSchema } from "~/young-people/record-schema";
import { getYoungPersonRecord } from "~/young-people/records.server";
import { textValue } from "~/ui/form-values";

export const handle: RouteHandle = { titleKey: "people:leftCare.title" };

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const record = getYoungPersonRecord(user, params.youngPersonId);
  if (record.leftCareOn) throw notFound();
  return json({
    id: record.id,
    name: fullName(record),
    today: todayInEngland(),
    reasons: leftCareReasons,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const record = getYoungPersonRecord(user, params.youngPersonId);
  // Sent twice (a double press without JavaScript): the first one recorded it.
  if (record.leftCareOn) return redirect(`/admin/young-people/${record.id}`);
  const form = await readForm(request, leftCareSchema(todayInEngland()));
  if (!form.ok) return formErrors(form);
  recordLeftCare(request, user, record.id, form.data);
  return redirect(`/admin/young-people/${record.id}?leftCare=1`);
}

/** Recording that a child stopped being looked after: what happens is said before it is done. */
export default function LeftCare() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<FormErrors>();
  const e = result?.errors ?? {};
  const value = (key: string) => textValue(result?.values, key);
  return (
    <>
      <BackLink to={`/admin/young-people/${data.id}`}>{t("people:back.record")}</BackLink>
      <h1>{t("people:leftCare.heading", { name: data.name })}</h1>
      <p>{t("people:leftCare.explain")}</p>
      <ul>
        <li>{t("people:leftCare.effects.records")}</li>
        <li>{t("people:leftCare.effects.allocations")}</li>
        <li>{t("people:leftCare.effects.reviews")}</li>
      </ul>
      <Form method="post" noValidate>
        <ErrorSummary errors={result?.errors} />
        <CsrfInput />
        <TextField
          name="leftCareOn"
          type="date"
          label={t("people:leftCare.on")}
          hint={t("people:record.dateHint")}
          error={e.leftCareOn}
          defaultValue={value("leftCareOn") || data.today}
          max={data.today}
        />
        <Radios
          name="leftCareReason"
          legend={t("people:leftCare.reason")}
          error={e.leftCareReason}
          checked={value("leftCareReason")}
          options={data.reasons.map((r) => ({
            value: r,
            label: t(`people:leftCareReason.${r}`),
          }))}
        />
        <Button variant="warning">{t("people:leftCare.save")}</Button>
      </Form>
    </>
  );
}
