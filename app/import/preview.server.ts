import { getDb } from "#db/db.server";
import { formatDateTime } from "~/i18n/format";
import type { ImportBatch } from "./batches.server";
import { planImport } from "./batches.server";
import { canApply, type ImportPlan } from "./plan";

/*
 * The preview page's data: counts, and the rows of each list. A list shows its first rows only
 * (a page of 5,000 rows helps nobody); every error is shown up to a generous limit, since each
 * one is a line to fix in the file.
 */

export const listLimit = 100;
export const errorLimit = 500;

export function importPreview(batch: ImportBatch, lng: string) {
  const header = {
    id: batch.id,
    kind: batch.kind,
    fileName: batch.fileName,
    uploadedAt: formatDateTime(batch.createdAt, lng),
  };
  if (batch.appliedAt)
    return {
      batch: header,
      applied: { at: formatDateTime(batch.appliedAt, lng), summary: batch.summary ?? {} },
      plan: null,
    };
  return { batch: header, applied: null, plan: planView(planImport(getDb(), batch)) };
}

export function planView(plan: ImportPlan) {
  return {
    canApply: canApply(plan),
    fileErrors: plan.fileErrors,
    counts: {
      create: plan.create.length,
      update: plan.update.length,
      unchanged: plan.unchanged.length,
      errorRows: new Set(plan.errors.map((e) => e.row)).size,
    },
    nextReviews: plan.nextReviews ?? null,
    create: plan.create.slice(0, listLimit),
    update: plan.update.slice(0, listLimit),
    unchanged: plan.unchanged.slice(0, listLimit),
    errors: plan.errors.slice(0, errorLimit),
    errorCount: plan.errors.length,
  };
}

export type ImportPreview = ReturnType<typeof importPreview>;
export type PlanView = ReturnType<typeof planView>;
