import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary, fieldId } from "~/ui/ErrorSummary";
import { ErrorMessage } from "~/ui/Field";
import { useTranslation } from "react-i18next";
import type { StatementReading } from "../reader-view.server";
import { AnswerList } from "./AnswerList";
import { Replies } from "./Replies";

/** The reading view shared by IROs and social workers. */
export function StatementReader({
  data,
  backTo,
  backLabel,
}: {
  data: StatementReading;
  backTo: string;
  backLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={backTo}>
          <span className="arrow" aria-hidden="true">
            ←
          </span>{" "}
          {backLabel}
        </Link>
      </p>
      <h1>
        {t(`consultation:templates.${data.templateId}.title`)}: {data.youngPerson}
      </h1>
      {data.isUrgent ? <p className="tag tag--overdue">{t("consultation:reader.urgent")}</p> : null}
      <dl className="summary-list">
        <dt>{t("consultation:reader.sent")}</dt>
        <dd>{data.submittedAt}</dd>
        <dt>{t("consultation:reader.sharedWith")}</dt>
        <dd>
          {data.sharing ? t(`consultation:sharing.${data.sharing}.label`) : null} (
          {data.readers.join(", ")})
        </dd>
        {data.interpreterLanguages.length ? (
          <>
            <dt>{t("consultation:reader.interpreter")}</dt>
            <dd>
              {data.interpreterLanguages.map((l) => t(`consultation:languages.${l}`)).join(", ")}
            </dd>
          </>
        ) : null}
      </dl>
      <AnswerList
        rows={data.rows}
        lang={data.lang}
        voiceNoteUrl={(v) => `/statements/${data.id}/voice-notes/${v}`}
      />
      <Replies replies={data.replies} />
      <ReplyForm />
    </>
  );
}

function ReplyForm() {
  const { t } = useTranslation();
  const result = useActionData<{
    errors?: Record<string, string>;
    values?: Record<string, string>;
  }>();
  const [searchParams] = useSearchParams();
  const error = result?.errors?.reply;
  const id = fieldId("reply");
  return (
    <Form method="post" noValidate>
      <ErrorSummary errors={result?.errors} />
      {searchParams.get("replied") ? (
        <div className="panel panel--success" role="status">
          {t("consultation:reader.replySent")}
        </div>
      ) : null}
      <CsrfInput />
      <div className={error ? "field field--error" : "field"}>
        <h2>
          <label htmlFor={id}>{t("consultation:reader.replyLabel")}</label>
        </h2>
        <span className="hint" id={`${id}-hint`}>
          {t("consultation:reader.replyHint")}
        </span>
        {error ? <ErrorMessage id={`${id}-error`}>{t(error)}</ErrorMessage> : null}
        <textarea
          id={id}
          name="reply"
          rows={4}
          className="input textarea"
          defaultValue={result?.values?.reply ?? ""}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
        />
      </div>
      <Button>{t("consultation:reader.replySend")}</Button>
    </Form>
  );
}
