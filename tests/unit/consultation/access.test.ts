import type { LoaderFunctionArgs } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { auditEvents, notifications, youngPeople, type Statement } from "#db/schema";
import { saveAnswer, startStatement } from "~/consultation/drafts.server";
import { getOwnDraft } from "~/consultation/own-statements.server";
import { getStatementToRead } from "~/consultation/reading.server";
import { replyToStatement } from "~/consultation/replies.server";
import { listOwnStatements, submitStatement } from "~/consultation/sending.server";
import { findTemplate } from "~/consultation/templates";
import { storeVoiceNote } from "~/consultation/voice-notes.server";
import { leaveTogether, startTogether } from "~/together/together.server";
import { loader as voiceNoteLoader } from "~/routes/statements.$statementId.voice-notes.$voiceNoteId";
import {
  allocate,
  buildOrganisation,
  buildUser,
  buildYoungPerson,
  requestFor,
  signedInAs,
} from "../../fixtures/builders";
import { silentWav } from "../../fixtures/audio";
import { statusOf } from "../../fixtures/status";

/*
 * Who may open, change, send and hear a statement begun in together mode: the child it belongs to;
 * the adult who helped only while together mode with that child lasts; afterwards only a reader
 * the child chose when sending.
 */

let organisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation();
});

const mySay = findTemplate("my-say")!;

async function family(options: { withAccount: boolean } = { withAccount: true }) {
  const child = signedInAs(await buildUser(organisationId, { role: "young_person" }));
  const worker = signedInAs(
    await buildUser(organisationId, { role: "social_worker", password: "worker-password" }),
  );
  const iro = signedInAs(
    await buildUser(organisationId, { role: "iro", password: "iro-password-1" }),
  );
  const carer = signedInAs(await buildUser(organisationId, { role: "carer" }));
  const youngPersonId = buildYoungPerson(organisationId, {
    userId: options.withAccount ? child.user.id : undefined,
    givenName: "Mika",
  });
  allocate(organisationId, youngPersonId, worker.user.id, "social_worker");
  allocate(organisationId, youngPersonId, iro.user.id, "iro");
  allocate(organisationId, youngPersonId, carer.user.id, "carer");
  return { child, worker, iro, carer, youngPersonId };
}

/** The adult's session narrowed to the child, as "Start together mode" does. */
function together(adult: ReturnType<typeof signedInAs>, youngPersonId: string) {
  startTogether(adult.request, adult.user, youngPersonId);
  return { ...adult.user, togetherYoungPersonId: youngPersonId };
}

/** Gives the password back, as "Finish (for the adult)" does. */
async function finish(adult: ReturnType<typeof signedInAs>, youngPersonId: string) {
  const inTogether = { ...adult.user, togetherYoungPersonId: youngPersonId };
  const password = adult.user.role === "iro" ? "iro-password-1" : "worker-password";
  const left = await leaveTogether(
    requestFor("/together/leave", { cookie: adult.cookie }),
    inTogether,
    password,
  );
  expect(left).toEqual({ ok: true });
}

function play(cookie: string, statementId: string, voiceNoteId: string) {
  const url = `/statements/${statementId}/voice-notes/${voiceNoteId}`;
  try {
    const response = voiceNoteLoader({
      request: requestFor(url, { cookie }),
      params: { statementId, voiceNoteId },
      context: {},
    } as LoaderFunctionArgs);
    return response.status;
  } catch (e) {
    if (e instanceof Response) return e.status;
    throw e;
  }
}

async function recordVoiceNote(statement: Statement) {
  const file = new File([new Uint8Array(silentWav(1))], "voice-note.wav", { type: "audio/wav" });
  const stored = await storeVoiceNote(statement, "tellIro", file, "en");
  if (!stored.ok) throw new Error(stored.error);
  saveAnswer(statement, "tellIro", { voiceNoteId: stored.id, language: "en" }, "tellIroWords");
  return stored.id;
}

describe("a draft begun in together mode", () => {
  it("is the child's: the worker reaches it only until together mode ends", async () => {
    const { child, worker, youngPersonId } = await family();
    const helping = together(worker, youngPersonId);
    const draft = startStatement(helping, mySay, "en", youngPersonId);
    expect(draft).toMatchObject({ authorUserId: child.user.id, helpedBy: worker.user.id });
    saveAnswer(draft, "home", "feeling-good", "school");
    expect(statusOf(() => getOwnDraft(helping, draft.id))).toBe("ok");
    expect(startStatement(helping, mySay, "en", youngPersonId).id).toBe(draft.id);

    await finish(worker, youngPersonId);
    expect(statusOf(() => getOwnDraft(worker.user, draft.id))).toBe(404);
    expect(statusOf(() => getStatementToRead(worker.user, draft.id))).toBe(404);

    // The child signs in and carries on where they stopped, with what they chose kept.
    const again = startStatement(child.user, mySay, "en", youngPersonId);
    expect(again.id).toBe(draft.id);
    expect(again).toMatchObject({ currentQuestion: "school", answers: { home: "feeling-good" } });
    expect(statusOf(() => getOwnDraft(child.user, draft.id))).toBe("ok");
  });

  it("is the child's with an IRO helping too, and the IRO loses it on leaving", async () => {
    const { child, iro, youngPersonId } = await family();
    const helping = together(iro, youngPersonId);
    const draft = startStatement(helping, mySay, "en", youngPersonId);
    await finish(iro, youngPersonId);
    expect(statusOf(() => getOwnDraft(iro.user, draft.id))).toBe(404);
    expect(statusOf(() => getStatementToRead(iro.user, draft.id))).toBe(404);
    expect(statusOf(() => getOwnDraft(child.user, draft.id))).toBe("ok");
  });

  it("reaches only that child's forms while together mode lasts", async () => {
    const { worker, youngPersonId } = await family();
    const other = await family();
    allocate(organisationId, other.youngPersonId, worker.user.id, "social_worker");
    // A draft the child began alone stays private to the child, even with the worker beside them.
    const alone = startStatement(other.child.user, mySay, "en", other.youngPersonId);
    const withOther = together(worker, other.youngPersonId);
    expect(statusOf(() => getOwnDraft(withOther, alone.id))).toBe(404);
    const helped = startStatement(withOther, mySay, "en", other.youngPersonId);
    expect(helped.id).not.toBe(alone.id);
    const helping = together(worker, youngPersonId);
    expect(statusOf(() => getOwnDraft(helping, helped.id))).toBe(404);
    expect(statusOf(() => getStatementToRead(helping, helped.id))).toBe(404);
  });

  it("stays the child's when the child has no account yet: the worker still loses it", async () => {
    const { child, worker, youngPersonId } = await family({ withAccount: false });
    const helping = together(worker, youngPersonId);
    const draft = startStatement(helping, mySay, "en", youngPersonId);
    saveAnswer(draft, "tellIroWords", { text: "more football" }, null);
    submitStatement(worker.request, helping, getOwnDraft(helping, draft.id), "iro");
    await finish(worker, youngPersonId);
    expect(statusOf(() => getStatementToRead(worker.user, draft.id))).toBe(404);
    expect(listOwnStatements(worker.user).map((s) => s.id)).not.toContain(draft.id);

    // When the child is given an account later, what they said with the worker is theirs.
    getDb()
      .update(youngPeople)
      .set({ userId: child.user.id })
      .where(eq(youngPeople.id, youngPersonId))
      .run();
    expect(listOwnStatements(child.user).map((s) => s.id)).toEqual([draft.id]);
  });

  it("once sent, is in the child's list, and a reply tells the child", async () => {
    const { child, worker, iro, youngPersonId } = await family();
    const helping = together(worker, youngPersonId);
    const draft = startStatement(helping, mySay, "en", youngPersonId);
    saveAnswer(draft, "home", "feeling-great", null);
    submitStatement(worker.request, helping, getOwnDraft(helping, draft.id), "iro");
    expect(listOwnStatements(child.user).map((s) => s.id)).toEqual([draft.id]);
    replyToStatement(iro.request, iro.user, draft.id, "Thank you, Mika");
    const told = getDb()
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipientUserId, child.user.id), eq(notifications.kind, "reply")))
      .all();
    expect(told).toHaveLength(1);
  });
});

describe("voice notes", () => {
  it("play for the child and a reader they chose; after together mode, never for the helper", async () => {
    const { child, worker, iro, carer, youngPersonId } = await family();
    const helping = together(worker, youngPersonId);
    const draft = startStatement(helping, mySay, "en", youngPersonId);
    const voiceNoteId = await recordVoiceNote(draft);
    // The child hears it back with the worker beside them.
    expect(play(worker.cookie, draft.id, voiceNoteId)).toBe(200);

    await finish(worker, youngPersonId);
    expect(play(worker.cookie, draft.id, voiceNoteId)).toBe(404);
    expect(play(child.cookie, draft.id, voiceNoteId)).toBe(200);
    // Nobody else reads a draft.
    expect(play(iro.cookie, draft.id, voiceNoteId)).toBe(404);

    // The child sends it to the IRO alone: the IRO may listen (audited), the worker still not.
    submitStatement(child.request, child.user, getOwnDraft(child.user, draft.id), "iro");
    expect(play(iro.cookie, draft.id, voiceNoteId)).toBe(200);
    expect(play(worker.cookie, draft.id, voiceNoteId)).toBe(404);
    expect(play(carer.cookie, draft.id, voiceNoteId)).toBe(404);
    const played = getDb()
      .select({ actor: auditEvents.actorUserId })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "voice_note_played"), eq(auditEvents.subjectId, voiceNoteId)),
      )
      .all();
    expect(played).toEqual([{ actor: iro.user.id }]);

    // Back in together mode, the sent statement's recording is not the helper's to hear.
    together(worker, youngPersonId);
    expect(play(worker.cookie, draft.id, voiceNoteId)).toBe(404);
  });

  it("play for the worker as a reader when the child shared the sent statement with them", async () => {
    const { child, worker, youngPersonId } = await family();
    const helping = together(worker, youngPersonId);
    const draft = startStatement(helping, mySay, "en", youngPersonId);
    const voiceNoteId = await recordVoiceNote(draft);
    await finish(worker, youngPersonId);
    submitStatement(
      child.request,
      child.user,
      getOwnDraft(child.user, draft.id),
      "iro-and-social-worker",
    );
    expect(getStatementToRead(worker.user, draft.id).asReader).toBe(true);
    expect(play(worker.cookie, draft.id, voiceNoteId)).toBe(200);
  });

  it("answer 404 to an IRO of another child and to a statement id that does not exist", async () => {
    const { child, youngPersonId } = await family();
    const stranger = signedInAs(await buildUser(organisationId, { role: "iro" }));
    const draft = startStatement(child.user, mySay, "en", youngPersonId);
    const voiceNoteId = await recordVoiceNote(draft);
    submitStatement(child.request, child.user, getOwnDraft(child.user, draft.id), "iro");
    expect(play(stranger.cookie, draft.id, voiceNoteId)).toBe(404);
    expect(play(child.cookie, "no-such-statement", voiceNoteId)).toBe(404);
    expect(play(child.cookie, draft.id, "no-such-note")).toBe(404);
  });
});

/** A tiny, valid WAV file of silence. */
