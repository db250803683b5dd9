import { recordAudit, type AuditAction } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { findReadableStatement } from "~/consultation/reading.server";
import { letterVersionForReader } from "~/letters/reading.server";
import { getAllocatedReview } from "~/reviews/allocated-reviews.server";
import { caseRecordFileName } from "./file-name";
import { recordSubject } from "./header.server";
import { letterDocument, letterRecordDate } from "./letter-document.server";
import type { CaseRecordDocument } from "./pdf.server";
import { reviewDocument, reviewRecordDate } from "./review-document.server";
import { statementDate, statementDocument } from "./statement-document.server";

/*
 * "Download for the case record": who may have which document is decided by the checks that
 * decide who may read it (a statement shared with this IRO or social worker; a review or letter
 * of a child allocated to this IRO); anyone else gets 404. Every download is audited: the
 * document leaves Own Voice for the council's case system.
 */

export type CaseRecordDownload = { fileName: string; document: CaseRecordDocument };

export function auditCaseRecord(
  request: Request,
  user: SignedIn,
  subject: { type: "statement" | "review" | "letter" | "young_person"; id: string },
  youngPersonId: string,
  action: AuditAction = "case_record_downloaded",
) {
  recordAudit(request, {
    action,
    organisationId: user.organisationId,
    actorUserId: user.id,
    subjectType: subject.type,
    subjectId: subject.id,
    youngPersonId,
  });
}

/** A sent statement shared with this IRO or social worker. Not a read: no read receipt. */
export function statementForCaseRecord(
  request: Request,
  user: SignedIn,
  statementId: string | undefined,
): CaseRecordDownload {
  if (user.role !== "iro" && user.role !== "social_worker") throw notFound();
  const statement = findReadableStatement(user, statementId);
  auditCaseRecord(request, user, { type: "statement", id: statement.id }, statement.youngPersonId);
  return {
    fileName: caseRecordFileName(
      recordSubject(statement.youngPersonId),
      "statement",
      statementDate(statement),
    ),
    document: { kind: "statement", doc: statementDocument(statement, user.displayName) },
  };
}

/** A held review of a young person allocated to this IRO; a review not yet held has no record. */
export function reviewForCaseRecord(
  request: Request,
  user: SignedIn,
  reviewId: string | undefined,
): CaseRecordDownload {
  if (user.role !== "iro") throw notFound();
  const { review } = getAllocatedReview(user, reviewId);
  if (review.status !== "held") throw notFound();
  auditCaseRecord(request, user, { type: "review", id: review.id }, review.youngPersonId);
  return {
    fileName: caseRecordFileName(
      recordSubject(review.youngPersonId),
      "review",
      reviewRecordDate(review),
    ),
    document: { kind: "review", doc: reviewDocument(review, user.displayName) },
  };
}

/** An issued letter version, for the IRO of its review (the only staff who read letters). */
export function letterForCaseRecord(
  request: Request,
  user: SignedIn,
  letterId: string | undefined,
  number: number,
): CaseRecordDownload {
  if (user.role !== "iro") throw notFound();
  const { letter, version } = letterVersionForReader(request, user, letterId, number);
  auditCaseRecord(request, user, { type: "letter", id: letter.id }, letter.youngPersonId);
  return {
    fileName: caseRecordFileName(
      recordSubject(letter.youngPersonId),
      "letter",
      letterRecordDate(version),
    ),
    document: { kind: "letter", doc: letterDocument(letter, version, user.displayName) },
  };
}

/** The response for one document: a PDF saved under its case-record name. */
export async function caseRecordResponse({ fileName, document }: CaseRecordDownload) {
  const { caseRecordPdf } = await import("./pdf.server");
  const pdf = await caseRecordPdf(document);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
