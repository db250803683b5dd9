import type { Tx } from "#db/db.server";
import type { Statement } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import type { SignedIn } from "~/auth/require-user.server";

/** Every change to, and every read of, a statement is audited the same way: ids only, never words. */
export function auditStatement(
  request: Request,
  user: SignedIn,
  action: "statement_submitted" | "statement_read" | "statement_withdrawn" | "statement_replied",
  statement: Pick<Statement, "id" | "youngPersonId">,
  tx: Tx,
) {
  recordAudit(
    request,
    {
      action,
      organisationId: user.organisationId,
      actorUserId: user.id,
      subjectType: "statement",
      subjectId: statement.id,
      youngPersonId: statement.youngPersonId,
    },
    tx,
  );
}
