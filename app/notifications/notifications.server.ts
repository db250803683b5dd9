import { and, desc, eq, gte, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "#db/db.server";
import { notifications, users, type NotificationKind } from "#db/schema";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { env } from "~/env.server";
import { formatDate, formatDateTime } from "~/i18n/format";

/*
 * The outbox (DESIGN.md data flow): a notification is a row per recipient and channel. "In the
 * app" always works; email is added when SMTP is configured and the person has an address. A row
 * says only what kind of thing is waiting and where: never a child's words or answers.
 */

export type NewNotification = {
  organisationId: string;
  recipientUserId: string;
  kind: NotificationKind;
  /** A path on this site that shows what is waiting. */
  link: string;
  dueOn?: string | null;
  /** The same key twice is one notification: what makes a job safe to run again. */
  dedupeKey: string;
};

/** Email is sent only when SMTP is configured. */
export const emailEnabled = () => !!env().SMTP_URL;

/**
 * Queues a notification in the app and, when email is on and the person has an address, by email.
 * Returns 1 when it is new, 0 when this key was queued before.
 */
export function notify(
  item: NewNotification,
  db: Db | Tx = getDb(),
  options: { email?: boolean } = {},
): number {
  return notifyMany([item], db, options).size;
}

/**
 * Many notifications at once (the scheduler): a fixed number of statements however many there are,
 * each row skipped if its key was queued before. Returns the keys that were new.
 */
export function notifyMany(
  items: readonly NewNotification[],
  db: Db | Tx = getDb(),
  options: { email?: boolean } = {},
): Set<string> {
  const added = new Set<string>();
  if (!items.length) return added;
  const sentAt = new Date().toISOString();
  for (let i = 0; i < items.length; i += batchSize) {
    const rows = db
      .insert(notifications)
      .values(
        items
          .slice(i, i + batchSize)
          .map((item) => ({ ...item, channel: "app" as const, state: "sent" as const, sentAt })),
      )
      .onConflictDoNothing()
      .returning({ dedupeKey: notifications.dedupeKey })
      .all();
    for (const row of rows) added.add(row.dedupeKey);
  }
  if (options.email ?? emailEnabled()) {
    const fresh = items.filter((item) => added.has(item.dedupeKey));
    const recipients = [...new Set(fresh.map((item) => item.recipientUserId))];
    const withEmail = new Set<string>();
    for (let i = 0; i < recipients.length; i += batchSize) {
      for (const row of db
        .select({ id: users.id })
        .from(users)
        .where(and(inArray(users.id, recipients.slice(i, i + batchSize)), isNotNull(users.email)))
        .all())
        withEmail.add(row.id);
    }
    const emails = fresh
      .filter((item) => withEmail.has(item.recipientUserId))
      .map((item) => ({
        ...item,
        channel: "email" as const,
        dedupeKey: `${item.dedupeKey}:email`,
      }));
    for (let i = 0; i < emails.length; i += batchSize)
      db.insert(notifications)
        .values(emails.slice(i, i + batchSize))
        .onConflictDoNothing()
        .run();
  }
  return added;
}

/** Rows per insert: well inside SQLite's limit on bound parameters. */
const batchSize = 200;

/** How long notifications stay on someone's page once read. */
const keepReadDays = 14;

/** This person's notifications in the app: unread ones and those read in the last two weeks. */
export function listNotifications(user: SignedIn, lng: string) {
  const since = new Date(Date.now() - keepReadDays * 86_400_000).toISOString();
  return getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      dueOn: notifications.dueOn,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.recipientUserId, user.id),
        eq(notifications.channel, "app"),
        or(isNull(notifications.readAt), gte(notifications.readAt, since)),
      ),
    )
    .orderBy(sql`${notifications.readAt} is not null`, desc(notifications.createdAt))
    .limit(20)
    .all()
    .map((n) => ({
      id: n.id,
      kind: n.kind,
      isRead: !!n.readAt,
      dueOn: n.dueOn ? formatDate(n.dueOn, lng) : null,
      at: formatDateTime(n.createdAt, lng),
    }));
}

/** Opening a notification marks it read and goes to what it points at. Only the recipient's own. */
export function openNotification(user: SignedIn, id: string | undefined): string {
  const db = getDb();
  const row = db
    .select({ link: notifications.link, readAt: notifications.readAt })
    .from(notifications)
    .where(
      and(
        eq(notifications.id, id ?? ""),
        eq(notifications.recipientUserId, user.id),
        eq(notifications.channel, "app"),
      ),
    )
    .get();
  if (!row) throw notFound();
  if (!row.readAt) {
    db.update(notifications)
      .set({ readAt: new Date().toISOString() })
      .where(eq(notifications.id, id!))
      .run();
  }
  return row.link;
}
