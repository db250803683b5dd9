import { eq, inArray } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { statementReplies, users } from "#db/schema";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { notify } from "~/notifications/notifications.server";
import { findReadableStatement } from "./reading.server";
import { auditStatement } from "./statement-audit.server";
import { templateOf } from "./templates";

/** A reader's short reply, shown to the young person with their statement. */
export function replyToStatement(
  request: Request,
  user: SignedIn,
  statementId: string | undefined,
  text: string,
) {
  const statement = findReadableStatement(user, statementId);
  // Replies are to young people; a carer's or parent's form is read, not replied to.
  if (templateOf(statement).audience !== "young_person") throw notFound();
  getDb().transaction((tx) => {
    const reply = tx
      .insert(statementReplies)
      .values({ statementId: statement.id, authorUserId: user.id, text })
      .returning({ id: statementReplies.id })
      .get();
    auditStatement(request, user, "statement_replied", statement, tx);
    // The young person is told a reply is waiting (not what it says). A child with no account
    // has the worker who helped as the row's author, who needs no message.
    if (statement.authorUserId !== statement.helpedBy) {
      notify(
        {
          organisationId: user.organisationId,
          recipientUserId: statement.authorUserId,
          kind: "reply",
          link: `/me/statements/${statement.id}`,
          dedupeKey: `reply:${reply.id}`,
        },
        tx,
      );
    }
  });
}

/** Replies to these statements, oldest first, with who wrote them. */
export function listReplies(statementIds: string[]) {
  if (!statementIds.length) return [];
  return getDb()
    .select({
      statementId: statementReplies.statementId,
      text: statementReplies.text,
      createdAt: statementReplies.createdAt,
      displayName: users.displayName,
    })
    .from(statementReplies)
    .innerJoin(users, eq(users.id, statementReplies.authorUserId))
    .where(inArray(statementReplies.statementId, statementIds))
    .orderBy(statementReplies.createdAt)
    .all();
}
