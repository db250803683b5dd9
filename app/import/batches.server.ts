import { and, desc, eq } from "drizzle-orm";
import { getDb, type Db } from "#db/db.server";
import { importBatches, type ImportKind } from "#db/schema";
import { recordAudit, type AuditAction } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { organisationSettings } from "~/organisations/settings.server";
import { planAllocations } from "./allocations.server";
import { planPastReviews } from "./past-reviews.server";
import { canApply, summaryOf, type ImportPlan } from "./plan";
import { planYoungPeople } from "./young-people.server";

/*
 * An uploaded file is kept as a batch between its preview and its confirmation, so the preview
 * is a page of its own (it works without JavaScript) and nothing is saved until the administrator
 * confirms. The file is read again on each look: parsing and checking even 20,000 rows takes well
 * under a second (npm run bench:import), and the preview is then always against today's records.
 */

export type ImportBatch = typeof importBatches.$inferSelect;

function audit(
  request: Request,
  user: SignedIn,
  action: AuditAction,
  batchId: string,
  tx?: Parameters<typeof recordAudit>[2],
) {
  recordAudit(
    request,
    {
      action,
      organisationId: user.organisationId,
      actorUserId: user.id,
      subjectType: "import_batch",
      subjectId: batchId,
    },
    tx,
  );
}

/** Keeps an uploaded file to preview; the audit trail says who uploaded which batch, not its rows. */
export function createImportBatch(
  request: Request,
  user: SignedIn,
  file: { kind: ImportKind; fileName: string; content: string },
) {
  return getDb().transaction((tx) => {
    const { id } = tx
      .insert(importBatches)
      .values({ ...file, organisationId: user.organisationId, uploadedBy: user.id })
      .returning({ id: importBatches.id })
      .get();
    audit(request, user, "import_previewed", id, tx);
    return id;
  });
}

/** A batch of this administrator's organisation, or 404. */
export function getImportBatch(user: SignedIn, batchId: string | undefined): ImportBatch {
  const batch = getDb()
    .select()
    .from(importBatches)
    .where(
      and(
        eq(importBatches.id, batchId ?? ""),
        eq(importBatches.organisationId, user.organisationId),
      ),
    )
    .get();
  if (!batch) throw notFound();
  return batch;
}

/** The organisation's latest uploads, newest first. */
export function recentImportBatches(user: SignedIn, limit = 10) {
  return getDb()
    .select({
      id: importBatches.id,
      kind: importBatches.kind,
      fileName: importBatches.fileName,
      createdAt: importBatches.createdAt,
      appliedAt: importBatches.appliedAt,
    })
    .from(importBatches)
    .where(eq(importBatches.organisationId, user.organisationId))
    .orderBy(desc(importBatches.createdAt))
    .limit(limit)
    .all();
}

/** What importing this file would do today. */
export function planImport(
  db: Pick<Db, "select">,
  batch: Pick<ImportBatch, "kind" | "content" | "organisationId">,
  today = todayInEngland(),
): ImportPlan {
  switch (batch.kind) {
    case "young_people":
      return planYoungPeople(db, batch.organisationId, batch.content, today);
    case "allocations":
      return planAllocations(db, batch.organisationId, batch.content);
    case "past_reviews":
      return planPastReviews(
        db,
        batch.organisationId,
        batch.content,
        today,
        organisationSettings(batch.organisationId).closureDays,
      );
  }
}

export type ApplyResult =
  | { ok: true; summary: Record<string, number> }
  | { ok: false; plan: ImportPlan }
  | { ok: true; alreadyApplied: true };

/**
 * Imports the file, all or nothing: the plan is worked out again inside one transaction (the
 * records may have changed since the preview) and carried out only if no row has an error.
 */
export function applyImport(
  request: Request,
  user: SignedIn,
  batchId: string | undefined,
): ApplyResult {
  // better-sqlite3 runs a transaction start to finish: a second confirmation, sent at the same
  // time, finds the batch applied.
  return getDb().transaction((tx): ApplyResult => {
    const batch = getImportBatch(user, batchId);
    if (batch.appliedAt) return { ok: true, alreadyApplied: true };
    const plan = planImport(tx, batch);
    if (!canApply(plan)) return { ok: false, plan };
    plan.apply(tx);
    const summary = summaryOf(plan);
    tx.update(importBatches)
      .set({ appliedAt: new Date().toISOString(), summary })
      .where(eq(importBatches.id, batch.id))
      .run();
    audit(request, user, "import_applied", batch.id, tx);
    return { ok: true, summary };
  });
}
