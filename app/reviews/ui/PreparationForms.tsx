import type { ReactNode } from "react";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { InvitationLetter } from "~/contributors/invitations.server";
import { InviteParentForm, ParentLetter } from "~/contributors/ui/Invitation";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { TextField } from "~/ui/Field";
import type { PreparationView } from "../prep-view.server";
import { RequestViewsForm } from "./RequestViewsForm";

/*
 * The forms on a review's preparation page. Each posts its `intent` to the page's action
 * (../preparation-actions.server) and shows only the errors that answer its own intent.
 */

type ActionResult = {
  errors?: Record<string, string>;
  values?: Record<string, string>;
  letter?: InvitationLetter;
};

/** Invite a parent who has no account: the form, or straight after, the letter to print. */
export function InviteSection({ data }: { data: PreparationView }) {
  const result = useActionData<ActionResult>();
  if (result?.letter) return <ParentLetter letter={result.letter} />;
  const mine = result?.values?.intent === "invite-parent" ? result : undefined;
  return (
    <InviteParentForm
      errors={mine?.errors}
      values={mine?.values}
      defaultDueOn={data.defaultRequestDueOn}
      today={data.today}
    />
  );
}

export function PlanForm({ data }: { data: PreparationView }) {
  const { t } = useTranslation();
  const result = useActionData<ActionResult>();
  const mine = result?.values?.intent === "plan" ? result : undefined;
  return (
    <Form method="post" noValidate aria-labelledby="plan-title">
      <h2 id="plan-title">{t("reviews:plan.title")}</h2>
      <ErrorSummary errors={mine?.errors} />
      <CsrfInput />
      <input type="hidden" name="intent" value="plan" />
      <TextField
        name="plannedOn"
        type="date"
        label={t("reviews:plan.plannedOn")}
        hint={t("reviews:plan.plannedOnHint", { due: data.review.dueOn })}
        error={mine?.errors?.plannedOn}
        defaultValue={mine?.values?.plannedOn ?? data.review.plannedOnIso}
      />
      <TextField
        name="place"
        label={t("reviews:plan.place")}
        hint={t("reviews:plan.placeHint")}
        error={mine?.errors?.place}
        defaultValue={mine?.values?.place ?? data.review.place}
        autoComplete="off"
      />
      <Button variant="secondary">{t("reviews:plan.save")}</Button>
    </Form>
  );
}

export function RequestForm({ data }: { data: PreparationView }) {
  const { t } = useTranslation();
  const result = useActionData<ActionResult>();
  const mine = result?.values?.intent === "request" ? result : undefined;
  const view = data.contributions.find((c) => c.kind === "young_person");
  if (!data.contributors.length)
    return data.youngPerson.hasAccount ? null : (
      <p>{t("reviews:request.noAccount", { name: data.youngPerson.name })}</p>
    );
  return (
    <>
      {data.youngPerson.hasAccount ? null : (
        <p>{t("reviews:request.noAccount", { name: data.youngPerson.name })}</p>
      )}
      <RequestViewsForm
        intent="request"
        headingLevel={3}
        title={t("forms:request.title")}
        defaultDueOn={view?.dueOnIso ?? data.defaultRequestDueOn}
        today={data.today}
        errors={mine?.errors}
        values={mine?.values}
        submitLabel={t("forms:request.send")}
        contributors={data.contributors}
      >
        <p>{t("forms:request.intro")}</p>
      </RequestViewsForm>
    </>
  );
}

/** After a held review: one press once the decisions have gone to everyone. */
export function CirculateForm({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Form method="post">
      <CsrfInput />
      <input type="hidden" name="intent" value="circulate" />
      {children}
      <Button variant="secondary">{t("reviews:record.markCirculated")}</Button>
    </Form>
  );
}
