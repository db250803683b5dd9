import { and, eq, isNotNull } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { voiceNotes } from "#db/schema";
import { tombstonesOf, type TombstoneView } from "./tombstone.server";

/** The erased voice notes of a statement, by id, with their tombstones for the reader. */
export function erasedVoiceNotes(statementId: string, lng: string): Record<string, TombstoneView> {
  const rows = getDb()
    .select({
      id: voiceNotes.id,
      erasedAt: voiceNotes.erasedAt,
      erasedBy: voiceNotes.erasedBy,
      erasedReason: voiceNotes.erasedReason,
    })
    .from(voiceNotes)
    .where(and(eq(voiceNotes.statementId, statementId), isNotNull(voiceNotes.erasedAt)))
    .all();
  const tombstones = tombstonesOf(rows, lng);
  return Object.fromEntries(rows.map((r, i) => [r.id, tombstones[i]!]));
}
