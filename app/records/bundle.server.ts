import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from "fflate";
import { getDb } from "#db/db.server";
import {
  contacts,
  escalations,
  letters,
  letterVersions,
  midwayChecks,
  reviews,
  statements,
  statementWithdrawals,
  type Statement,
} from "#db/schema";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { sharedStatements } from "~/consultation/reading.server";
import { todayInEngland } from "~/dates/calendar";
import { collectStaffRecords, type StaffRecords } from "~/rights/staff-records.server";
import { getYoungPersonRecord } from "~/young-people/records.server";
import { isCurrentlyAllocated } from "~/young-people/young-people.server";
import {
  bundleContents,
  bundleFileName,
  manifestCsv,
  type BundleEntry,
  type DocumentRef,
  type Period,
} from "./bundle-contents";
import {
  contactsDocument,
  contactsTitle,
  escalationDate,
  escalationDocument,
  escalationTitle,
  midwayDocument,
  midwayTitle,
} from "./between-document.server";
import { auditCaseRecord } from "./downloads.server";
import { recordSubject } from "./header.server";
import { letterDocument, letterRecordDate, letterTitle } from "./letter-document.server";
import type { CaseRecordDocument } from "./pdf.server";
import { reviewDocument, reviewRecordDate, reviewTitle } from "./review-document.server";
import { statementDate, statementDocument, statementTitle } from "./statement-document.server";

/*
 * A per-child bundle for a transfer between councils (or a case system's bulk import): every
 * document of the case record in a period as PDFs in one zip, with manifest.csv: statements,
 * reviews (with their actions and monitoring), letters, and between reviews (issue 18) each
 * midway check, each escalation with its steps, and the IRO's contact log for the period. For the child's
 * IRO (what they may read: statements shared with them, every review and letter of the child)
 * and for an administrator of the organisation (every sent statement not taken back).
 *
 * Memory stays flat however many documents a child has: the zip is streamed, and each PDF is
 * rendered only when the download is ready for more bytes, then let go.
 */

/** The documents of one young person this person may put in a bundle, or 404. */
export function bundleDocuments(user: SignedIn, youngPersonId: string | undefined): DocumentRef[] {
  if (!youngPersonId) throw notFound();
  let sent: Pick<Statement, "id" | "templateId" | "submittedAt">[];
  if (user.role === "iro") {
    if (!isCurrentlyAllocated(user, youngPersonId)) throw notFound();
    sent = sharedStatements(user, eq(statements.youngPersonId, youngPersonId)).all();
  } else if (user.role === "admin") {
    getYoungPersonRecord(user, youngPersonId);
    sent = getDb()
      .select({
        id: statements.id,
        templateId: statements.templateId,
        submittedAt: statements.submittedAt,
      })
      .from(statements)
      .leftJoin(statementWithdrawals, eq(statementWithdrawals.statementId, statements.id))
      .where(
        and(
          eq(statements.youngPersonId, youngPersonId),
          eq(statements.organisationId, user.organisationId),
          eq(statements.status, "submitted"),
          isNull(statementWithdrawals.statementId),
        ),
      )
      .all();
  } else throw notFound();
  const db = getDb();
  const held = db
    .select()
    .from(reviews)
    .where(
      and(
        eq(reviews.youngPersonId, youngPersonId),
        eq(reviews.organisationId, user.organisationId),
        eq(reviews.status, "held"),
      ),
    )
    .all();
  const issued = db
    .select({
      letterId: letters.id,
      number: letterVersions.number,
      issuedAt: letterVersions.issuedAt,
    })
    .from(letterVersions)
    .innerJoin(letters, eq(letters.id, letterVersions.letterId))
    .where(
      and(
        eq(letters.youngPersonId, youngPersonId),
        eq(letters.organisationId, user.organisationId),
      ),
    )
    .all();
  const checks = db
    .select({ id: midwayChecks.id, checkedOn: midwayChecks.checkedOn })
    .from(midwayChecks)
    .where(
      and(
        eq(midwayChecks.youngPersonId, youngPersonId),
        eq(midwayChecks.organisationId, user.organisationId),
      ),
    )
    .all();
  const raised = db
    .select({ id: escalations.id, theme: escalations.theme, createdAt: escalations.createdAt })
    .from(escalations)
    .where(
      and(
        eq(escalations.youngPersonId, youngPersonId),
        eq(escalations.organisationId, user.organisationId),
      ),
    )
    .all();
  const contacted = db
    .select({ id: contacts.id, contactOn: contacts.contactOn })
    .from(contacts)
    .where(
      and(
        eq(contacts.youngPersonId, youngPersonId),
        eq(contacts.organisationId, user.organisationId),
      ),
    )
    .all();
  return [
    ...sent.map((s) => ({
      kind: "statement" as const,
      id: s.id,
      date: statementDate(s),
      title: statementTitle(s),
    })),
    ...held.map((r) => ({
      kind: "review" as const,
      id: r.id,
      date: reviewRecordDate(r),
      title: reviewTitle(r),
    })),
    ...issued.map((v) => ({
      kind: "letter" as const,
      id: v.letterId,
      version: v.number,
      date: letterRecordDate(v),
      title: letterTitle(v),
    })),
    ...checks.map((c) => ({
      kind: "midway" as const,
      id: c.id,
      date: c.checkedOn,
      title: midwayTitle(),
    })),
    ...raised.map((e) => ({
      kind: "escalation" as const,
      id: e.id,
      date: escalationDate(e),
      title: escalationTitle(e),
    })),
    // Each contact; the bundle makes one contact log of those in its period.
    ...contacted.map((c) => ({
      kind: "contacts" as const,
      id: c.id,
      date: c.contactOn,
      title: contactsTitle(),
    })),
  ];
}

/**
 * One entry's document, read from the database only when its turn comes; the child's staff
 * records (`staff`) are read once for the whole bundle, by whichever document needs them first.
 */
function loadDocument(
  entry: BundleEntry,
  user: SignedIn,
  youngPersonId: string,
  staff: () => StaffRecords,
): CaseRecordDocument {
  const madeBy = user.displayName;
  const db = getDb();
  switch (entry.kind) {
    case "statement": {
      const statement = db.select().from(statements).where(eq(statements.id, entry.id)).get()!;
      return { kind: "statement", doc: statementDocument(statement, madeBy) };
    }
    case "review": {
      const review = db.select().from(reviews).where(eq(reviews.id, entry.id)).get()!;
      return { kind: "review", doc: reviewDocument(review, madeBy, staff()) };
    }
    case "letter": {
      const letter = db.select().from(letters).where(eq(letters.id, entry.id)).get()!;
      const version = db
        .select()
        .from(letterVersions)
        .where(
          and(eq(letterVersions.letterId, entry.id), eq(letterVersions.number, entry.version!)),
        )
        .get()!;
      return { kind: "letter", doc: letterDocument(letter, version, madeBy) };
    }
    case "midway": {
      const check = db.select().from(midwayChecks).where(eq(midwayChecks.id, entry.id)).get()!;
      return { kind: "midway", doc: midwayDocument(check, madeBy, staff()) };
    }
    case "escalation": {
      const escalation = db.select().from(escalations).where(eq(escalations.id, entry.id)).get()!;
      return { kind: "escalation", doc: escalationDocument(escalation, madeBy, staff()) };
    }
    case "contacts":
      return {
        kind: "contacts",
        doc: contactsDocument(youngPersonId, user.organisationId, entry.ids ?? [], madeBy, staff()),
      };
  }
}

export type CaseRecordBundle = {
  fileName: string;
  entries: BundleEntry[];
  render: (entry: BundleEntry) => Promise<Uint8Array>;
};

/** What a bundle will hold, decided (and audited) before a byte is sent. */
export function caseRecordBundle(
  request: Request,
  user: SignedIn,
  youngPersonId: string | undefined,
  period: Period,
): CaseRecordBundle {
  const documents = bundleDocuments(user, youngPersonId);
  const subject = recordSubject(youngPersonId!);
  auditCaseRecord(
    request,
    user,
    { type: "young_person", id: subject.id },
    subject.id,
    "case_record_bundle_downloaded",
  );
  let staffRecords: StaffRecords | undefined;
  const staff = () => (staffRecords ??= collectStaffRecords(user.organisationId, subject.id));
  return {
    fileName: bundleFileName(subject, period, todayInEngland()),
    entries: bundleContents(subject, documents, period),
    render: async (entry) => {
      const { caseRecordPdf } = await import("./pdf.server");
      return new Uint8Array(await caseRecordPdf(loadDocument(entry, user, subject.id, staff)));
    },
  };
}

/**
 * The zip as a stream: each pull renders the next PDF (stored, not deflated: a PDF is compressed
 * already) and passes its bytes on; manifest.csv, with every file's SHA-256, comes last.
 */
export function bundleStream({ entries, render }: CaseRecordBundle): ReadableStream<Uint8Array> {
  const ready: Uint8Array[] = [];
  let finished = false;
  let failed: Error | null = null;
  const zip = new Zip((error, chunk, final) => {
    if (error) failed = error;
    else ready.push(chunk);
    if (final) finished = true;
  });
  const files: (BundleEntry & { sha256: string })[] = [];
  let next = 0;
  let ended = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        while (!ready.length && !finished) {
          if (next < entries.length) {
            const entry = entries[next++]!;
            const pdf = await render(entry);
            files.push({ ...entry, sha256: createHash("sha256").update(pdf).digest("hex") });
            const file = new ZipPassThrough(entry.fileName);
            zip.add(file);
            file.push(pdf, true);
          } else if (!ended) {
            ended = true;
            const manifest = new ZipDeflate("manifest.csv", { level: 6 });
            zip.add(manifest);
            manifest.push(strToU8(manifestCsv(files)), true);
            zip.end();
          }
          if (failed) throw failed;
        }
        while (ready.length) controller.enqueue(ready.shift()!);
        if (finished) controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
    cancel() {
      next = entries.length;
      zip.terminate();
    },
  });
}
