import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { Radios, TextArea, TextField } from "~/ui/Field";
import { textValue } from "~/ui/form-values";
import { contactKindCodes as contactKinds, contactNoteMax, seenAloneChoices } from "~/midway/codes";

export type ContactFormResult = {
  errors?: Record<string, string>;
  values?: Record<string, string | string[]>;
};

/** Logging a contact: when, what kind, with whom, whether the child was seen alone, a note. */
export function ContactForm({
  today,
  result,
}: {
  today: string;
  result: ContactFormResult | undefined;
}) {
  const { t } = useTranslation();
  const errors = result?.errors ?? {};
  const values = result?.values;
  return (
    <Form method="post" noValidate>
      <ErrorSummary errors={result?.errors} />
      <CsrfInput />
      <TextField
        name="contactOn"
        type="date"
        label={t("midway:contacts.form.date")}
        error={errors.contactOn}
        defaultValue={values ? textValue(values, "contactOn") : today}
        max={today}
      />
      <Radios
        name="kind"
        legend={t("midway:contacts.form.kind")}
        error={errors.kind}
        checked={textValue(values, "kind")}
        options={contactKinds.map((k) => ({ value: k, label: t(`midway:contacts.kind.${k}`) }))}
      />
      <TextField
        name="withWhom"
        label={t("midway:contacts.form.withWhom")}
        hint={t("midway:contacts.form.withWhomHint")}
        error={errors.withWhom}
        defaultValue={textValue(values, "withWhom")}
        autoComplete="off"
      />
      <Radios
        name="seenAlone"
        legend={t("midway:contacts.form.seenAlone")}
        error={errors.seenAlone}
        checked={textValue(values, "seenAlone")}
        options={seenAloneChoices.map((c) => ({
          value: c,
          label: t(`midway:contacts.seenAlone.${c}`),
        }))}
      />
      <TextArea
        name="note"
        label={t("midway:contacts.form.note")}
        hint={t("midway:contacts.form.noteHint", { count: contactNoteMax })}
        error={errors.note}
        defaultValue={textValue(values, "note")}
        rows={4}
      />
      <Button>{t("midway:contacts.form.save")}</Button>
    </Form>
  );
}
