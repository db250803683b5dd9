import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { formErrors, readForm, type FormErrors } from "~/http/forms.server";
import { formatDateTime } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import {
  retentionBounds,
  retentionFields,
  retentionFormSchema,
} from "~/organisations/settings-schema";
import { saveRetentionSettings } from "~/organisations/settings.server";
import { planCounts, planRetention } from "~/retention/plan.server";
import { retentionKinds } from "~/retention/rules";
import { lastRetentionRun } from "~/retention/run.server";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { TextField } from "~/ui/Field";
import { Notice } from "~/ui/Notice";
import { textValue } from "~/ui/form-values";

export const handle: RouteHandle = { titleKey: "retention:page.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const lng = requestLanguage(request, user);
  // The dry run: the same plan the daily run carries out, counted and nothing removed.
  const plan = planRetention(user.organisationId);
  const last = lastRetentionRun(user.organisationId);
  return json({
    settings: Object.fromEntries(retentionFields.map((f) => [f, String(plan.settings[f])])),
    wouldGo: planCounts(plan),
    lastRun: last
      ? { at: formatDateTime(last.ranAt, lng), counts: last.counts as Record<string, number> }
      : null,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const form = await readForm(request, retentionFormSchema);
  if (!form.ok) return formErrors(form);
  saveRetentionSettings(request, user, form.data);
  return redirect("/admin/retention?saved=1");
}

/** How long things are kept, and what the next run would remove today. */
export default function Retention() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<FormErrors>();
  const [searchParams] = useSearchParams();
  const values = result?.values ?? data.settings;
  return (
    <>
      <BackLink to="/admin/settings">{t("retention:page.back")}</BackLink>
      <h1>{t("retention:page.title")}</h1>
      {searchParams.get("saved") && !result ? (
        <Notice>
          <p>{t("retention:page.saved")}</p>
        </Notice>
      ) : null}
      <p>{t("retention:page.intro")}</p>

      <h2 id="today">{t("retention:page.today")}</h2>
      <p className="hint">{t("retention:page.todayHint")}</p>
      <dl className="summary-list">
        {retentionKinds.map((kind) => (
          <Fragment key={kind}>
            <dt>{t(`retention:kinds.${kind}`)}</dt>
            <dd>{data.wouldGo[kind]}</dd>
          </Fragment>
        ))}
      </dl>
      <p>
        {data.lastRun
          ? t("retention:page.lastRun", {
              date: data.lastRun.at,
              total: Object.values(data.lastRun.counts).reduce((a, b) => a + b, 0),
            })
          : t("retention:page.neverRun")}
      </p>

      <h2>{t("retention:page.settings")}</h2>
      <Form method="post" noValidate>
        <ErrorSummary errors={result?.errors} />
        <CsrfInput />
        {retentionFields.map((field) => (
          <TextField
            key={field}
            name={field}
            inputMode="numeric"
            label={t(`retention:fields.${field}.label`)}
            hint={t(`retention:fields.${field}.hint`, retentionBounds[field])}
            error={result?.errors[field]}
            defaultValue={textValue(values, field)}
          />
        ))}
        <Button>{t("retention:page.save")}</Button>
      </Form>
    </>
  );
}
