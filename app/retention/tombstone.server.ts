import { formatDate } from "~/i18n/format";
import { eraserNames, retentionReason } from "./erasure.server";

/** What a reader sees instead of erased words: when, by whom and why (never the words). */
export type TombstoneView = {
  date: string;
  /** Null when retention erased it (no person did). */
  name: string | null;
  /** The administrator's reason; null when retention erased it. */
  reason: string | null;
};

type Erased = { erasedAt: string | null; erasedBy: string | null; erasedReason: string | null };

/** The tombstone of an erased statement or voice note in the reader's language, or null. */
export function tombstoneOf(row: Erased, lng: string): TombstoneView | null {
  return tombstonesOf([row], lng)[0] ?? null;
}

/** Tombstones for many rows at once (one query for the names); null for rows not erased. */
export function tombstonesOf(rows: readonly Erased[], lng: string): (TombstoneView | null)[] {
  const names = eraserNames(rows.map((r) => (r.erasedAt ? r.erasedBy : null)));
  return rows.map((r) => {
    if (!r.erasedAt) return null;
    const byRetention = r.erasedReason === retentionReason && !r.erasedBy;
    return {
      date: formatDate(r.erasedAt, lng),
      name: byRetention ? null : (names.get(r.erasedBy ?? "") ?? null),
      reason: byRetention ? null : r.erasedReason,
    };
  });
}
