import type { ReviewMonitoring } from "#db/schema";

/** A recorded monitoring as the form posts it, to open the form again with its answers. */
export function savedValues(row: ReviewMonitoring | null): Record<string, string | string[]> {
  if (!row) return {};
  return {
    planQuality: row.planQuality,
    currentAssessment: row.currentAssessment ? "yes" : "no",
    rag: row.rag,
    activeMonitoring: row.activeMonitoring ? "yes" : "no",
    concerns: row.concerns,
    note: row.note ?? "",
  };
}
