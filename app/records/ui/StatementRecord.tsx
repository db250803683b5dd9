import type { AnswerCell, StatementDocument } from "../statement-document.server";
import { DocumentHeader, Facts } from "./DocumentHeader";

/**
 * A sent statement as the case record keeps it: a table of questions, the answer in English, and
 * beside it the young person's own words in their language (marked with its `lang` and `dir`, so
 * Tigrinya and Arabic are shaped and read correctly).
 */
export function StatementRecord({ doc }: { doc: StatementDocument }) {
  const lang = doc.language;
  return (
    <article className="record" lang="en" dir="ltr">
      <DocumentHeader header={doc.header} />
      <Facts rows={doc.facts} />
      {doc.erased ? <p className="record__erased">{doc.erased}</p> : null}
      <table className="record__answers">
        <thead>
          <tr>
            <th scope="col">{doc.columns.question}</th>
            <th scope="col">{doc.columns.english}</th>
            {lang ? <th scope="col">{lang.heading}</th> : null}
          </tr>
        </thead>
        <tbody>
          {doc.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.question}</th>
              <td>
                <English cell={row.answer} />
              </td>
              {lang ? (
                <td lang={lang.code} dir={lang.dir}>
                  <p className="record__question">{row.originalQuestion}</p>
                  <Original cell={row.answer} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {doc.leftOut ? <p className="record__note">{doc.leftOut}</p> : null}
    </article>
  );
}

function Words({ words, ordered }: { words: string[]; ordered: boolean }) {
  if (words.length === 1) return <>{words[0]}</>;
  const List = ordered ? "ol" : "ul";
  return (
    <List>
      {words.map((w, i) => (
        <li key={i}>{w}</li>
      ))}
    </List>
  );
}

function English({ cell }: { cell: AnswerCell }) {
  switch (cell.kind) {
    case "erased":
      return <>—</>;
    case "skipped":
      return <span className="record__muted">{cell.text}</span>;
    case "words":
      return <Words words={cell.english} ordered={cell.ordered} />;
    case "text":
      return (
        <>
          {cell.english ? <p className="record__text">{cell.english}</p> : null}
          {cell.note ? <p className="record__note">{cell.note}</p> : null}
        </>
      );
  }
}

function Original({ cell }: { cell: AnswerCell }) {
  if (cell.kind === "words" && cell.original)
    return <Words words={cell.original} ordered={cell.ordered} />;
  if (cell.kind === "text" && cell.original) return <p className="record__text">{cell.original}</p>;
  return null;
}
