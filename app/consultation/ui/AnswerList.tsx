import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Question } from "../template-schema";
import type { TombstoneView } from "~/retention/tombstone.server";
import { AnswerView } from "./AnswerView";

type Row = { question: Question; text: string; answer: unknown; formattedDate: string | null };

/** Questions and answers as a description list; with `changeHref`, a Change link for each. */
export function AnswerList({
  rows,
  lang,
  voiceNoteUrl,
  changeHref,
  extra,
  erasedVoiceNote,
}: {
  rows: Row[];
  lang: string;
  voiceNoteUrl?: (voiceNoteId: string) => string;
  /** The tombstone of an erased voice note, shown instead of its player. */
  erasedVoiceNote?: (voiceNoteId: string) => TombstoneView | undefined;
  changeHref?: (questionId: string) => string;
  /** Anything to show under an answer (the reader's interpreter request, for instance). */
  extra?: (questionId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <dl className="check-answers">
      {rows.map((row) => (
        <div key={row.question.id} className="check-answers__row">
          <dt>{row.text}</dt>
          <dd>
            <AnswerView
              question={row.question}
              answer={row.answer}
              readerLanguage={lang}
              formattedDate={row.formattedDate}
              voiceNoteUrl={voiceNoteUrl}
              erasedVoiceNote={erasedVoiceNote}
            />
            {extra?.(row.question.id)}
          </dd>
          {changeHref ? (
            <dd>
              <Link to={changeHref(row.question.id)}>
                {t("consultation:ui.change")}
                <span className="visually-hidden"> {row.text}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
