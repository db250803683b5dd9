import { eq } from "drizzle-orm";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import {
  auditEvents,
  notifications,
  pendingAnswers,
  retentionRuns,
  sessions,
  statements,
  statementWithdrawals,
  voiceNotes,
  youngPeople,
} from "#db/schema";
import { dataDirectory } from "~/env.server";
import { noCounts } from "~/retention/rules";
import { runDailyRetention, runRetention } from "~/retention/run.server";
import { buildOrganisation, buildUser, buildYoungPerson } from "../../fixtures/builders";

/*
 * One organisation holding exactly one thing due under each rule, and one just short of it.
 * "Today" is 2025-09-01 (12:00 in London).
 */
const now = new Date("2025-09-01T11:00:00Z");
const daysAgo = (n: number, time = "10:00:00") => {
  const d = new Date(`2025-09-01T${time}.000Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString();
};

let organisationId: string;
let childUserId: string;
let youngPersonId: string;
let leaverId: string;
const ids: Record<string, string> = {};

function statement(name: string, values: Partial<typeof statements.$inferInsert>) {
  const row = getDb()
    .insert(statements)
    .values({
      organisationId,
      youngPersonId,
      authorUserId: childUserId,
      templateId: "my-say",
      templateVersion: 1,
      language: "en",
      answers: { tellIro: { text: "Invented words for a test", language: "en" } },
      ...values,
    })
    .returning({ id: statements.id })
    .get();
  ids[name] = row.id;
  return row.id;
}

function voiceNote(name: string, statementId: string, createdAt: string) {
  const row = getDb()
    .insert(voiceNotes)
    .values({
      organisationId,
      statementId,
      questionId: "tellIro",
      mimeType: "audio/wav",
      bytes: 4,
      language: "en",
      createdAt,
    })
    .returning({ id: voiceNotes.id })
    .get();
  mkdirSync(path.join(dataDirectory(), "voice-notes"), { recursive: true });
  writeFileSync(path.join(dataDirectory(), "voice-notes", row.id), "RIFF");
  ids[name] = row.id;
  return row.id;
}
const fileOf = (id: string) => path.join(dataDirectory(), "voice-notes", id);

beforeAll(async () => {
  organisationId = buildOrganisation("Retention Borough Council");
  const child = await buildUser(organisationId, { role: "young_person", preferredLanguage: "ar" });
  childUserId = child.id;
  youngPersonId = buildYoungPerson(organisationId, { userId: child.id });
  const db = getDb();

  statement("oldDraft", { updatedAt: daysAgo(90) });
  statement("youngDraft", { updatedAt: daysAgo(89) });
  statement("remindDraft", { updatedAt: daysAgo(60), currentQuestion: "tellIro" });
  const old = statement("oldWithdrawn", { status: "submitted", submittedAt: daysAgo(400) });
  const recent = statement("recentWithdrawn", { status: "submitted", submittedAt: daysAgo(400) });
  db.insert(statementWithdrawals)
    .values({ statementId: old, byUserId: childUserId, at: daysAgo(365) })
    .run();
  db.insert(statementWithdrawals)
    .values({ statementId: recent, byUserId: childUserId, at: daysAgo(364) })
    .run();

  // A sent statement whose answer is the second recording: the first was replaced.
  const sent = statement("sent", { status: "submitted", submittedAt: daysAgo(3) });
  voiceNote("replaced", sent, daysAgo(4));
  const current = voiceNote("current", sent, daysAgo(3));
  db.update(statements)
    .set({ answers: { tellIro: { voiceNoteId: current, language: "en" } } })
    .where(eq(statements.id, sent))
    .run();

  for (const [name, at] of [
    ["oldStash", daysAgo(7)],
    ["youngStash", daysAgo(6)],
  ] as const) {
    ids[name] = `stash-${name}`;
    db.insert(pendingAnswers)
      .values({
        id: ids[name]!,
        statementId: ids.youngDraft!,
        questionId: "tellIro",
        fields: { a: ["b"] },
        createdAt: at,
      })
      .run();
  }
  for (const [name, at] of [
    ["oldNote", daysAgo(365)],
    ["youngNote", daysAgo(364)],
  ] as const) {
    ids[name] = db
      .insert(notifications)
      .values({
        organisationId,
        recipientUserId: childUserId,
        kind: "reply",
        channel: "app",
        link: "/me",
        dedupeKey: name,
        createdAt: at,
      })
      .returning({ id: notifications.id })
      .get().id;
  }
  for (const [name, expiresAt] of [
    ["endedSession", daysAgo(2)],
    ["liveSession", daysAgo(-1)],
  ] as const) {
    ids[name] = name;
    db.insert(sessions)
      .values({
        id: name,
        userId: childUserId,
        organisationId,
        csrfToken: "x",
        lastSeenAt: expiresAt,
        expiresAt,
      })
      .run();
  }
  // Left care long ago; 75 on 1 September 2025.
  leaverId = buildYoungPerson(organisationId, { givenName: "Alex", dateOfBirth: "1950-09-01" });
  db.update(youngPeople)
    .set({ leftCareOn: "1968-09-01" })
    .where(eq(youngPeople.id, leaverId))
    .run();
  const leaverStatement = statement("leaverStatement", {
    youngPersonId: leaverId,
    status: "submitted",
    submittedAt: "1967-01-01T10:00:00.000Z",
  });
  voiceNote("leaverVoice", leaverStatement, "1967-01-01T10:00:00.000Z");
  db.update(statements)
    .set({ answers: { tellIro: { voiceNoteId: ids.leaverVoice, language: "en" } } })
    .where(eq(statements.id, leaverStatement))
    .run();
  // Not yet 75: kept.
  buildYoungPerson(organisationId, { givenName: "Kim", dateOfBirth: "1950-09-02" });
});

const expected = {
  ...noCounts(),
  // The draft 60 days old and the one 89 days old (never reminded: it is, before it goes).
  draftReminders: 2,
  drafts: 1,
  stash: 1,
  withdrawn: 1,
  replacedVoiceNotes: 1,
  notifications: 1,
  sessions: 1,
  records: 1,
};

describe("retention", () => {
  it("a dry run counts what is due and removes nothing", () => {
    const [report] = runRetention({ now, dryRun: true, organisationId });
    expect(report!.counts).toEqual(expected);
    const db = getDb();
    expect(
      db.select().from(statements).where(eq(statements.id, ids.oldDraft!)).get(),
    ).toBeDefined();
    expect(db.select().from(sessions).where(eq(sessions.id, "endedSession")).get()).toBeDefined();
    expect(existsSync(fileOf(ids.replaced!))).toBe(true);
    expect(db.select().from(retentionRuns).all()).toHaveLength(0);
  });

  it("a run removes exactly what is due and records the counts, never content", () => {
    const auditBefore = getDb().select().from(auditEvents).all().length;
    const [report] = runDailyRetention(now);
    expect(report!.counts).toEqual(expected);
    const db = getDb();
    const statementIds = new Set(
      db
        .select({ id: statements.id })
        .from(statements)
        .all()
        .map((s) => s.id),
    );
    expect(statementIds.has(ids.oldDraft!)).toBe(false);
    expect(statementIds.has(ids.youngDraft!)).toBe(true);

    const reminder = db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, "draft_reminder"))
      .all();
    expect(reminder).toHaveLength(2);
    const sixty = reminder.find((r) => r.link.includes(ids.remindDraft!))!;
    expect(sixty.recipientUserId).toBe(childUserId);
    expect(sixty.link).toBe(`/me/statements/${ids.remindDraft}/questions/tellIro`);
    // Deleted 90 days after the last change: 30 days from today.
    expect(sixty.dueOn).toBe("2025-10-01");

    const pending = db
      .select({ id: pendingAnswers.id })
      .from(pendingAnswers)
      .all()
      .map((p) => p.id);
    expect(pending).toEqual([ids.youngStash]);

    const withdrawn = db
      .select()
      .from(statements)
      .where(eq(statements.id, ids.oldWithdrawn!))
      .get()!;
    expect(withdrawn.answers).toEqual({});
    expect(withdrawn.erasedReason).toBe("retention");
    const kept = db.select().from(statements).where(eq(statements.id, ids.recentWithdrawn!)).get()!;
    expect(kept.erasedAt).toBeNull();
    expect(kept.answers).not.toEqual({});

    expect(existsSync(fileOf(ids.replaced!))).toBe(false);
    expect(existsSync(fileOf(ids.current!))).toBe(true);

    const noteIds = db
      .select({ id: notifications.id })
      .from(notifications)
      .all()
      .map((n) => n.id);
    expect(noteIds).not.toContain(ids.oldNote);
    expect(noteIds).toContain(ids.youngNote);

    const sessionIds = db
      .select({ id: sessions.id })
      .from(sessions)
      .all()
      .map((s) => s.id);
    expect(sessionIds).toEqual(["liveSession"]);

    const leaver = db.select().from(youngPeople).where(eq(youngPeople.id, leaverId)).get()!;
    expect(leaver.givenName).toBe("");
    expect(leaver.dateOfBirth).toBe("1950-01-01");
    const leaverStatement = db
      .select()
      .from(statements)
      .where(eq(statements.id, ids.leaverStatement!))
      .get()!;
    expect(leaverStatement.answers).toEqual({});
    expect(existsSync(fileOf(ids.leaverVoice!))).toBe(false);
    const kim = db
      .select()
      .from(youngPeople)
      .all()
      .find((p) => p.givenName === "Kim");
    expect(kim).toBeDefined();

    const runs = db.select().from(retentionRuns).all();
    expect(runs).toHaveLength(1);
    expect(runs[0]!.counts).toEqual(expected);
    expect(JSON.stringify(runs[0])).not.toContain("Invented words");
    // The audit is untouched.
    expect(db.select().from(auditEvents).all().length).toBe(auditBefore);
  });

  it("the scheduler does it once a day; a second run the same day removes nothing", () => {
    expect(runDailyRetention(new Date("2025-09-01T20:00:00Z"))).toEqual([]);
  });

  it("running again the next day removes nothing more", () => {
    const [report] = runRetention({ now, organisationId });
    expect(report!.counts).toEqual(noCounts());
  });
});
