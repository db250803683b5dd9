import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary, fieldId } from "~/ui/ErrorSummary";
import { ErrorMessage, TextArea } from "~/ui/Field";
import { useTranslation } from "react-i18next";
import { BackLink } from "~/ui/BackLink";
import type { StatementReading } from "../reader-view.server";
import { AnswerList } from "./AnswerList";
import { Replies } from "./Replies";
import { HelpedBy } from "~/reviews/ui/Preparation";
import { Notice } from "~/ui/Notice";
import { Tombstone } from "~/retention/ui/Tombstone";
import { CaseRecordLink } from "~/records/ui/CaseRecordLink";

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
      <BackLink to={backTo}>{backLabel}</BackLink>
      <h1>
        {t(`consultation:templates.${data.templateId}.title`)}: {data.youngPerson}
      </h1>
      {data.isUrgent ? <p className="tag tag--overdue">{t("consultation:reader.urgent")}</p> : null}
      <dl className="summary-list">
        {data.author ? (
          <>
            <dt>{t("forms:reader.from")}</dt>
            <dd>
              {data.author.name} ({t(`forms:together.roles.${data.author.role}`)})
            </dd>
          </>
        ) : null}
        {data.helpedBy ? (
          <>
            <dt>{t("forms:reader.helped")}</dt>
            <dd>
              <HelpedBy helpedBy={data.helpedBy} />
            </dd>
          </>
        ) : null}
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
      {data.erased ? <Tombstone tombstone={data.erased} /> : null}
      <CaseRecordLink href={`/records/statements/${data.id}/pdf`} />
      <AnswerList
        rows={data.erased ? [] : data.rows}
        lang={data.lang}
        voiceNoteUrl={(v) => `/statements/${data.id}/voice-notes/${v}`}
        erasedVoiceNote={(v) => data.erasedVoiceNotes[v]}
        extra={(questionId) => {
          const need = data.interpreting.find((i) => i.questionId === questionId);
          const row = data.rows.find((r) => r.question.id === questionId);
          return (
            <>
              {/* Said so beside the answer, so the reader does not copy it into a letter by hand. */}
              {row?.question.private ? (
                <p className="hint">{t("consultation:reader.privateAnswer")}</p>
              ) : null}
              {data.helpedBy && row?.question.kind === "long-text" && row.answer ? (
                <p className="hint">{t("forms:together.typedBy", { name: data.helpedBy.name })}</p>
              ) : null}
              {need ? <Interpreting need={need} /> : null}
            </>
          );
        }}
      />
      {data.hiddenPrivateNote ? <p className="hint">{t("forms:reader.privateNote")}</p> : null}
      <Replies replies={data.replies} />
      {data.canReply ? <ReplyForm /> : null}
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
  const error = result?.values?.intent === "reply" ? result.errors?.reply : undefined;
  const id = fieldId("reply");
  return (
    <Form method="post" noValidate>
      <ErrorSummary errors={result?.values?.intent === "reply" ? result.errors : undefined} />
      {searchParams.get("replied") ? <Notice>{t("consultation:reader.replySent")}</Notice> : null}
      <CsrfInput />
      <input type="hidden" name="intent" value="reply" />
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

type Need = StatementReading["interpreting"][number];

/**
 * "Needs interpreter: Oromo" under an answer in another language, with the request the reader can
 * raise and, once an interpreter has helped, their words beside the original.
 */
function Interpreting({ need }: { need: Need }) {
  const { t } = useTranslation();
  const result = useActionData<{
    errors?: Record<string, string>;
    values?: Record<string, string>;
  }>();
  const field = `translation-${need.questionId}`;
  const error = result?.errors?.[field];
  const language = t(`consultation:languages.${need.language}`);
  return (
    <div className="interpreting" id={`interpret-${need.questionId}`}>
      <p>
        <span className="tag">{t("reviews:interpreter.needs", { language })}</span>
      </p>
      {need.translation ? (
        <div className="translation">
          <h3 className="translation__title">
            {t("reviews:interpreter.translationBy", { name: need.doneBy, date: need.doneAt })}
          </h3>
          <p className="free-text">{need.translation}</p>
        </div>
      ) : need.requestedAt ? (
        <Form method="post" noValidate>
          <ErrorSummary errors={error ? { [field]: error } : undefined} />
          <CsrfInput />
          <input type="hidden" name="intent" value="interpreter-done" />
          <input type="hidden" name="questionId" value={need.questionId} />
          <p>{t("reviews:interpreter.requestedOn", { date: need.requestedAt })}</p>
          <TextArea
            name={field}
            inputName="translation"
            label={t("reviews:interpreter.translationLabel", { language })}
            hint={t("reviews:interpreter.translationHint")}
            error={error}
            defaultValue={result?.values?.[field] ?? ""}
            rows={3}
          />
          <Button variant="secondary">{t("reviews:interpreter.markDone")}</Button>
        </Form>
      ) : (
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="intent" value="interpreter-request" />
          <input type="hidden" name="questionId" value={need.questionId} />
          <Button variant="secondary">{t("reviews:interpreter.request", { language })}</Button>
        </Form>
      )}
    </div>
  );
}
