import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { escalationOutcomes } from "#db/schema";
import { requireUser } from "~/auth/require-user.server";
import { escalationActionSchema } from "~/escalations/escalation-schema";
import { escalationView, performEscalationAction } from "~/escalations/escalations.server";
import { EscalationState } from "~/escalations/ui/EscalationList";
import { stageName } from "~/escalations/ui/stage-name";
import { formErrors, formValues, readForm, type FormErrors } from "~/http/forms.server";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { Radios, TextArea, TextField } from "~/ui/Field";
import { Notice } from "~/ui/Notice";
import { SelectField } from "~/ui/SelectField";
import { textValue } from "~/ui/form-values";

export const handle: RouteHandle = { titleKey: "escalations:page.title" };

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request);
  return json({
    ...escalationView(user, params.escalationId, requestLanguage(request, user)),
    outcomes: escalationOutcomes,
  });
}

const doneKinds = ["raised", "responded", "resolved", "moved"] as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request);
  const form = await readForm(request, escalationActionSchema);
  if (!form.ok) return formErrors(form);
  const result = performEscalationAction(request, user, params.escalationId, form.data);
  if (!result.ok) return formErrors({ errors: result.errors, values: formValues(form.formData) });
  const done = { respond: "responded", resolve: "resolved", move: "moved" }[form.data.intent];
  return redirect(`/escalations/${params.escalationId}?${done}=1`);
}

export default function EscalationPage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<FormErrors>();
  const [searchParams] = useSearchParams();
  const done = doneKinds.find((k) => searchParams.get(k));
  const { escalation: e, child } = data;
  const intent = textValue(result?.values, "intent");
  const valuesFor = (form: string) => (intent === form ? (result?.values ?? {}) : {});
  const errorsFor = (form: string) => (intent === form ? result?.errors : undefined);
  return (
    <>
      {data.home ? <BackLink to={data.home}>{t("escalations:page.back")}</BackLink> : null}
      <h1>
        {t("escalations:page.heading", {
          theme: t(`escalations:themes.${e.theme}`),
          name: child.name,
        })}
      </h1>
      {done && !result ? <Notice>{t(`escalations:page.done.${done}`)}</Notice> : null}
      <dl className="summary-list">
        <dt>{t("escalations:page.child")}</dt>
        <dd>
          {child.link ? <Link to={child.link}>{child.name}</Link> : child.name}
          {child.caseReference ? ` (${child.caseReference})` : null}
        </dd>
        <dt>{t("escalations:page.state")}</dt>
        <dd>
          <EscalationState state={e.state} />
          {e.outcome ? ` ${t(`escalations:outcomes.${e.outcome}`)}` : null}
        </dd>
        <dt>{t("escalations:page.stage")}</dt>
        <dd>{stageName(t, e.stage)}</dd>
        <dt>{t("escalations:page.with")}</dt>
        <dd>{e.addressedTo}</dd>
        <dt>{t("escalations:page.respondBy")}</dt>
        <dd>{e.respondBy}</dd>
        <dt>{t("escalations:page.raisedBy")}</dt>
        <dd>{t("escalations:page.raisedOn", { name: e.raisedBy, date: e.raisedAt })}</dd>
        <dt>{t("escalations:page.whatIsWrong")}</dt>
        <dd className="pre-wrap">{e.whatIsWrong}</dd>
        <dt>{t("escalations:page.askingFor")}</dt>
        <dd className="pre-wrap">{e.askingFor}</dd>
      </dl>

      {data.may.respond ? (
        <section aria-labelledby="respond-title">
          <h2 id="respond-title">{t("escalations:respond.title")}</h2>
          <Form method="post" noValidate>
            <ErrorSummary errors={errorsFor("respond")} />
            <CsrfInput />
            <input type="hidden" name="intent" value="respond" />
            <Radios
              name="response"
              legend={t("escalations:respond.legend")}
              error={errorsFor("respond")?.response}
              checked={textValue(valuesFor("respond"), "response")}
              options={[
                { value: "agreed", label: t("escalations:respond.agreed") },
                { value: "disagree", label: t("escalations:respond.disagree") },
              ]}
            />
            <TextField
              name="actBy"
              type="date"
              label={t("escalations:respond.actBy")}
              hint={t("escalations:respond.actByHint")}
              error={errorsFor("respond")?.actBy}
              defaultValue={textValue(valuesFor("respond"), "actBy")}
            />
            <TextArea
              name="reason"
              label={t("escalations:respond.reason")}
              hint={t("escalations:respond.reasonHint")}
              error={errorsFor("respond")?.reason}
              defaultValue={textValue(valuesFor("respond"), "reason")}
              rows={4}
            />
            <Button>{t("escalations:respond.submit")}</Button>
          </Form>
        </section>
      ) : null}

      {data.may.resolve ? (
        <section aria-labelledby="resolve-title">
          <h2 id="resolve-title">{t("escalations:resolve.title")}</h2>
          <Form method="post" noValidate>
            <ErrorSummary errors={errorsFor("resolve")} />
            <CsrfInput />
            <input type="hidden" name="intent" value="resolve" />
            <SelectField
              name="outcome"
              label={t("escalations:resolve.outcome")}
              error={errorsFor("resolve")?.outcome}
              value={textValue(valuesFor("resolve"), "outcome")}
              blank={t("escalations:raise.choose")}
              options={data.outcomes.map((o) => ({
                value: o,
                label: t(`escalations:outcomes.${o}`),
              }))}
            />
            <TextArea
              name="note"
              label={t("escalations:resolve.note")}
              error={errorsFor("resolve")?.note}
              defaultValue={textValue(valuesFor("resolve"), "note")}
              rows={3}
            />
            <Button>{t("escalations:resolve.submit")}</Button>
          </Form>
        </section>
      ) : null}

      {data.next ? (
        <section aria-labelledby="move-title">
          <h2 id="move-title">
            {t("escalations:move.title", { stage: stageName(t, data.next.stage) })}
          </h2>
          {data.next.people.length ? (
            <Form method="post" noValidate>
              <ErrorSummary errors={errorsFor("move")} />
              <CsrfInput />
              <input type="hidden" name="intent" value="move" />
              <SelectField
                name="addressee"
                label={t("escalations:move.addressee")}
                error={errorsFor("move")?.addressee}
                value={textValue(valuesFor("move"), "addressee")}
                options={data.next.people.map((p) => ({
                  value: `${data.next!.stage.position}:${p.id}`,
                  label: p.displayName,
                }))}
              />
              <TextArea
                name="moveNote"
                label={t("escalations:move.note")}
                error={errorsFor("move")?.moveNote}
                defaultValue={textValue(valuesFor("move"), "moveNote")}
                rows={3}
              />
              <Button variant="secondary">{t("escalations:move.submit")}</Button>
            </Form>
          ) : (
            <p>{t("escalations:move.nobody")}</p>
          )}
        </section>
      ) : null}

      <h2>{t("escalations:steps.title")}</h2>
      <ol>
        {data.steps.map((s) => (
          <li key={s.id}>
            <p>
              <strong>
                {t(`escalations:steps.kinds.${s.kind}`, { stage: stageName(t, s.stage) })}
              </strong>{" "}
              <span className="hint">{s.at}</span>
            </p>
            <p>
              {s.by
                ? t("escalations:steps.by", { name: s.by })
                : t("escalations:steps.byScheduler")}
              {s.addressedTo ? (
                <Fragment> · {t("escalations:steps.to", { name: s.addressedTo })}</Fragment>
              ) : null}
            </p>
            {s.response ? (
              <p>
                {s.response === "agreed"
                  ? t("escalations:steps.agreed", { date: s.actBy ?? "" })
                  : t("escalations:steps.disagreed")}
              </p>
            ) : null}
            {s.text ? <p className="pre-wrap">{s.text}</p> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
