import { and, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import { getDb } from "#db/db.server";
import {
  notifications,
  organisations,
  pendingAnswers,
  sessions,
  statements,
  statementWithdrawals,
  voiceNotes,
  youngPeople,
} from "#db/schema";
import { addDays, todayInEngland } from "~/dates/calendar";
import {
  isDraftDue,
  isDraftReminderDue,
  isNotificationDue,
  isRecordDue,
  isReplacedVoiceNote,
  isSessionDue,
  isStashDue,
  isWithdrawnDue,
  retentionDefaults,
  retentionKinds,
  type RetentionCounts,
  type RetentionSettings,
} from "./rules";

/*
 * What retention would do today for one organisation: the ids due under each rule (app/retention/
 * rules.ts decides; the queries only narrow the rows read, by a day's margin). The dry run shows
 * this plan's counts; the run carries it out.
 */

export type RetentionPlan = {
  organisationId: string;
  today: string;
  settings: RetentionSettings;
  draftReminders: {
    id: string;
    youngPersonId: string;
    authorUserId: string;
    helpedBy: string | null;
    templateId: string;
    templateVersion: number;
    currentQuestion: string | null;
    updatedAt: string;
  }[];
  drafts: string[];
  stash: string[];
  withdrawn: string[];
  replacedVoiceNotes: { id: string; statementId: string }[];
  notifications: string[];
  sessions: string[];
  records: string[];
};

export function retentionSettings(organisationId: string): RetentionSettings {
  const row = getDb()
    .select({
      retainDraftsDays: organisations.retainDraftsDays,
      remindDraftsDays: organisations.remindDraftsDays,
      retainStashDays: organisations.retainStashDays,
      retainWithdrawnDays: organisations.retainWithdrawnDays,
      retainNotificationsDays: organisations.retainNotificationsDays,
      retainRecordsUntilAge: organisations.retainRecordsUntilAge,
    })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
  return row ?? retentionDefaults;
}

/** A time early enough that nothing younger can be due `days` days old today (a day's margin). */
const before = (today: string, days: number) => `${addDays(today, 1 - days)}T23:59:59.999Z`;

/** A young person's row after retention erased it: no name (see records.server.ts). */
export const isErasedPerson = (p: { givenName: string; familyName: string }) =>
  p.givenName === "" && p.familyName === "";

export function planRetention(organisationId: string, now = new Date()): RetentionPlan {
  const db = getDb();
  const today = todayInEngland(now);
  const s = retentionSettings(organisationId);

  const drafts = db
    .select({
      id: statements.id,
      status: statements.status,
      youngPersonId: statements.youngPersonId,
      authorUserId: statements.authorUserId,
      helpedBy: statements.helpedBy,
      templateId: statements.templateId,
      templateVersion: statements.templateVersion,
      currentQuestion: statements.currentQuestion,
      updatedAt: statements.updatedAt,
      draftRemindedAt: statements.draftRemindedAt,
    })
    .from(statements)
    .where(
      and(
        eq(statements.organisationId, organisationId),
        eq(statements.status, "draft"),
        lt(statements.updatedAt, before(today, Math.min(s.remindDraftsDays, s.retainDraftsDays))),
      ),
    )
    .all();

  const stash = db
    .select({ id: pendingAnswers.id, createdAt: pendingAnswers.createdAt })
    .from(pendingAnswers)
    .innerJoin(statements, eq(statements.id, pendingAnswers.statementId))
    .where(
      and(
        eq(statements.organisationId, organisationId),
        lt(pendingAnswers.createdAt, before(today, s.retainStashDays)),
      ),
    )
    .all();

  const withdrawn = db
    .select({
      id: statements.id,
      withdrawnAt: statementWithdrawals.at,
      erasedAt: statements.erasedAt,
    })
    .from(statementWithdrawals)
    .innerJoin(statements, eq(statements.id, statementWithdrawals.statementId))
    .where(
      and(
        eq(statements.organisationId, organisationId),
        isNull(statements.erasedAt),
        lt(statementWithdrawals.at, before(today, s.retainWithdrawnDays)),
      ),
    )
    .all();

  const notes = db
    .select({
      id: voiceNotes.id,
      statementId: voiceNotes.statementId,
      questionId: voiceNotes.questionId,
      createdAt: voiceNotes.createdAt,
      erasedAt: voiceNotes.erasedAt,
      answers: statements.answers,
    })
    .from(voiceNotes)
    .innerJoin(statements, eq(statements.id, voiceNotes.statementId))
    .where(and(eq(voiceNotes.organisationId, organisationId), isNull(voiceNotes.erasedAt)))
    .all();

  const oldNotifications = db
    .select({ id: notifications.id, createdAt: notifications.createdAt })
    .from(notifications)
    .where(
      and(
        eq(notifications.organisationId, organisationId),
        lt(notifications.createdAt, before(today, s.retainNotificationsDays)),
      ),
    )
    .all();

  const ended = db
    .select({ id: sessions.id, expiresAt: sessions.expiresAt, revokedAt: sessions.revokedAt })
    .from(sessions)
    .where(
      and(
        eq(sessions.organisationId, organisationId),
        or(lt(sessions.expiresAt, now.toISOString()), isNotNull(sessions.revokedAt)),
      ),
    )
    .all();

  const leavers = db
    .select({
      id: youngPeople.id,
      leftCareOn: youngPeople.leftCareOn,
      dateOfBirth: youngPeople.dateOfBirth,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
    })
    .from(youngPeople)
    .where(and(eq(youngPeople.organisationId, organisationId), isNotNull(youngPeople.leftCareOn)))
    .all();

  const records = leavers
    .filter((p) => isRecordDue({ ...p, isErased: isErasedPerson(p) }, today, s))
    .map((p) => p.id);
  const erasing = new Set(records);
  // A record erased today takes its drafts and words with it: not counted twice.
  const outsideRecords = <T extends { youngPersonId: string }>(rows: T[]) =>
    rows.filter((r) => !erasing.has(r.youngPersonId));

  return {
    organisationId,
    today,
    settings: s,
    draftReminders: outsideRecords(drafts.filter((d) => isDraftReminderDue(d, today, s))),
    drafts: outsideRecords(drafts.filter((d) => isDraftDue(d, today, s))).map((d) => d.id),
    stash: stash.filter((p) => isStashDue(p, today, s)).map((p) => p.id),
    withdrawn: withdrawn.filter((w) => isWithdrawnDue(w, today, s)).map((w) => w.id),
    replacedVoiceNotes: notes
      .filter((n) => isReplacedVoiceNote(n, n.answers, now))
      .map((n) => ({ id: n.id, statementId: n.statementId })),
    notifications: oldNotifications.filter((n) => isNotificationDue(n, today, s)).map((n) => n.id),
    sessions: ended.filter((x) => isSessionDue(x, now)).map((x) => x.id),
    records,
  };
}

/** How many rows each rule would remove (or did): the only thing a run records. */
export function planCounts(plan: RetentionPlan): RetentionCounts {
  const counts = {} as RetentionCounts;
  for (const kind of retentionKinds) counts[kind] = plan[kind].length;
  return counts;
}
