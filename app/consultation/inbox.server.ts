import type { SignedIn } from "~/auth/require-user.server";
import { formatDateTime } from "~/i18n/format";
import { listOpenAlerts, listReadableStatements } from "./statements.server";

/** What waits for an IRO or social worker: open urgent alerts and statements shared with them. */
export function inboxFor(user: SignedIn, lng: string) {
  return {
    alerts: listOpenAlerts(user).map((a) => ({
      id: a.id,
      statementId: a.statementId,
      raisedAt: formatDateTime(a.raisedAt, lng),
      name: `${a.givenName} ${a.familyName}`,
    })),
    statements: listReadableStatements(user).map((s) => ({
      id: s.id,
      templateId: s.templateId,
      submittedAt: formatDateTime(s.submittedAt!, lng),
      name: `${s.givenName} ${s.familyName}`,
      isRead: s.isRead,
      isUrgent: s.isUrgent,
    })),
  };
}
