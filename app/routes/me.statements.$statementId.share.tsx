import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ReadAloud } from "~/audio/ui/ReadAloud";
import { z } from "zod";
import { requireFormAuthor } from "~/consultation/author.server";
import { adultFormsShareWith, sharingChoices } from "~/consultation/sharing";
import { getOwnDraft } from "~/consultation/own-statements.server";
import { submitStatement } from "~/consultation/sending.server";
import { templateOf } from "~/consultation/templates";
import { isUrgent } from "~/consultation/urgency";
import { formErrors, readForm } from "~/http/forms.server";
import type { RouteHandle } from "~/root";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary, fieldId } from "~/ui/ErrorSummary";
import { ErrorMessage } from "~/ui/Field";
import { Icon } from "~/ui/Icon";
import { listCurrentAllocationNames } from "~/young-people/young-people.server";

export const handle: RouteHandle = { titleKey: "consultation:ui.shareTitle" };

function load(request: Request, statementId: string | undefined) {
  const user = requireFormAuthor(request);
  const statement = getOwnDraft(user, statementId);
  const template = templateOf(statement);
  const urgent = isUrgent(template, statement.answers);
  return { user, statement, urgent, template };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { statement, urgent, template } = load(request, params.statementId);
  if (template.audience !== "young_person") throw redirect(`/me/statements/${statement.id}/check`);
  const people = listCurrentAllocationNames(statement.youngPersonId);
  return json({
    statementId: statement.id,
    urgent,
    iro: people.find((p) => p.relationship === "iro")?.displayName ?? null,
    socialWorker: people.find((p) => p.relationship === "social_worker")?.displayName ?? null,
    chosen: statement.sharing,
  });
}

const schema = z.object({
  sharing: z.enum(sharingChoices, { error: "consultation:errors.sharing" }),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, statement, template } = load(request, params.statementId);
  if (template.audience !== "young_person") {
    const sent = await readForm(request, z.object({}));
    if (!sent.ok) return formErrors(sent);
    submitStatement(request, user, statement, adultFormsShareWith);
    return redirect(`/me/statements/${statement.id}/sent`);
  }
  const form = await readForm(request, schema);
  if (!form.ok) return formErrors(form);
  submitStatement(request, user, statement, form.data.sharing);
  return redirect(`/me/statements/${statement.id}/sent`);
}

export default function Share() {
  const { t, i18n } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const error = result?.errors?.sharing;
  const id = fieldId("sharing");
  const names = {
    iro: data.iro ?? t("consultation:ui.yourIro"),
    socialWorker: data.socialWorker ?? t("consultation:ui.yourSocialWorker"),
  };
  return (
    <>
      <ErrorSummary errors={result?.errors} />
      {data.urgent ? (
        <div className="panel panel--warning" role="note">
          <p className="with-icon">
            <Icon name="warning" size="large" />
            <span>{t("consultation:ui.urgentNotice", names)}</span>
          </p>
        </div>
      ) : null}
      <Form method="post" noValidate>
        <CsrfInput />
        <div className={error ? "field field--error" : "field"}>
          <fieldset aria-describedby={error ? `${id}-error` : undefined}>
            <legend className="legend legend--large">
              <h1 className="question-title">{t("consultation:ui.shareTitle")}</h1>
            </legend>
            {error ? <ErrorMessage id={`${id}-error`}>{t(error)}</ErrorMessage> : null}
            <ReadAloud
              keys={[
                "consultation:ui.shareTitle",
                ...sharingChoices.map((c) => `consultation:sharing.${c}.label`),
              ]}
              text={[
                t("consultation:ui.shareTitle"),
                ...sharingChoices.flatMap((c) => [
                  t(`consultation:sharing.${c}.label`),
                  t(`consultation:sharing.${c}.hint`, names),
                ]),
              ].join(". ")}
              lang={i18n.language}
            />
            <div className="choice-list">
              {sharingChoices.map((choice, index) => {
                const optionId = index === 0 ? id : `${id}-${choice}`;
                return (
                  <div className="choice" key={choice}>
                    <input
                      type="radio"
                      id={optionId}
                      name="sharing"
                      value={choice}
                      defaultChecked={data.chosen === choice}
                      aria-describedby={`${optionId}-hint`}
                    />
                    <label htmlFor={optionId}>{t(`consultation:sharing.${choice}.label`)}</label>
                    <span className="hint" id={`${optionId}-hint`}>
                      {t(`consultation:sharing.${choice}.hint`, names)}
                    </span>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
        <Button>{t("consultation:ui.send")}</Button>
      </Form>
    </>
  );
}
