import { ageOn, daysBetween, todayInEngland } from "~/dates/calendar";

/*
 * Which rows retention removes today: pure rules, no I/O. Ages are counted in whole days of the
 * English calendar (a draft touched on 1 March is 90 days old on 30 May), so a run at 00:30 and
 * one at 23:30 agree. The defaults and their reasons are in the README ("Retention").
 */

export type RetentionSettings = {
  retainDraftsDays: number;
  remindDraftsDays: number;
  retainStashDays: number;
  retainWithdrawnDays: number;
  retainNotificationsDays: number;
  retainRecordsUntilAge: number;
};

export const retentionDefaults: RetentionSettings = {
  retainDraftsDays: 90,
  remindDraftsDays: 60,
  retainStashDays: 7,
  retainWithdrawnDays: 365,
  retainNotificationsDays: 365,
  retainRecordsUntilAge: 75,
};

/** What a run removes, by kind; the words of a count on the pages are `retention:kinds.<kind>`. */
export const retentionKinds = [
  "draftReminders",
  "drafts",
  "stash",
  "withdrawn",
  "replacedVoiceNotes",
  "notifications",
  "sessions",
  "records",
] as const;
export type RetentionKind = (typeof retentionKinds)[number];
export type RetentionCounts = Record<RetentionKind, number>;

export const noCounts = (): RetentionCounts =>
  Object.fromEntries(retentionKinds.map((k) => [k, 0])) as RetentionCounts;

/** Whole days from an ISO time (or date) to `today`, on the English calendar. */
export function ageInDays(at: string, today: string): number {
  const day = at.length > 10 ? todayInEngland(new Date(at)) : at;
  return daysBetween(day, today);
}

type Draft = { status: string; updatedAt: string; draftRemindedAt: string | null };

/**
 * A draft never sent goes `retainDraftsDays` after it was last changed: a child still writing
 * keeps it. Day 89 stays, day 90 goes.
 */
export function isDraftDue(draft: Draft, today: string, s: RetentionSettings): boolean {
  return draft.status === "draft" && ageInDays(draft.updatedAt, today) >= s.retainDraftsDays;
}

/**
 * The child is reminded once, `remindDraftsDays` after the last change, while the draft is still
 * kept. Changing the draft after a reminder starts the count again, so a later reminder is due.
 */
export function isDraftReminderDue(draft: Draft, today: string, s: RetentionSettings): boolean {
  if (draft.status !== "draft" || isDraftDue(draft, today, s)) return false;
  if (draft.draftRemindedAt && draft.draftRemindedAt >= draft.updatedAt) return false;
  return ageInDays(draft.updatedAt, today) >= s.remindDraftsDays;
}

/** Answers stashed when a session ended: gone `retainStashDays` after they were kept. */
export function isStashDue(stash: { createdAt: string }, today: string, s: RetentionSettings) {
  return ageInDays(stash.createdAt, today) >= s.retainStashDays;
}

/** A withdrawn statement's words: erased `retainWithdrawnDays` after it was withdrawn, once. */
export function isWithdrawnDue(
  statement: { withdrawnAt: string; erasedAt: string | null },
  today: string,
  s: RetentionSettings,
): boolean {
  return !statement.erasedAt && ageInDays(statement.withdrawnAt, today) >= s.retainWithdrawnDays;
}

/** A notification: gone `retainNotificationsDays` after it was made, read or not. */
export function isNotificationDue(
  notification: { createdAt: string },
  today: string,
  s: RetentionSettings,
): boolean {
  return ageInDays(notification.createdAt, today) >= s.retainNotificationsDays;
}

/**
 * How long an ended session's row is kept: a day, the time in which an answer posted just after
 * it ended is still taken back (app/consultation/pending.server.ts needs the ended row for that).
 */
export const endedSessionGraceMs = 24 * 60 * 60 * 1000;

/** A session goes once it has ended (expired or signed out) and the day's grace has passed. */
export function isSessionDue(
  session: { expiresAt: string; revokedAt: string | null },
  now: Date,
): boolean {
  const ended = Math.min(
    Date.parse(session.expiresAt),
    session.revokedAt ? Date.parse(session.revokedAt) : Infinity,
  );
  return now.getTime() - ended >= endedSessionGraceMs;
}

/**
 * A recording replaced by another (or taken out of the answer) is no longer the child's answer:
 * it goes. `answers` is its statement's answers now. A recording made in the last hour is left
 * alone: the page that stores it writes the answer just after.
 */
export function isReplacedVoiceNote(
  note: { id: string; questionId: string; createdAt: string; erasedAt: string | null },
  answers: Record<string, unknown>,
  now: Date,
): boolean {
  if (note.erasedAt) return false;
  if (now.getTime() - Date.parse(note.createdAt) < 60 * 60 * 1000) return false;
  const answer = answers[note.questionId] as { voiceNoteId?: string } | undefined;
  return answer?.voiceNoteId !== note.id;
}

/**
 * The records of a young person who left care are kept until they reach the organisation's age
 * (commonly their 75th birthday) and erased from that day; a record already erased is not again.
 */
export function isRecordDue(
  person: { leftCareOn: string | null; dateOfBirth: string; isErased: boolean },
  today: string,
  s: RetentionSettings,
): boolean {
  if (!person.leftCareOn || person.isErased) return false;
  return ageOn(person.dateOfBirth, today) >= s.retainRecordsUntilAge;
}
