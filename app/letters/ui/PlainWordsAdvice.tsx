import { useTranslation } from "react-i18next";
import { checkPlainWords } from "../plain-words";

/** The plain-words checker's advice for one piece of text. Advice only: it never blocks. */
export function PlainWordsAdvice({ text, id }: { text: string; id: string }) {
  const { t } = useTranslation();
  if (!text.trim()) return null;
  const advice = checkPlainWords(text);
  return (
    <div className="plain-words" id={id} aria-live="polite">
      {advice.issues.length ? (
        <ul>
          {advice.issues.map((issue, i) => (
            <li key={i}>
              {issue.kind === "jargon"
                ? t("letters:checker.jargon", { term: issue.term, suggestion: issue.suggestion })
                : t("letters:checker.long", { count: issue.words, start: issue.start })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("letters:checker.ok")}</p>
      )}
      {advice.readingAge ? (
        <p className="hint">{t("letters:checker.readingAge", { age: advice.readingAge })}</p>
      ) : null}
    </div>
  );
}
