import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { leaderRoles, roleHome } from "~/auth/roles";
import { formErrors, readForm } from "~/http/forms.server";
import { formatDate, formatDateTime } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import {
  agreementAnswerForm,
  answerAgreement,
  getAgreementForManager,
} from "~/actions/agreements.server";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { Radios, TextArea } from "~/ui/Field";
import { Notice } from "~/ui/Notice";

export const handle: RouteHandle = { titleKey: "actions:answer.title" };

/** A team manager agrees a review's decisions, or disagrees and says why. Only they come here. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: leaderRoles });
  const agreement = getAgreementForManager(user, params.agreementId);
  const lng = requestLanguage(request, user);
  return json({
    childName: agreement.childName,
    iroName: agreement.iroName,
    heldOn: agreement.heldOn ? formatDate(agreement.heldOn, lng) : null,
    dueOn: formatDate(agreement.dueOn, lng),
    decisions: agreement.decisions,
    response: agreement.response,
    reason: agreement.reason,
    respondedAt: agreement.respondedAt ? formatDateTime(agreement.respondedAt, lng) : null,
    home: roleHome[user.role],
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: leaderRoles });
  const agreement = getAgreementForManager(user, params.agreementId);
  const form = await readForm(request, agreementAnswerForm);
  if (!form.ok) return formErrors(form);
  answerAgreement(request, user, agreement, form.data);
  return redirect(`/actions/agreements/${agreement.id}`);
}

export default function AgreementAnswer() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<{
    errors?: Record<string, string>;
    values?: Record<string, string>;
  }>();
  const errors = result?.errors ?? {};
  return (
    <>
      <BackLink to={data.home}>{t("actions:answer.back")}</BackLink>
      <h1>
        {t("actions:answer.title")}: {data.childName}
      </h1>
      <p>{t("actions:answer.intro", { iro: data.iroName ?? "", date: data.heldOn ?? "" })}</p>
      <h2>{t("actions:answer.decisions")}</h2>
      <ol>
        {data.decisions.map((d, i) => (
          <li key={i}>{d}</li>
        ))}
      </ol>
      {data.response ? (
        <Notice tone="plain">
          <p>
            {t(
              data.response === "agreed"
                ? "actions:answer.youAgreed"
                : "actions:answer.youDisagreed",
              {
                date: data.respondedAt,
              },
            )}
          </p>
          {data.reason ? <p>{data.reason}</p> : null}
        </Notice>
      ) : (
        <Form method="post" noValidate>
          <ErrorSummary errors={result?.errors} />
          <CsrfInput />
          <p>{t("actions:answer.dueBy", { date: data.dueOn })}</p>
          <Radios
            name="response"
            legend={t("actions:answer.question")}
            error={errors.response}
            checked={result?.values?.response ?? ""}
            options={[
              { value: "agreed", label: t("actions:answer.agreed") },
              { value: "disagree", label: t("actions:answer.disagree") },
            ]}
          />
          <TextArea
            name="reason"
            label={t("actions:answer.reason")}
            hint={t("actions:answer.reasonHint")}
            error={errors.reason}
            defaultValue={result?.values?.reason ?? ""}
            rows={4}
          />
          <Button>{t("actions:answer.send")}</Button>
        </Form>
      )}
    </>
  );
}
