import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { InvitationLetter } from "~/contributors/invitations.server";
import { languages } from "~/i18n/languages";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { Radios, TextField } from "~/ui/Field";
import { PrintButton } from "./PrintButton";
import { Notice } from "~/ui/Notice";

/** "Invite a parent who has no account": name, language of the letter, optional email, date. */
export function InviteParentForm({
  errors,
  values,
  defaultDueOn,
  today,
}: {
  errors?: Record<string, string>;
  values?: Record<string, string>;
  defaultDueOn: string;
  today: string;
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" noValidate aria-labelledby="invite-title">
      <h3 id="invite-title">{t("forms:invite.title")}</h3>
      <p>{t("forms:invite.intro")}</p>
      <ErrorSummary errors={errors} />
      <CsrfInput />
      <input type="hidden" name="intent" value="invite-parent" />
      <TextField
        name="name"
        label={t("forms:invite.name")}
        error={errors?.name}
        defaultValue={values?.name ?? ""}
        autoComplete="off"
      />
      <Radios
        name="language"
        legend={t("forms:invite.language")}
        hint={t("forms:invite.languageHint")}
        error={errors?.language}
        checked={values?.language ?? ""}
        options={languages.map((l) => ({
          value: l.code,
          label: l.code === "en" ? l.ownName : `${l.ownName} (${l.englishName})`,
        }))}
      />
      <TextField
        name="email"
        type="email"
        label={t("forms:invite.email")}
        hint={t("forms:invite.emailHint")}
        error={errors?.email}
        defaultValue={values?.email ?? ""}
        autoComplete="off"
      />
      <TextField
        name="dueOn"
        type="date"
        label={t("forms:invite.dueOn")}
        error={errors?.dueOn}
        defaultValue={values?.dueOn ?? defaultDueOn}
        min={today}
      />
      <Button variant="secondary">{t("forms:invite.send")}</Button>
    </Form>
  );
}

/** The letter to print or hand over, in the parent's language. Shown once: the code is not kept. */
export function ParentLetter({ letter }: { letter: InvitationLetter }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="letter-title">
      <Notice>
        <h3 id="letter-title">{t("forms:invite.done")}</h3>
        <p>{t("forms:invite.doneHint")}</p>
        <PrintButton />
      </Notice>
      <article className="letter" lang={letter.lang} dir={letter.dir}>
        <p>{letter.lines.greeting}</p>
        <p>{letter.lines.why}</p>
        <p>{letter.lines.how}</p>
        <dl className="letter__facts">
          <dt>{letter.lines.address}</dt>
          <dd dir="ltr">{letter.address}</dd>
          <dt>{letter.lines.code}</dt>
          <dd dir="ltr" className="letter__code" data-testid="invitation-code">
            {letter.code}
          </dd>
          <dt>{letter.lines.username}</dt>
          <dd dir="ltr">{letter.username}</dd>
        </dl>
        <p>{letter.lines.expires}</p>
        <p>{letter.lines.by}</p>
        <p>{letter.lines.interpreter}</p>
        <p>{letter.lines.signOff}</p>
      </article>
    </section>
  );
}
