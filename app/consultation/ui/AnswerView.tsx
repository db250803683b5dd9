import { useTranslation } from "react-i18next";
import { getLanguage } from "~/i18n/languages";
import { Icon } from "~/ui/Icon";
import type { TombstoneView } from "~/retention/tombstone.server";
import { Tombstone } from "~/retention/ui/Tombstone";
import { optionsOf } from "../options";
import type { Question } from "../template-schema";

/**
 * An answer shown in the reader's language: codes become words with their pictures. Free text
 * and voice notes stay in the language they were given in, marked "needs interpreter" when the
 * reader reads another.
 */
export function AnswerView({
  question,
  answer,
  readerLanguage,
  voiceNoteUrl,
  formattedDate,
  erasedVoiceNote,
}: {
  question: Question;
  answer: unknown;
  readerLanguage: string;
  voiceNoteUrl?: (voiceNoteId: string) => string;
  formattedDate?: string | null;
  erasedVoiceNote?: (voiceNoteId: string) => TombstoneView | undefined;
}) {
  const { t } = useTranslation();
  if (answer === undefined || answer === null)
    return <span className="muted">{t("consultation:ui.skipped")}</span>;
  const options = optionsOf(question);
  const word = (code: string) => {
    const option = options.find((o) => o.code === code);
    return (
      <span className="with-icon" key={code}>
        {option ? <Icon name={option.icon} /> : null}
        <span>{t(`consultation:options.${code}`)}</span>
      </span>
    );
  };
  if (typeof answer === "string") {
    return question.kind === "date" ? <>{formattedDate ?? answer}</> : word(answer);
  }
  if (Array.isArray(answer)) {
    const Tag = question.kind === "rank" ? "ol" : "ul";
    return (
      <Tag className="answer-list">
        {answer.map((code) => (
          <li key={String(code)}>{word(String(code))}</li>
        ))}
      </Tag>
    );
  }
  const value = answer as { text?: string; voiceNoteId?: string; language: string };
  const language = getLanguage(value.language);
  const interpreter =
    value.language !== readerLanguage ? (
      <p className="tag tag--soon">
        {t("consultation:ui.needsInterpreter", {
          language: t(`consultation:languages.${language.code}`),
        })}
      </p>
    ) : null;
  const erased = value.voiceNoteId ? erasedVoiceNote?.(value.voiceNoteId) : undefined;
  if (erased) return <Tombstone tombstone={erased} />;
  if (value.voiceNoteId) {
    return (
      <>
        {voiceNoteUrl ? (
          // eslint-disable-next-line jsx-a11y/media-has-caption -- a young person's own words; the interpreter request covers a transcript
          <audio
            controls
            preload="none"
            src={voiceNoteUrl(value.voiceNoteId)}
            aria-label={t("consultation:ui.voiceNote")}
          />
        ) : (
          <span>{t("consultation:ui.voiceSaved")}</span>
        )}
        {interpreter}
      </>
    );
  }
  return (
    <>
      <p lang={language.code} dir={language.dir} className="free-text">
        {value.text}
      </p>
      {interpreter}
    </>
  );
}
