import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { TextField } from "~/ui/Field";

/**
 * "Ask the young person for their views" with the date to answer by: on the IRO's preparation
 * page and the social worker's view of a young person. Posts `intent` and `dueOn`.
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
}: {
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
