import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Tx } from "#db/db.server";
import {
  consultationRequests,
  letters,
  letterVersions,
  notifications,
  reviews,
  statementReaders,
  statements,
} from "#db/schema";
import { inChunks } from "#db/chunks";

/*
 * When a young person's IRO changes, what was the old IRO's to act on becomes the new IRO's.
 * Access itself follows the allocation (every reading rule asks for a current one), so reviews,
 * letters due and urgent alerts move with it by themselves. What names a person is moved here:
 *
 * - statements: readers were fixed when each was sent. The child chose "my IRO", so the new IRO
 *   becomes a reader of every statement the old IRO could read. The old IRO's rows stay, as the
 *   record of who it was sent to; without an allocation they open nothing.
 * - open consultation requests the old IRO made (for reviews still planned): the new IRO is now
 *   the one who asked, so reminders' "overdue" notices reach them.
 * - letter drafts (never issued) the old IRO started: the new IRO is now their author. Issued
 *   letters keep their issuer: that is history.
 * - notifications the old IRO has not opened yet about these children (urgent worries, overdue
 *   requests): re-addressed to the new IRO.
 */

export type HandOverCounts = {
  statements: number;
  requests: number;
  letterDrafts: number;
  notifications: number;
};

export function handOverToNewIro(
  tx: Tx,
  youngPersonIds: readonly string[],
  fromUserId: string,
  toUserId: string,
): HandOverCounts {
  const counts: HandOverCounts = { statements: 0, requests: 0, letterDrafts: 0, notifications: 0 };
  for (const ids of inChunks(youngPersonIds)) {
    const shared = tx
      .select({ statementId: statementReaders.statementId, reason: statementReaders.reason })
      .from(statementReaders)
      .innerJoin(statements, eq(statements.id, statementReaders.statementId))
      .where(and(eq(statementReaders.userId, fromUserId), inArray(statements.youngPersonId, ids)))
      .all();
    for (const rows of inChunks(shared)) {
      counts.statements += tx
        .insert(statementReaders)
        .values(rows.map((r) => ({ ...r, userId: toUserId })))
        .onConflictDoNothing()
        .run().changes;
    }

    counts.requests += tx
      .update(consultationRequests)
      .set({ requestedBy: toUserId })
      .where(
        and(
          eq(consultationRequests.requestedBy, fromUserId),
          inArray(consultationRequests.youngPersonId, ids),
          isNull(consultationRequests.cancelledAt),
          sql`exists (select 1 from ${reviews} r
            where r.id = ${consultationRequests.reviewId} and r.status = 'planned')`,
        ),
      )
      .run().changes;

    counts.letterDrafts += tx
      .update(letters)
      .set({ authorUserId: toUserId, updatedAt: new Date().toISOString() })
      .where(
        and(
          eq(letters.authorUserId, fromUserId),
          inArray(letters.youngPersonId, ids),
          sql`not exists (select 1 from ${letterVersions} v where v.letter_id = ${letters.id})`,
        ),
      )
      .run().changes;

    counts.notifications += readdressNotifications(tx, ids, fromUserId, toUserId);
  }
  return counts;
}

/**
 * A notification names no child, only the page it points at: those about these children are the
 * ones whose link is one of their statements, reviews or their own page.
 */
function readdressNotifications(
  tx: Tx,
  youngPersonIds: string[],
  fromUserId: string,
  toUserId: string,
) {
  const links = [
    ...youngPersonIds.map((id) => `/iro/young-people/${id}`),
    ...tx
      .select({ id: statements.id })
      .from(statements)
      .where(inArray(statements.youngPersonId, youngPersonIds))
      .all()
      .map((s) => `/iro/statements/${s.id}`),
    ...tx
      .select({ id: reviews.id })
      .from(reviews)
      .where(inArray(reviews.youngPersonId, youngPersonIds))
      .all()
      .map((r) => `/iro/reviews/${r.id}`),
  ];
  let changed = 0;
  for (const some of inChunks(links)) {
    changed += tx
      .update(notifications)
      .set({ recipientUserId: toUserId })
      .where(
        and(
          eq(notifications.recipientUserId, fromUserId),
          inArray(notifications.link, some),
          // Still open: unread in the app, or an email not sent yet.
          or(
            and(eq(notifications.channel, "app"), isNull(notifications.readAt)),
            and(eq(notifications.channel, "email"), eq(notifications.state, "pending")),
          ),
        ),
      )
      .run().changes;
  }
  return changed;
}
