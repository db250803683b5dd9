import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  caseloadMoveSchema,
  iroAccounts,
  iroCaseload,
  moveCaseload,
} from "~/allocations/caseload-move.server";
import { requireUser } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { formErrors, formValues, readForm, type FormErrors } from "~/http/forms.server";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { Checkboxes, TextField } from "~/ui/Field";
import { Notice } from "~/ui/Notice";
import { fullName } from "~/young-people/names";
import { SelectField } from "~/ui/SelectField";
import { textValue } from "~/ui/form-values";

export const handle: RouteHandle = { titleKey: "people:move.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const url = new URL(request.url);
  const accounts = iroAccounts(user);
  const from = accounts.find((a) => a.id === url.searchParams.get("from"));
  return json({
    accounts: accounts.map((a) => ({
      id: a.id,
      displayName: a.displayName,
      active: !a.disabledAt,
    })),
    from: from ? { id: from.id, displayName: from.displayName } : null,
    children: from
      ? iroCaseload(user, from.id).map((c) => ({
          id: c.youngPersonId,
          name: fullName(c),
          caseReference: c.caseReference,
        }))
      : [],
    moved: Number(url.searchParams.get("moved")) || 0,
    to: accounts.find((a) => a.id === url.searchParams.get("to"))?.displayName ?? null,
    today: todayInEngland(),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const form = await readForm(request, caseloadMoveSchema(todayInEngland()));
  if (!form.ok) return formErrors(form);
  const result = moveCaseload(request, user, form.data);
  if (!result.ok) return formErrors({ errors: result.errors, values: formValues(form.formData) });
  const done = new URLSearchParams({ moved: String(result.moved), to: form.data.toUserId });
  return redirect(`/admin/caseloads/move?${done}`);
}

/**
 * When an IRO leaves: choose them, tick the children to move (all, to start with), the IRO who
 * takes them and the day from which. One press moves them all.
 */
export default function MoveCaseload() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<FormErrors>();
  const e = result?.errors ?? {};
  const value = (key: string) => textValue(result?.values, key);
  const ticked = result
    ? [result.values.youngPersonId ?? []].flat()
    : data.children.map((c) => c.id);
  return (
    <>
      <BackLink to="/admin/young-people">{t("people:back.list")}</BackLink>
      <h1>{t("people:move.title")}</h1>
      {data.moved && data.to ? (
        <Notice>{t("people:move.done", { count: data.moved, name: data.to })}</Notice>
      ) : null}
      <p>{t("people:move.explain")}</p>
      <Form method="get">
        <SelectField
          name="from"
          label={t("people:move.from")}
          value={data.from?.id ?? ""}
          blank={t("people:move.chooseIro")}
          options={data.accounts.map((a) => ({
            value: a.id,
            label: a.active ? a.displayName : t("people:move.inactive", { name: a.displayName }),
          }))}
        />
        <Button variant="secondary">{t("people:move.showChildren")}</Button>
      </Form>
      {data.from ? (
        data.children.length ? (
          <Form method="post" noValidate>
            <ErrorSummary errors={result?.errors} />
            <CsrfInput />
            <input type="hidden" name="fromUserId" value={data.from.id} />
            <Checkboxes
              name="youngPersonId"
              legend={t("people:move.children", { name: data.from.displayName })}
              hint={t("people:move.childrenHint")}
              error={e.youngPersonId}
              checked={ticked}
              options={data.children.map((c) => ({
                value: c.id,
                label: c.caseReference ? `${c.name} (${c.caseReference})` : c.name,
              }))}
            />
            <SelectField
              name="toUserId"
              label={t("people:move.to")}
              error={e.toUserId}
              value={value("toUserId")}
              blank={t("people:move.chooseIro")}
              options={data.accounts
                .filter((a) => a.active && a.id !== data.from?.id)
                .map((a) => ({ value: a.id, label: a.displayName }))}
            />
            <TextField
              name="movedOn"
              type="date"
              label={t("people:move.on")}
              hint={t("people:move.onHint")}
              error={e.movedOn}
              defaultValue={value("movedOn") || data.today}
              max={data.today}
            />
            <p>{t("people:move.follow")}</p>
            <Button>{t("people:move.save")}</Button>
          </Form>
        ) : (
          <p>{t("people:move.noChildren", { name: data.from.displayName })}</p>
        )
      ) : null}
    </>
  );
}
