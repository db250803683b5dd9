import type { ReviewDocument } from "../review-document.server";
import { DocumentHeader, Facts } from "./DocumentHeader";

/** A recorded review for the case record: record, participation and decisions. */
export function ReviewRecord({ doc }: { doc: ReviewDocument }) {
  return (
    <article className="record" lang="en" dir="ltr">
      <DocumentHeader header={doc.header} />
      {doc.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          <Facts rows={section.rows} />
        </section>
      ))}
    </article>
  );
}
