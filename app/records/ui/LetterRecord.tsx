import { LetterView } from "~/letters/ui/LetterView";
import type { LetterDocument } from "../letter-document.server";
import { DocumentHeader, Facts } from "./DocumentHeader";

/** An issued letter version for the case record: English, then the young person's language. */
export function LetterRecord({ doc }: { doc: LetterDocument }) {
  return (
    <article className="record" lang="en" dir="ltr">
      <DocumentHeader header={doc.header} />
      <Facts rows={doc.facts} />
      {doc.versions.map((v, i) => (
        <section key={v.heading} className={i > 0 ? "record__next-page" : undefined}>
          <h2>{v.heading}</h2>
          <LetterView letter={v.letter} idPrefix={`record-${i}`} />
        </section>
      ))}
    </article>
  );
}
