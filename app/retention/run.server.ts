import { and, desc, eq, inArray, like, or, sql } from "drizzle-orm";
import { rmSync } from "node:fs";
import { getDb, type Tx } from "#db/db.server";
import {
  actionUpdates,
  contacts,
  decisionAgreements,
  escalationSteps,
  escalations,
  interpreterRequests,
  letterRecordings,
  letters,
  midwayChecks,
  notifications,
  organisations,
  pendingAnswers,
  retentionRuns,
  reviewActions,
  reviewMonitoring,
  reviews,
  sessions,
  signInCodes,
  statementReaders,
  statementReads,
  statementReplies,
  statements,
  statementWithdrawals,
  urgentAlerts,
  users,
  voiceNotes,
  youngPeople,
} from "#db/schema";
import { letterRecordingPath } from "~/audio/letter-audio.server";
import { templateOf } from "~/consultation/templates";
import { deleteVoiceNoteFiles } from "~/consultation/voice-notes.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import { notifyMany } from "~/notifications/notifications.server";
import { eraseStatementContent, retentionReason } from "./erasure.server";
import { planCounts, planRetention, type RetentionPlan } from "./plan.server";
import type { RetentionCounts } from "./rules";

/*
 * The daily retention run (issue 17): for each organisation, what its rules say is due goes, in
 * one transaction, and the run is recorded with counts by kind (never content). Files go after
 * the transaction commits. Safe to repeat: a second run finds nothing due. The audit is never
 * touched (append-only, by triggers).
 */

const chunk = <T>(rows: readonly T[], size = 200): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
};

/** Drafts never sent, and everything hanging off them. Returns the voice notes whose files go. */
function deleteStatements(tx: Tx, ids: readonly string[]): string[] {
  const files: string[] = [];
  for (const part of chunk(ids)) {
    files.push(
      ...tx
        .delete(voiceNotes)
        .where(inArray(voiceNotes.statementId, part))
        .returning({ id: voiceNotes.id })
        .all()
        .map((v) => v.id),
    );
    for (const table of [
      pendingAnswers,
      statementReplies,
      interpreterRequests,
      statementReaders,
      statementReads,
      statementWithdrawals,
      urgentAlerts,
    ])
      tx.delete(table).where(inArray(table.statementId, part)).run();
    // The reminder that pointed at the draft would now lead nowhere.
    tx.delete(notifications)
      .where(or(...part.map((id) => like(notifications.dedupeKey, `draft_reminder:${id}%`))))
      .run();
    tx.delete(statements).where(inArray(statements.id, part)).run();
  }
  return files;
}

/**
 * Between reviews (issue 18): the words go, the facts stay. Past statutory returns, the monthly
 * monitoring page and the annual report count dates, kinds, states, RAG ratings, plan quality,
 * themes, stages, responses and outcomes, and whether the child was seen alone; none of them
 * reads a note. So, for the erased children, in one UPDATE per table (children in chunks):
 * - review_actions.note and every action_updates.note (why not done, where it stands): null;
 *   state, owner and due date stay. The decision's own words already went with `reviews.decisions`;
 * - decision_agreements.reason (the manager's "disagree, because …"): null; the response stays;
 * - midway_checks.note: null; checked on, checked with (codes) and RAG stay;
 * - contacts.with_whom is names ("Amara and her carer"): '' (the column is NOT NULL); note: null;
 *   the day, the kind and "seen alone" stay;
 * - review_monitoring.note (why red or amber): null; quality, assessment, RAG, active
 *   monitoring and themes stay;
 * - escalations.what_is_wrong and asking_for: '' (NOT NULL); theme, stage, addressee, dates,
 *   status and outcome stay; escalation_steps.text (a response's reason, a resolution or move
 *   note): null; kind, stage, response and "act by" stay.
 * `updated_at` is left alone: removing words is not a change to the action or escalation, and a
 * newer date would bring a long-finished action back onto its owner's list. Notifications about
 * these records hold no words (a kind and a link), so the staff's stay until their own retention.
 */
function eraseBetweenReviews(tx: Tx, youngPersonIds: readonly string[]) {
  for (const part of chunk(youngPersonIds)) {
    const actionsOf = tx
      .select({ id: reviewActions.id })
      .from(reviewActions)
      .where(inArray(reviewActions.youngPersonId, part));
    tx.update(actionUpdates)
      .set({ note: null })
      .where(inArray(actionUpdates.actionId, actionsOf))
      .run();
    tx.update(reviewActions)
      .set({ note: null, updatedAt: sql`${reviewActions.updatedAt}` })
      .where(inArray(reviewActions.youngPersonId, part))
      .run();
    tx.update(decisionAgreements)
      .set({ reason: null })
      .where(
        inArray(
          decisionAgreements.reviewId,
          tx.select({ id: reviews.id }).from(reviews).where(inArray(reviews.youngPersonId, part)),
        ),
      )
      .run();
    tx.update(midwayChecks)
      .set({ note: null })
      .where(inArray(midwayChecks.youngPersonId, part))
      .run();
    tx.update(contacts)
      .set({ withWhom: "", note: null })
      .where(inArray(contacts.youngPersonId, part))
      .run();
    tx.update(reviewMonitoring)
      .set({ note: null, updatedAt: sql`${reviewMonitoring.updatedAt}` })
      .where(inArray(reviewMonitoring.youngPersonId, part))
      .run();
    tx.update(escalationSteps)
      .set({ text: null })
      .where(
        inArray(
          escalationSteps.escalationId,
          tx
            .select({ id: escalations.id })
            .from(escalations)
            .where(inArray(escalations.youngPersonId, part)),
        ),
      )
      .run();
    tx.update(escalations)
      .set({ whatIsWrong: "", askingFor: "", updatedAt: sql`${escalations.updatedAt}` })
      .where(inArray(escalations.youngPersonId, part))
      .run();
  }
}

/**
 * A young person who left care has reached the organisation's age: their records are erased.
 * What "erased" means here, and why:
 * - drafts are deleted; sent statements become tombstones (as erasure), voice-note files go;
 * - letter drafts lose their words and the letter's recordings go; issued letter versions are
 *   frozen by database triggers (the council's statutory record of what it told the child) and
 *   stay: see docs/decisions (retention) for what erasing them would take;
 * - reviews keep their dates and codes (they count in past years' statutory returns) and lose
 *   the words: place, attendees, decisions, the reason a review was late;
 * - the young person's row is kept, anonymised (no name, case reference or needs; birthday
 *   reduced to the year): the audit (append-only) and the reviews point at it, and it must still
 *   say "someone was looked after here" for the counts;
 * - their account is disabled and stripped of name, username, passwords and email; their sessions,
 *   sign-in codes and notifications go;
 * - what happened between reviews (actions, agreements, midway checks, contacts, monitoring,
 *   escalations) keeps its facts and loses its words: see eraseBetweenReviews above.
 */
function eraseRecords(tx: Tx, youngPersonIds: readonly string[], at: string) {
  const files: { voiceNotes: string[]; letterRecordings: string[] } = {
    voiceNotes: [],
    letterRecordings: [],
  };
  for (const id of youngPersonIds) {
    const own = tx
      .select({ id: statements.id, status: statements.status })
      .from(statements)
      .where(eq(statements.youngPersonId, id))
      .all();
    files.voiceNotes.push(
      ...deleteStatements(
        tx,
        own.filter((s) => s.status === "draft").map((s) => s.id),
      ),
    );
    for (const s of own.filter((x) => x.status === "submitted"))
      files.voiceNotes.push(
        ...eraseStatementContent(tx, s.id, { at, by: null, reason: retentionReason }),
      );
    const letterIds = tx
      .update(letters)
      .set({ fields: {}, translation: {}, updatedAt: at })
      .where(eq(letters.youngPersonId, id))
      .returning({ id: letters.id })
      .all()
      .map((l) => l.id);
    if (letterIds.length)
      files.letterRecordings.push(
        ...tx
          .delete(letterRecordings)
          .where(inArray(letterRecordings.letterId, letterIds))
          .returning({ id: letterRecordings.id })
          .all()
          .map((r) => r.id),
      );
    tx.update(reviews)
      .set({ place: null, attendees: null, decisions: null, lateReasonOther: null, updatedAt: at })
      .where(eq(reviews.youngPersonId, id))
      .run();
    const person = tx
      .update(youngPeople)
      .set({
        givenName: "",
        familyName: "",
        caseReference: null,
        communicationNeeds: null,
        legalStatus: null,
        interpreterLanguage: null,
        dateOfBirth: sql`substr(${youngPeople.dateOfBirth}, 1, 4) || '-01-01'`,
        updatedAt: at,
      })
      .where(eq(youngPeople.id, id))
      .returning({ userId: youngPeople.userId })
      .get();
    const userId = person?.userId;
    if (userId) {
      tx.update(users)
        .set({
          displayName: "",
          username: `erased-${userId}`,
          passwordHash: null,
          picturePasswordHash: null,
          email: null,
          preferredLanguage: null,
          disabledAt: at,
          updatedAt: at,
        })
        .where(eq(users.id, userId))
        .run();
      tx.delete(sessions).where(eq(sessions.userId, userId)).run();
      tx.delete(signInCodes).where(eq(signInCodes.userId, userId)).run();
      tx.delete(notifications).where(eq(notifications.recipientUserId, userId)).run();
    }
  }
  eraseBetweenReviews(tx, youngPersonIds);
  return files;
}

/** The child is told, once, in their own language, that a draft will be deleted, with a link. */
function remindAboutDrafts(tx: Tx, plan: RetentionPlan, at: string) {
  if (!plan.draftReminders.length) return;
  const children = new Map(
    tx
      .select({ id: youngPeople.id, userId: youngPeople.userId })
      .from(youngPeople)
      .where(inArray(youngPeople.id, [...new Set(plan.draftReminders.map((d) => d.youngPersonId))]))
      .all()
      .map((p) => [p.id, p.userId]),
  );
  const items = plan.draftReminders.flatMap((d) => {
    // A draft begun with a worker ("together") is the child's; anyone else's is its author's.
    const recipient = d.helpedBy ? children.get(d.youngPersonId) : d.authorUserId;
    if (!recipient) return [];
    const question = d.currentQuestion ?? templateOf(d).questions[0]?.id;
    return [
      {
        organisationId: plan.organisationId,
        recipientUserId: recipient,
        kind: "draft_reminder" as const,
        link: `/me/statements/${d.id}/questions/${question}`,
        // The day it will be deleted, shown in the reminder.
        dueOn: addDays(todayInEngland(new Date(d.updatedAt)), plan.settings.retainDraftsDays),
        // One reminder for each time the draft was left: a later change earns a new one.
        dedupeKey: `draft_reminder:${d.id}:${d.updatedAt}`,
      },
    ];
  });
  notifyMany(items, tx);
  for (const part of chunk(plan.draftReminders.map((d) => d.id)))
    tx.update(statements)
      // Not a change to the draft: its age keeps counting from the child's last change.
      .set({ draftRemindedAt: at, updatedAt: sql`${statements.updatedAt}` })
      .where(inArray(statements.id, part))
      .run();
}

/** Carries out a plan and records the run. Returns what it removed, by kind. */
export function applyRetention(plan: RetentionPlan, now = new Date()): RetentionCounts {
  const at = now.toISOString();
  const counts = planCounts(plan);
  const files = getDb().transaction((tx) => {
    remindAboutDrafts(tx, plan, at);
    const gone = { voiceNotes: [] as string[], letterRecordings: [] as string[] };
    gone.voiceNotes.push(...deleteStatements(tx, plan.drafts));
    for (const part of chunk(plan.stash))
      tx.delete(pendingAnswers).where(inArray(pendingAnswers.id, part)).run();
    for (const id of plan.withdrawn)
      gone.voiceNotes.push(
        ...eraseStatementContent(tx, id, { at, by: null, reason: retentionReason }),
      );
    for (const part of chunk(plan.replacedVoiceNotes.map((v) => v.id))) {
      tx.delete(voiceNotes).where(inArray(voiceNotes.id, part)).run();
      gone.voiceNotes.push(...part);
    }
    for (const part of chunk(plan.notifications))
      tx.delete(notifications).where(inArray(notifications.id, part)).run();
    for (const part of chunk(plan.sessions))
      tx.delete(sessions).where(inArray(sessions.id, part)).run();
    const records = eraseRecords(tx, plan.records, at);
    gone.voiceNotes.push(...records.voiceNotes);
    gone.letterRecordings.push(...records.letterRecordings);
    tx.insert(retentionRuns)
      .values({ organisationId: plan.organisationId, ranAt: at, dryRun: false, counts })
      .run();
    return gone;
  });
  deleteVoiceNoteFiles(files.voiceNotes);
  for (const id of files.letterRecordings) rmSync(letterRecordingPath(id), { force: true });
  return counts;
}

export type RetentionReport = { organisationId: string; counts: RetentionCounts }[];

function organisationIds(only?: string) {
  return getDb()
    .select({ id: organisations.id })
    .from(organisations)
    .where(only ? eq(organisations.id, only) : undefined)
    .all()
    .map((o) => o.id);
}

/**
 * Retention for every organisation (or one). A dry run changes nothing; with `record` it notes
 * the counts as a dry run, so `npm run retention -- --dry-run` leaves a trace of what it saw.
 */
export function runRetention(
  options: { now?: Date; dryRun?: boolean; record?: boolean; organisationId?: string } = {},
): RetentionReport {
  const now = options.now ?? new Date();
  return organisationIds(options.organisationId).map((organisationId) => {
    const plan = planRetention(organisationId, now);
    if (!options.dryRun) return { organisationId, counts: applyRetention(plan, now) };
    const counts = planCounts(plan);
    if (options.record)
      getDb()
        .insert(retentionRuns)
        .values({ organisationId, ranAt: now.toISOString(), dryRun: true, counts })
        .run();
    return { organisationId, counts };
  });
}

/** The last real run of an organisation, or undefined. */
export function lastRetentionRun(organisationId: string) {
  return getDb()
    .select()
    .from(retentionRuns)
    .where(and(eq(retentionRuns.organisationId, organisationId), eq(retentionRuns.dryRun, false)))
    .orderBy(desc(retentionRuns.ranAt))
    .limit(1)
    .get();
}

/**
 * Once a day: the scheduler calls this every few minutes; each organisation is done once per
 * English calendar day, so a restart or a second process does not run it twice.
 */
export function runDailyRetention(now = new Date()): RetentionReport {
  const today = todayInEngland(now);
  return organisationIds()
    .filter((id) => {
      const last = lastRetentionRun(id);
      return !last || todayInEngland(new Date(last.ranAt)) !== today;
    })
    .map((organisationId) => ({
      organisationId,
      counts: applyRetention(planRetention(organisationId, now), now),
    }));
}
