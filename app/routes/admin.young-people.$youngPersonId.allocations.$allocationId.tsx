import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getAllocation, updateAllocation } from "~/allocations/allocations.server";
import { allocationDatesSchema } from "~/allocations/rules";
import { requireUser } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { formErrors, formValues, readForm, type FormErrors } from "~/http/forms.server";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { TextField } from "~/ui/Field";
import { fullName } from "~/young-people/names";

export const handle: RouteHandle = { titleKey: "people:allocation.title" };

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const found = getAllocation(user, params.youngPersonId, params.allocationId);
  return json({
    youngPersonId: found.record.id,
    childName: fullName(found.record),
    displayName: found.displayName,
    relationship: found.allocation.relationship,
    startsOn: found.allocation.startsOn,
    endsOn: found.allocation.endsOn ?? "",
    today: todayInEngland(),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const form = await readForm(request, allocationDatesSchema);
  if (!form.ok) return formErrors(form);
  const saved = updateAllocation(
    request,
    user,
    params.youngPersonId,
    params.allocationId,
    form.data,
  );
  if (!saved.ok) return formErrors({ errors: saved.errors, values: formValues(form.formData) });
  return redirect(`/admin/young-people/${params.youngPersonId}?allocationSaved=1#allocations`);
}

/** An allocation's dates: ending one gives it a last day; the row stays in the history. */
export default function EditAllocation() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<FormErrors>();
  const e = result?.errors ?? {};
  const value = (key: "startsOn" | "endsOn") => {
    const v = result?.values[key];
    return typeof v === "string" ? v : data[key];
  };
  return (
    <>
      <BackLink to={`/admin/young-people/${data.youngPersonId}`}>
        {t("people:back.record")}
      </BackLink>
      <h1>
        {t("people:allocation.heading", {
          person: data.displayName,
          relationship: t(`people:relationship.${data.relationship}`),
          name: data.childName,
        })}
      </h1>
      <Form method="post" noValidate>
        <ErrorSummary errors={result?.errors} />
        <CsrfInput />
        <TextField
          name="startsOn"
          type="date"
          label={t("people:allocations.from")}
          hint={t("people:record.dateHint")}
          error={e.startsOn}
          defaultValue={value("startsOn")}
        />
        <TextField
          name="endsOn"
          type="date"
          label={t("people:allocations.toOptional")}
          hint={t("people:allocation.endHint", { today: data.today })}
          error={e.endsOn}
          defaultValue={value("endsOn")}
        />
        <Button>{t("people:allocation.save")}</Button>
      </Form>
    </>
  );
}
