import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { StatementReading } from "../reader-view.server";
import { AnswerList } from "./AnswerList";

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
    </>
  );
}
