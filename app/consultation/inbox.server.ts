import type { SignedIn } from "~/auth/require-user.server";
import { formatDateTime } from "~/i18n/format";
import { listOpenAlerts } from "./alerts.server";
import { listReadableStatements } from "./reading.server";
import { fullName } from "~/young-people/names";

/** What waits for an IRO or social worker: open urgent alerts and statements shared with them. */
export function inboxFor(user: SignedIn, lng: string) {
  return {
    alerts: listOpenAlerts(user).map((a) => ({
      id: a.id,
      statementId: a.statementId,
      raisedAt: formatDateTime(a.raisedAt, lng),
      name: fullName(a),
    })),
    statements: listReadableStatements(user).map((s) => ({
      id: s.id,
      templateId: s.templateId,
      submittedAt: formatDateTime(s.submittedAt!, lng),
      name: fullName(s),
      isRead: s.isRead,
      isUrgent: s.isUrgent,
    })),
  };
}
