import type { ReviewDocument } from "../review-document.server";
import { DocumentHeader, Facts } from "./DocumentHeader";

/**
 * A recorded review for the case record (record, participation, decisions, actions, monitoring);
 * also a midway check, an escalation and the contact log, which have the same shape.
 */
export function ReviewRecord({ doc }: { doc: ReviewDocument }) {
  return (
    <article className="record" lang="en" dir="ltr">
      <DocumentHeader header={doc.header} />
      {doc.sections.map((section, i) => (
        <section key={i}>
          <h2>{section.heading}</h2>
          <Facts rows={section.rows} />
        </section>
      ))}
    </article>
  );
}
