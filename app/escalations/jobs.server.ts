import { and, eq, gte, inArray, isNull, lt, lte } from "drizzle-orm";
import { getDb } from "#db/db.server";
import {
  escalationSteps,
  escalations,
  organisations,
  urgentAlerts,
  users,
  type EscalationStepKind,
} from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import { addWorkingHours } from "~/dates/working-hours";
import { notifyMany, type NewNotification } from "~/notifications/notifications.server";
import { leadersOf } from "~/teams/leaders.server";
import { escalationLink } from "./escalations.server";
import { becomesOverdue, needsReminder } from "./rules";

/*
 * The scheduler's escalation work (issue 18), one call from runScheduledJobs:
 * - an escalation due within 2 working days, not answered, gets one reminder (step "reminded");
 * - one past its response date with no answer is marked overdue (step "overdue"), and both the
 *   person it is with and the IRO who raised it are told;
 * - an urgent alert nobody acknowledged within the organisation's `alertEscalateHours` working
 *   hours (09:00 to 17:00, England time, on working days) is escalated once to the child's team
 *   manager(s) and the organisation's IRO manager(s), and audited.
 * Idempotent: each step only picks up rows not marked yet, marks them in the same transaction,
 * and every notification has its own key; a second run does nothing.
 */

export type EscalationJobReport = { reminded: number; overdue: number; alertsEscalated: number };

/** Looking ahead this many calendar days always covers 2 working days (Christmas included). */
const reminderLookaheadDays = 10;
/** An alert older than this that nobody acknowledged was escalated long ago, or predates this. */
const alertLookbackDays = 60;

function openUnanswered(condition: ReturnType<typeof and>) {
  return getDb()
    .select({
      id: escalations.id,
      organisationId: escalations.organisationId,
      raisedBy: escalations.raisedBy,
      addressedTo: escalations.addressedTo,
      stagePosition: escalations.stagePosition,
      respondBy: escalations.respondBy,
      respondedAt: escalations.respondedAt,
      remindedAt: escalations.remindedAt,
      overdueAt: escalations.overdueAt,
      status: escalations.status,
      closureDays: organisations.closureDays,
    })
    .from(escalations)
    .innerJoin(organisations, eq(organisations.id, escalations.organisationId))
    .where(and(eq(escalations.status, "open"), isNull(escalations.respondedAt), condition))
    .all();
}

type Marked = ReturnType<typeof openUnanswered>[number];

/** Marks the rows (only those still unmarked), adds their steps and notifications. */
function mark(
  rows: Marked[],
  column: "remindedAt" | "overdueAt",
  kind: EscalationStepKind,
  notifications: (row: Marked) => NewNotification[],
  now: Date,
): number {
  if (!rows.length) return 0;
  const at = now.toISOString();
  return getDb().transaction((tx) => {
    const marked = new Set<string>();
    for (let i = 0; i < rows.length; i += 200) {
      for (const r of tx
        .update(escalations)
        .set({ [column]: at })
        .where(
          and(
            inArray(
              escalations.id,
              rows.slice(i, i + 200).map((r) => r.id),
            ),
            isNull(escalations[column]),
          ),
        )
        .returning({ id: escalations.id })
        .all())
        marked.add(r.id);
    }
    const done = rows.filter((r) => marked.has(r.id));
    if (!done.length) return 0;
    for (let i = 0; i < done.length; i += 100)
      tx.insert(escalationSteps)
        .values(
          done.slice(i, i + 100).map((r) => ({
            organisationId: r.organisationId,
            escalationId: r.id,
            kind,
            stagePosition: r.stagePosition,
            byUserId: null,
            addressedTo: r.addressedTo,
            at,
          })),
        )
        .run();
    notifyMany(done.flatMap(notifications), tx);
    return done.length;
  });
}

/** One reminder per stage, two working days (or fewer) before the response date. */
export function remindEscalations(today: string, now = new Date()): number {
  const due = openUnanswered(
    and(
      isNull(escalations.remindedAt),
      isNull(escalations.overdueAt),
      gte(escalations.respondBy, today),
      lte(escalations.respondBy, addDays(today, reminderLookaheadDays)),
    ),
  ).filter((r) => needsReminder(r, today, r.closureDays));
  return mark(
    due,
    "remindedAt",
    "reminded",
    (r) => [
      {
        organisationId: r.organisationId,
        recipientUserId: r.addressedTo,
        kind: "escalation_reminder",
        link: escalationLink(r.id),
        dueOn: r.respondBy,
        // With the response date: positions change when an administrator reorders the stages.
        dedupeKey: `escalation_reminder:${r.id}:${r.stagePosition}:${r.respondBy}`,
      },
    ],
    now,
  );
}

/** Past the response date with no answer: overdue, once per stage; both sides are told. */
export function markEscalationsOverdue(today: string, now = new Date()): number {
  const late = openUnanswered(
    and(isNull(escalations.overdueAt), lt(escalations.respondBy, today)),
  ).filter((r) => becomesOverdue(r, today));
  return mark(
    late,
    "overdueAt",
    "overdue",
    (r) =>
      [...new Set([r.addressedTo, r.raisedBy])].map((recipientUserId) => ({
        organisationId: r.organisationId,
        recipientUserId,
        kind: "escalation_overdue" as const,
        link: escalationLink(r.id),
        dueOn: r.respondBy,
        dedupeKey: `escalation_overdue:${r.id}:${r.stagePosition}:${r.respondBy}:${recipientUserId}`,
      })),
    now,
  );
}

/**
 * Urgent alerts nobody acknowledged within the organisation's working hours: escalated once to the
 * child's team manager(s) and the IRO managers of the organisation.
 */
export function escalateUnacknowledgedAlerts(now = new Date()): number {
  const db = getDb();
  const waiting = db
    .select({
      id: urgentAlerts.id,
      organisationId: urgentAlerts.organisationId,
      youngPersonId: urgentAlerts.youngPersonId,
      raisedAt: urgentAlerts.raisedAt,
      hours: organisations.alertEscalateHours,
      closureDays: organisations.closureDays,
    })
    .from(urgentAlerts)
    .innerJoin(organisations, eq(organisations.id, urgentAlerts.organisationId))
    .where(
      and(
        isNull(urgentAlerts.acknowledgedAt),
        isNull(urgentAlerts.escalatedAt),
        gte(
          urgentAlerts.raisedAt,
          new Date(now.getTime() - alertLookbackDays * 86_400_000).toISOString(),
        ),
      ),
    )
    .all()
    .filter((a) => now >= addWorkingHours(a.raisedAt, a.hours, a.closureDays));
  if (!waiting.length) return 0;
  const today = todayInEngland(now);
  const managersByOrganisation = new Map<string, string[]>();
  const managersOf = (organisationId: string) => {
    let ids = managersByOrganisation.get(organisationId);
    if (!ids) {
      ids = db
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            eq(users.organisationId, organisationId),
            eq(users.role, "manager"),
            isNull(users.disabledAt),
          ),
        )
        .all()
        .map((u) => u.id);
      managersByOrganisation.set(organisationId, ids);
    }
    return ids;
  };
  const at = now.toISOString();
  let escalated = 0;
  for (const alert of waiting) {
    const teamManagers = leadersOf(alert.organisationId, alert.youngPersonId, today).teamManagerIds;
    const iroManagers = managersOf(alert.organisationId);
    db.transaction((tx) => {
      const marked = tx
        .update(urgentAlerts)
        .set({ escalatedAt: at })
        .where(and(eq(urgentAlerts.id, alert.id), isNull(urgentAlerts.escalatedAt)))
        .returning({ id: urgentAlerts.id })
        .all();
      if (!marked.length) return;
      escalated++;
      notifyMany(
        [
          ...teamManagers.map((id) => ({
            id,
            link: `/oversight/young-people/${alert.youngPersonId}`,
          })),
          ...iroManagers.map((id) => ({ id, link: "/manage" })),
        ].map(({ id, link }) => ({
          organisationId: alert.organisationId,
          recipientUserId: id,
          kind: "alert_escalated" as const,
          link,
          dedupeKey: `alert_escalated:${alert.id}:${id}`,
        })),
        tx,
      );
      recordAudit(
        null,
        {
          action: "alert_escalated",
          organisationId: alert.organisationId,
          subjectType: "urgent_alert",
          subjectId: alert.id,
          youngPersonId: alert.youngPersonId,
        },
        tx,
      );
    });
  }
  return escalated;
}

/** Everything above, once. Safe to run at any time, as often as you like. */
export function runEscalationJobs(now = new Date()): EscalationJobReport {
  const today = todayInEngland(now);
  return {
    reminded: remindEscalations(today, now),
    overdue: markEscalationsOverdue(today, now),
    alertsEscalated: escalateUnacknowledgedAlerts(now),
  };
}
