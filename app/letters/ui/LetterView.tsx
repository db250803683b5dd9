import type { ServerAudio } from "~/audio/sources";
import { ReadAloud } from "~/audio/ui/ReadAloud";
import { Icon } from "~/ui/Icon";
import { sectionWords, type RenderedLetter } from "../render";

/**
 * A letter as its reader sees it: each section with its picture and heading, the fixed sentences
 * and the IRO's words, in one language and direction. Read aloud per section when asked.
 */
export function LetterView({
  letter,
  readAloud = false,
  audio = {},
  idPrefix = "letter",
  decisionStates,
}: {
  letter: RenderedLetter;
  readAloud?: boolean;
  /** Each section's audio from the server (recordings or the computer voice), by section id. */
  audio?: Record<string, ServerAudio | null>;
  /** Two letters on one page (two languages) need different ids. */
  idPrefix?: string;
  /** Whether each decision has been done, in the letter's language (the child's page only). */
  decisionStates?: (string | null)[];
}) {
  return (
    <article className="letter letter--child" lang={letter.lang} dir={letter.dir}>
      <p className="letter__greeting">{letter.greeting}</p>
      {letter.sections.map((s) => {
        const words = sectionWords(s);
        return (
          <section key={s.id} aria-labelledby={`${idPrefix}-${s.id}`} className="letter__section">
            <h2 id={`${idPrefix}-${s.id}`} className="with-icon">
              <Icon name={s.icon} size="large" />
              <span>{s.heading}</span>
            </h2>
            {readAloud ? (
              <ReadAloud text={words} lang={letter.lang} audio={audio[s.id] ?? null} />
            ) : null}
            {s.fixed.map((line) => (
              <p key={line}>{line}</p>
            ))}
            {s.text?.split(/\n+/).map((line, i) => (
              <p key={i}>{line}</p>
            ))}
            {s.decisions.length ? (
              <ul className="letter__decisions">
                {s.decisions.map((d, i) => (
                  <li key={i}>
                    <strong>{d.text}</strong>
                    {d.fixed ? <span> {d.fixed}</span> : null}
                    {decisionStates?.[i] ? (
                      <>
                        {" "}
                        <span className="tag tag--state">{decisionStates[i]}</span>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
      <p className="letter__sign-off">{letter.signOff}</p>
    </article>
  );
}
