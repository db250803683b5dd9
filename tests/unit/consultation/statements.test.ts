import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { allocations, auditEvents, urgentAlerts } from "#db/schema";
import { acknowledgeAlert, listOpenAlerts } from "~/consultation/alerts.server";
import { saveAnswer, startStatement } from "~/consultation/drafts.server";
import { getOwnStatement } from "~/consultation/own-statements.server";
import { listReadableStatements, openStatementAsReader } from "~/consultation/reading.server";
import { replyToStatement } from "~/consultation/replies.server";
import {
  listOwnStatements,
  submitStatement,
  withdrawStatement,
} from "~/consultation/sending.server";
import { findTemplate } from "~/consultation/templates";
import { addDays, todayInEngland } from "~/dates/calendar";
import {
  allocate,
  buildOrganisation,
  buildUser,
  buildYoungPerson,
  signedInAs,
} from "../../fixtures/builders";
import { statusOf } from "../../fixtures/status";

let organisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation();
});

async function family() {
  const child = signedInAs(await buildUser(organisationId, { role: "young_person" }));
  const iro = signedInAs(
    await buildUser(organisationId, { role: "iro", displayName: "Iro Reader" }),
  );
  const worker = signedInAs(await buildUser(organisationId, { role: "social_worker" }));
  const carer = signedInAs(await buildUser(organisationId, { role: "carer" }));
  const youngPersonId = buildYoungPerson(organisationId, { userId: child.user.id });
  allocate(organisationId, youngPersonId, iro.user.id, "iro");
  allocate(organisationId, youngPersonId, worker.user.id, "social_worker");
  allocate(organisationId, youngPersonId, carer.user.id, "carer");
  return { child, iro, worker, carer, youngPersonId };
}

describe("drafts", () => {
  it("every answer is saved, and the young person comes back to where they stopped", async () => {
    const { child, youngPersonId } = await family();
    const template = findTemplate("getting-ready")!;
    const draft = startStatement(child.user, template, "ti", youngPersonId);
    expect(saveAnswer(draft, "home", "feeling-good", "school")).toEqual({ ok: true });
    const again = startStatement(child.user, template, "ti", youngPersonId);
    expect(again.id).toBe(draft.id);
    expect(again.currentQuestion).toBe("school");
    expect(again.answers).toEqual({ home: "feeling-good" });
    expect(again.templateVersion).toBe(template.version);
  });

  it("a bad answer is not saved and says how to fix it", async () => {
    const { child, youngPersonId } = await family();
    const draft = startStatement(child.user, findTemplate("getting-ready")!, "en", youngPersonId);
    expect(saveAnswer(draft, "when", "2027-02-31", "chair")).toEqual({
      ok: false,
      error: "consultation:errors.date",
    });
    expect(getOwnStatement(child.user, draft.id).answers).toEqual({});
  });

  it("skipping removes an earlier answer", async () => {
    const { child, youngPersonId } = await family();
    const draft = startStatement(child.user, findTemplate("good-news")!, "en", youngPersonId);
    saveAnswer(draft, "feeling", "feeling-great", "tellMore");
    saveAnswer(getOwnStatement(child.user, draft.id), "feeling", undefined, "tellMore");
    expect(getOwnStatement(child.user, draft.id).answers).toEqual({});
  });

  it("another young person's statement is 404", async () => {
    const a = await family();
    const b = await family();
    const draft = startStatement(a.child.user, findTemplate("change")!, "en", a.youngPersonId);
    expect(statusOf(() => getOwnStatement(b.child.user, draft.id))).toBe(404);
  });
});

describe("sending, reading and taking back", () => {
  it("'my IRO only': the IRO reads it, the social worker and carer get 404, and the child sees who read it", async () => {
    const { child, iro, worker, carer, youngPersonId } = await family();
    const draft = startStatement(child.user, findTemplate("getting-ready")!, "en", youngPersonId);
    saveAnswer(draft, "home", "feeling-good", null);
    submitStatement(child.request, child.user, getOwnStatement(child.user, draft.id), "iro");

    expect(listReadableStatements(iro.user).map((s) => s.id)).toContain(draft.id);
    expect(listReadableStatements(worker.user).map((s) => s.id)).not.toContain(draft.id);
    expect(statusOf(() => openStatementAsReader(worker.request, worker.user, draft.id))).toBe(404);
    expect(statusOf(() => openStatementAsReader(carer.request, carer.user, draft.id))).toBe(404);

    expect(listOwnStatements(child.user)[0]?.readBy).toEqual([]);
    openStatementAsReader(iro.request, iro.user, draft.id);
    expect(listOwnStatements(child.user)[0]?.readBy.map((r) => r.displayName)).toEqual([
      "Iro Reader",
    ]);

    replyToStatement(iro.request, iro.user, draft.id, "Thank you for telling me.");
    expect(listOwnStatements(child.user)[0]?.replies.map((r) => [r.displayName, r.text])).toEqual([
      ["Iro Reader", "Thank you for telling me."],
    ]);
    expect(statusOf(() => replyToStatement(worker.request, worker.user, draft.id, "Hello"))).toBe(
      404,
    );
    const audited = getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, draft.id))
      .all();
    expect(audited.map((e) => e.action)).toEqual(
      expect.arrayContaining(["statement_submitted", "statement_read", "statement_replied"]),
    );
  });

  it("when the IRO's allocation ends, the statement leaves their list and opening it is 404", async () => {
    const { child, iro, youngPersonId } = await family();
    const draft = startStatement(child.user, findTemplate("good-news")!, "en", youngPersonId);
    submitStatement(child.request, child.user, getOwnStatement(child.user, draft.id), "iro");
    expect(listReadableStatements(iro.user).map((s) => s.id)).toContain(draft.id);

    getDb()
      .update(allocations)
      .set({ endsOn: addDays(todayInEngland(), -1) })
      .where(and(eq(allocations.youngPersonId, youngPersonId), eq(allocations.userId, iro.user.id)))
      .run();
    expect(listReadableStatements(iro.user).map((s) => s.id)).not.toContain(draft.id);
    expect(statusOf(() => openStatementAsReader(iro.request, iro.user, draft.id))).toBe(404);
  });

  it("a statement can be taken back until it is read; it then leaves the IRO's list but stays on record", async () => {
    const { child, iro, youngPersonId } = await family();
    const draft = startStatement(child.user, findTemplate("good-news")!, "en", youngPersonId);
    submitStatement(child.request, child.user, getOwnStatement(child.user, draft.id), "iro");
    expect(
      withdrawStatement(child.request, child.user, getOwnStatement(child.user, draft.id)),
    ).toBe(true);
    expect(listReadableStatements(iro.user).map((s) => s.id)).not.toContain(draft.id);
    expect(listOwnStatements(child.user).find((s) => s.id === draft.id)?.withdrawnAt).toBeTruthy();

    const read = startStatement(child.user, findTemplate("change")!, "en", youngPersonId);
    submitStatement(child.request, child.user, getOwnStatement(child.user, read.id), "iro");
    openStatementAsReader(iro.request, iro.user, read.id);
    expect(withdrawStatement(child.request, child.user, getOwnStatement(child.user, read.id))).toBe(
      false,
    );
  });

  it("an unsafe worry reaches the social worker too and raises an alert until acknowledged", async () => {
    const { child, iro, worker, youngPersonId } = await family();
    const draft = startStatement(child.user, findTemplate("worried")!, "en", youngPersonId);
    saveAnswer(draft, "safeNow", "not-safe", null);
    const sent = submitStatement(
      child.request,
      child.user,
      getOwnStatement(child.user, draft.id),
      "iro",
    );
    expect(sent.urgent).toBe(true);
    expect(listReadableStatements(worker.user).map((s) => s.id)).toContain(draft.id);
    const [alert] = listOpenAlerts(worker.user);
    expect(alert?.statementId).toBe(draft.id);
    expect(listOpenAlerts(iro.user).map((a) => a.id)).toContain(alert!.id);

    acknowledgeAlert(worker.request, worker.user, alert!.id);
    expect(listOpenAlerts(iro.user).map((a) => a.id)).not.toContain(alert!.id);
    const row = getDb().select().from(urgentAlerts).where(eq(urgentAlerts.id, alert!.id)).get();
    expect(row?.acknowledgedBy).toBe(worker.user.id);
    expect(row?.acknowledgedAt).toBeTruthy();
  });
});
