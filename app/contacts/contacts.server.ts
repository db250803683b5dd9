import { desc, eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { contacts, users } from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { recordAudit } from "~/audit/audit.server";
import { formatDate } from "~/i18n/format";
import { seenAloneValue, type ContactInput } from "./schema";

/** Logs the IRO's contact about a child (call only after an access check). Audited. */
export function logContact(
  request: Request,
  user: SignedIn,
  youngPersonId: string,
  input: ContactInput,
): string {
  return getDb().transaction((tx) => {
    const row = tx
      .insert(contacts)
      .values({
        organisationId: user.organisationId,
        youngPersonId,
        byUserId: user.id,
        contactOn: input.contactOn,
        kind: input.kind,
        withWhom: input.withWhom,
        seenAlone: seenAloneValue(input.seenAlone),
        note: input.note || null,
      })
      .returning({ id: contacts.id })
      .get();
    recordAudit(
      request,
      {
        action: "contact_logged",
        organisationId: user.organisationId,
        actorUserId: user.id,
        subjectType: "contact",
        subjectId: row.id,
        youngPersonId,
      },
      tx,
    );
    return row.id;
  });
}

/** How many contacts the child's page lists (the timeline keeps the rest). */
export const contactListMax = 20;

/** A child's contacts, newest first, for the IRO's page (call only after an access check). */
export function listContacts(youngPersonId: string, lng: string) {
  return getDb()
    .select({
      id: contacts.id,
      contactOn: contacts.contactOn,
      kind: contacts.kind,
      withWhom: contacts.withWhom,
      seenAlone: contacts.seenAlone,
      note: contacts.note,
      by: users.displayName,
    })
    .from(contacts)
    .innerJoin(users, eq(users.id, contacts.byUserId))
    .where(eq(contacts.youngPersonId, youngPersonId))
    .orderBy(desc(contacts.contactOn), desc(contacts.createdAt))
    .limit(contactListMax)
    .all()
    .map((c) => ({ ...c, contactOn: formatDate(c.contactOn, lng) }));
}

export type ContactRow = ReturnType<typeof listContacts>[number];
