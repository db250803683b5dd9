import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { Checkboxes, TextField } from "~/ui/Field";

export type Askable = { key: string; kind: string; name: string; asked: boolean };

/**
 * "Ask for views before the review" with the date to answer by: on the IRO's preparation page and
 * the social worker's view of a young person. Posts `intent`, `dueOn` and (when there is a choice
 * of people) `who`: the young person, carers and parents, in one step.
 */
export function RequestViewsForm({
  intent,
  title,
  headingLevel = 2,
  children,
  defaultDueOn,
  today,
  errors,
  values,
  submitLabel,
  contributors,
}: {
  contributors?: Askable[];
  intent: string;
  title: string;
  headingLevel?: 2 | 3;
  children?: ReactNode;
  defaultDueOn: string;
  today: string;
  errors?: Record<string, string>;
  values?: Record<string, unknown>;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <Form method="post" noValidate aria-labelledby="request-title">
      <Heading id="request-title">{title}</Heading>
      <ErrorSummary errors={errors} />
      {children}
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      {contributors?.length ? (
        <Checkboxes
          name="who"
          legend={t("forms:request.who")}
          hint={t("forms:request.whoHint")}
          error={errors?.who}
          checked={
            values?.who
              ? ([] as string[]).concat(values.who as string | string[])
              : contributors.map((c) => c.key)
          }
          options={contributors.map((c) => ({
            value: c.key,
            label: `${c.name} (${t(`forms:request.kind.${c.kind}`)})${c.asked ? ` · ${t("forms:request.asked")}` : ""}`,
          }))}
        />
      ) : null}
      <TextField
        name="dueOn"
        type="date"
        label={t("reviews:request.dueOn")}
        hint={t("reviews:request.dueOnHint")}
        error={errors?.dueOn}
        defaultValue={typeof values?.dueOn === "string" ? values.dueOn : defaultDueOn}
        min={today}
      />
      <Button>{submitLabel}</Button>
    </Form>
  );
}
