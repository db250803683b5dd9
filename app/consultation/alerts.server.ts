import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { urgentAlerts, youngPeople } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { listAllocatedYoungPeople } from "~/young-people/young-people.server";

/* Urgent alerts: raised when a worry marked unsafe is sent (`submitStatement`), open until acknowledged. */

/** Open alerts for young people currently allocated to this IRO or social worker. */
export function listOpenAlerts(user: SignedIn) {
  const allocatedIds = listAllocatedYoungPeople(user).map((p) => p.id);
  if (!allocatedIds.length) return [];
  return getDb()
    .select({
      id: urgentAlerts.id,
      statementId: urgentAlerts.statementId,
      raisedAt: urgentAlerts.raisedAt,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
    })
    .from(urgentAlerts)
    .innerJoin(youngPeople, eq(youngPeople.id, urgentAlerts.youngPersonId))
    .where(
      and(
        eq(urgentAlerts.organisationId, user.organisationId),
        isNull(urgentAlerts.acknowledgedAt),
        inArray(urgentAlerts.youngPersonId, allocatedIds),
      ),
    )
    .orderBy(urgentAlerts.raisedAt)
    .all();
}

export function acknowledgeAlert(request: Request, user: SignedIn, alertId: string) {
  const open = listOpenAlerts(user).find((a) => a.id === alertId);
  if (!open) throw notFound();
  getDb().transaction((tx) => {
    tx.update(urgentAlerts)
      .set({ acknowledgedBy: user.id, acknowledgedAt: new Date().toISOString() })
      .where(and(eq(urgentAlerts.id, alertId), isNull(urgentAlerts.acknowledgedAt)))
      .run();
    recordAudit(
      request,
      {
        action: "urgent_alert_acknowledged",
        organisationId: user.organisationId,
        actorUserId: user.id,
        subjectType: "urgent_alert",
        subjectId: alertId,
      },
      tx,
    );
  });
}
