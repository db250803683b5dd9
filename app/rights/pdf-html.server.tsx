import { renderToStaticMarkup } from "react-dom/server";
import { childStateKey } from "~/actions/child.server";
import { templateOf } from "~/consultation/templates";
import { formatDate, formatDateTime } from "~/i18n/format";
import { fixedT } from "~/i18n/i18n.server";
import { getLanguage, type LanguageCode } from "~/i18n/languages";
import { embeddedFonts, inlineIcons } from "~/letters/pdf.server";
import { issuedOn } from "~/letters/render";
import { renderLetter } from "~/letters/render.server";
import { decisionsOf } from "~/letters/sections";
import { LetterView } from "~/letters/ui/LetterView";
import type { MyThings } from "./collect.server";
import { StaffRecordsSection } from "./staff-records-html.server";
import { statementWords } from "./words.server";

/*
 * "My things" as a document a young person can read: each statement's questions and their
 * answers as words, each letter as they saw it, the replies they got and who read what and when.
 * Made once in their language and once in English; their own words stay as they wrote them.
 */

const css = `
body{font-family:"Noto Sans","Noto Sans Arabic","Noto Sans Ethiopic",sans-serif;font-size:12pt;line-height:1.5;color:#111;margin:0}
h1{font-size:20pt;margin:0 0 6pt}
h2{font-size:16pt;margin:18pt 0 6pt;border-block-end:1pt solid #888}
h3{font-size:13pt;margin:14pt 0 4pt;break-after:avoid}
h4{font-size:12pt;margin:8pt 0 2pt}
.meta{color:#444;font-size:10pt;margin:0}
.item{break-inside:avoid-page;margin-block-end:10pt}
dt{font-weight:700;margin-block-start:6pt}
dd{margin-inline-start:12pt}
.note{border-inline-start:3pt solid #888;padding-inline-start:6pt}
.letter__section h2{font-size:13pt;border:0;display:flex;gap:8pt;align-items:center;margin:10pt 0 4pt}
.icon--large{width:24pt;height:24pt}
ul{padding-inline-start:16pt}
.staff{break-before:page}
.notice{border:1.5pt solid #111;padding:6pt;font-weight:700}
table{border-collapse:collapse;width:100%;font-size:10pt}
th,td{border:0.5pt solid #999;padding:3pt 5pt;text-align:start;vertical-align:top}
`;

function MyThingsDocument({ things, lng }: { things: MyThings; lng: LanguageCode }) {
  const t = fixedT(lng, "mythings");
  const tc = fixedT(lng, "consultation");
  const tl = fixedT(lng, "letters");
  const day = (iso: string) => formatDate(iso, lng);
  const when = (iso: string) => formatDateTime(iso, lng);
  const { youngPerson: person } = things;
  return (
    <>
      <h1>{t("pdf.title", { name: `${person.givenName} ${person.familyName}` })}</h1>
      <p className="meta">{t("pdf.madeOn", { date: when(new Date().toISOString()) })}</p>
      <p>{t("intro")}</p>

      <h2>{t("pdf.sent")}</h2>
      {things.statements.length === 0 ? <p>{t("pdf.nothingSent")}</p> : null}
      {things.statements.map((s, i) => (
        <section key={s.id} className="item">
          <h3>
            {t("pdf.statementTitle", {
              n: i + 1,
              form: tc(`templates.${templateOf(s).id}.title`),
            })}
          </h3>
          <p className="meta">
            {tc("ui.sentOn", { date: day(s.submittedAt) })}
            {s.sharing
              ? ` · ${t("pdf.sharedWith", { who: tc(`sharing.${s.sharing}.label`) })}`
              : ""}
          </p>
          {s.withdrawnAt ? (
            <p className="note">{tc("ui.withdrawnOn", { date: day(s.withdrawnAt) })}</p>
          ) : null}
          {s.erased ? (
            <p className="note">
              {t("pdf.erased", { date: day(s.erased.at), reason: s.erased.reason ?? "" })}
            </p>
          ) : (
            <dl>
              {statementWords(s, i + 1, things, lng).map((a) => {
                const own = a.lang ? getLanguage(a.lang) : null;
                return (
                  <div key={a.questionId}>
                    <dt>{a.question}</dt>
                    <dd lang={own?.code} dir={own?.dir}>
                      {a.words}
                    </dd>
                  </div>
                );
              })}
            </dl>
          )}
          {s.replies.length ? (
            <>
              <h4>{t("pdf.replies")}</h4>
              {s.replies.map((r) => (
                <div key={`${r.at}-${r.from}`}>
                  <p className="meta">{t("pdf.replyFrom", { name: r.from, date: when(r.at) })}</p>
                  <p>{r.text}</p>
                </div>
              ))}
            </>
          ) : null}
          <h4>{t("pdf.whoRead")}</h4>
          {s.reads.length ? (
            <ul>
              {s.reads.map((r) => (
                <li key={`${r.at}-${r.by}`}>{t("pdf.read", { name: r.by, date: when(r.at) })}</li>
              ))}
            </ul>
          ) : (
            <p>{t("pdf.nobodyRead")}</p>
          )}
        </section>
      ))}

      <h2>{tl("me.title")}</h2>
      {things.letters.length === 0 ? <p>{t("pdf.noLetters")}</p> : null}
      {things.letters.map((letter) => (
        <section key={letter.id}>
          {letter.versions.map((v) => {
            const issued = day(issuedOn(v.issuedAt));
            return (
              <div key={v.number} className="item">
                <h3>{tl("fixed.version", { n: v.number, date: issued })}</h3>
                {v.reason ? (
                  <p className="note">{tl("fixed.updated", { date: issued, reason: v.reason })}</p>
                ) : null}
                <LetterView
                  letter={renderLetter(v, lng)}
                  idPrefix={`l-${v.id}`}
                  decisionStates={decisionsOf(v.fields).map((d) => {
                    const state = letter.decisionStates[d.index];
                    return state ? tl(childStateKey[state]) : null;
                  })}
                />
              </div>
            );
          })}
          <h4>{t("pdf.whoRead")}</h4>
          {letter.reads.length ? (
            <ul>
              {letter.reads.map((r) => (
                <li key={`${r.at}-${r.by}`}>
                  {t("pdf.letterRead", { name: r.by, number: r.version, date: when(r.at) })}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("pdf.nobodyRead")}</p>
          )}
        </section>
      ))}

      {things.staffRecords ? <StaffRecordsSection records={things.staffRecords} lng={lng} /> : null}
    </>
  );
}

/** The whole document in `lng`, ready to print (fonts and pictures inside, nothing fetched). */
export function myThingsHtml(things: MyThings, lng: LanguageCode): string {
  const language = getLanguage(lng);
  const body = renderToStaticMarkup(<MyThingsDocument things={things} lng={lng} />);
  return inlineIcons(
    `<!doctype html><html lang="${language.code}" dir="${language.dir}"><head><meta charset="utf-8"><style>${embeddedFonts()}${css}</style></head><body>${body}</body></html>`,
  );
}
