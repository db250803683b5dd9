import type { Tx } from "#db/db.server";
import type { ImportKind } from "#db/schema";
import type { Message } from "./csv";

/*
 * What an import would do, worked out before anything is saved: the preview shows it, and the
 * confirmation works it out again inside its transaction and carries it out only if no row has
 * an error (all or nothing).
 */

/** A field that would change: its column, and the value before and after (null: empty). */
export type FieldChange = { column: string; from: string | null; to: string | null };

/** A row of the file, as the preview lists it. */
export type PlannedRow = { row: number; label: string; changes?: FieldChange[] };

/** What is wrong with one row: the column at fault (when one is) and how to put it right. */
export type RowError = { row: number; column?: string; message: Message };

/** Planned reviews set from imported history: created, or moved to a new due date. */
export type NextReviewCounts = { created: number; moved: number };

export type ImportPlan = {
  kind: ImportKind;
  /** The file cannot be read as this kind (a missing column, say): no row is looked at. */
  fileErrors: Message[];
  create: PlannedRow[];
  update: PlannedRow[];
  unchanged: PlannedRow[];
  errors: RowError[];
  nextReviews?: NextReviewCounts;
  /** Carries out the plan in the caller's transaction. */
  apply: (tx: Tx) => void;
};

export const canApply = (plan: ImportPlan) => !plan.fileErrors.length && !plan.errors.length;

/** What the batch records once applied, and the audit trail points to: counts only. */
export function summaryOf(plan: ImportPlan): Record<string, number> {
  return {
    created: plan.create.length,
    updated: plan.update.length,
    unchanged: plan.unchanged.length,
    ...(plan.nextReviews
      ? {
          nextReviewsCreated: plan.nextReviews.created,
          nextReviewsMoved: plan.nextReviews.moved,
        }
      : {}),
  };
}

/** An empty plan for a file that cannot be read. */
export function unreadablePlan(kind: ImportKind, fileErrors: Message[]): ImportPlan {
  return {
    kind,
    fileErrors,
    create: [],
    update: [],
    unchanged: [],
    errors: [],
    apply: () => {
      throw new Error("An unreadable file cannot be imported");
    },
  };
}

/** A row's errors, one per column (the first problem found in each). */
export class RowErrors {
  readonly list: RowError[] = [];
  private readonly seen = new Set<string>();
  private readonly rows = new Set<number>();
  add(row: number, column: string | undefined, message: Message) {
    const key = `${row}|${column ?? ""}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.rows.add(row);
    this.list.push({ row, ...(column ? { column } : {}), message });
  }
  has(row: number) {
    return this.rows.has(row);
  }
}
