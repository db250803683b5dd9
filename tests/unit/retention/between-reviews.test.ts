import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import {
  actionUpdates,
  contacts,
  decisionAgreements,
  escalationSteps,
  escalations,
  midwayChecks,
  reviewActions,
  reviewMonitoring,
  youngPeople,
} from "#db/schema";
import { runRetention } from "~/retention/run.server";
import {
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
} from "../../fixtures/builders";

/*
 * What happened between reviews (issue 18) when a record reaches the end of retention: the words
 * go, the facts the returns and monitoring figures count stay. Two children with the same records:
 * Alex left care and is 75 today; Kim is still looked after. "Today" is 2025-09-01.
 */
const now = new Date("2025-09-01T11:00:00Z");
const words = (who: string, what: string) => `Invented ${what} about ${who}`;

let organisationId: string;
let leaverId: string;
let keptId: string;
const recordIds: Record<string, Record<string, string>> = {};

async function between(youngPersonId: string, who: string, iroId: string, managerId: string) {
  const db = getDb();
  const reviewId = buildReview(organisationId, youngPersonId, "2024-03-01", {
    status: "held",
    heldOn: "2024-03-01",
  });
  const action = db
    .insert(reviewActions)
    .values({
      organisationId,
      reviewId,
      youngPersonId,
      position: 0,
      ownerRole: "social_worker",
      dueOn: "2024-04-01",
      state: "not_done",
      note: words(who, "action note"),
      updatedAt: "2024-04-02T09:00:00.000Z",
    })
    .returning()
    .get();
  for (const [state, note] of [
    ["in_progress", words(who, "first update")],
    ["not_done", words(who, "second update")],
  ] as const)
    db.insert(actionUpdates)
      .values({ organisationId, actionId: action.id, state, note, byUserId: iroId })
      .run();
  db.insert(decisionAgreements)
    .values({
      organisationId,
      reviewId,
      managerUserId: managerId,
      dueOn: "2024-03-08",
      response: "disagree",
      reason: words(who, "disagreement"),
      respondedAt: "2024-03-05T10:00:00.000Z",
    })
    .run();
  const check = db
    .insert(midwayChecks)
    .values({
      organisationId,
      youngPersonId,
      reviewId,
      dueOn: "2024-06-01",
      checkedOn: "2024-06-03",
      checkedWith: ["social_worker", "young_person"],
      rag: "amber",
      note: words(who, "midway note"),
      recordedBy: iroId,
    })
    .returning()
    .get();
  const contact = db
    .insert(contacts)
    .values({
      organisationId,
      youngPersonId,
      byUserId: iroId,
      contactOn: "2024-05-10",
      kind: "visit",
      withWhom: words(who, "carer's name"),
      seenAlone: true,
      note: words(who, "contact note"),
    })
    .returning()
    .get();
  const monitoring = db
    .insert(reviewMonitoring)
    .values({
      organisationId,
      reviewId,
      youngPersonId,
      planQuality: "requires_improvement",
      currentAssessment: false,
      rag: "red",
      activeMonitoring: true,
      concerns: ["education", "drift_and_delay"],
      note: words(who, "reason for red"),
      recordedBy: iroId,
    })
    .returning()
    .get();
  const escalation = db
    .insert(escalations)
    .values({
      organisationId,
      youngPersonId,
      raisedBy: iroId,
      theme: "education",
      whatIsWrong: words(who, "worry"),
      askingFor: words(who, "request"),
      stagePosition: 1,
      addressedTo: managerId,
      respondBy: "2024-06-20",
      status: "resolved",
      outcome: "partly_resolved",
      resolvedAt: "2024-07-01T10:00:00.000Z",
      midwayCheckId: check.id,
      updatedAt: "2024-07-01T10:00:00.000Z",
    })
    .returning()
    .get();
  for (const [kind, text] of [
    ["raised", null],
    ["responded", words(who, "response")],
    ["moved", words(who, "move note")],
    ["resolved", words(who, "resolution")],
  ] as const)
    db.insert(escalationSteps)
      .values({
        organisationId,
        escalationId: escalation.id,
        kind,
        stagePosition: kind === "raised" ? 0 : 1,
        byUserId: kind === "responded" ? managerId : iroId,
        response: kind === "responded" ? "disagree" : null,
        text,
      })
      .run();
  recordIds[who] = {
    action: action.id,
    check: check.id,
    contact: contact.id,
    monitoring: monitoring.id,
    escalation: escalation.id,
    review: reviewId,
  };
}

/** Every row of the between-reviews tables, to compare before and after a run. */
function snapshot() {
  const db = getDb();
  return JSON.stringify([
    db.select().from(reviewActions).all(),
    db.select().from(actionUpdates).all(),
    db.select().from(decisionAgreements).all(),
    db.select().from(midwayChecks).all(),
    db.select().from(contacts).all(),
    db.select().from(reviewMonitoring).all(),
    db.select().from(escalations).all(),
    db.select().from(escalationSteps).all(),
  ]);
}

/** One child's rows, by their records' ids. */
function rowsOf(who: string) {
  const db = getDb();
  const ids = recordIds[who]!;
  return {
    action: db.select().from(reviewActions).where(eq(reviewActions.id, ids.action!)).get()!,
    updates: db.select().from(actionUpdates).where(eq(actionUpdates.actionId, ids.action!)).all(),
    agreement: db
      .select()
      .from(decisionAgreements)
      .where(eq(decisionAgreements.reviewId, ids.review!))
      .get()!,
    check: db.select().from(midwayChecks).where(eq(midwayChecks.id, ids.check!)).get()!,
    contact: db.select().from(contacts).where(eq(contacts.id, ids.contact!)).get()!,
    monitoring: db
      .select()
      .from(reviewMonitoring)
      .where(eq(reviewMonitoring.id, ids.monitoring!))
      .get()!,
    escalation: db.select().from(escalations).where(eq(escalations.id, ids.escalation!)).get()!,
    steps: db
      .select()
      .from(escalationSteps)
      .where(eq(escalationSteps.escalationId, ids.escalation!))
      .all(),
  };
}

let keptBefore: ReturnType<typeof rowsOf>;
let leaverBefore: ReturnType<typeof rowsOf>;

beforeAll(async () => {
  organisationId = buildOrganisation("Between Reviews Retention Council");
  const iro = await buildUser(organisationId, { role: "iro" });
  const manager = await buildUser(organisationId, { role: "team_manager" });
  // Left care long ago; 75 on 1 September 2025.
  leaverId = buildYoungPerson(organisationId, { givenName: "Alex", dateOfBirth: "1950-09-01" });
  getDb()
    .update(youngPeople)
    .set({ leftCareOn: "1968-09-01" })
    .where(eq(youngPeople.id, leaverId))
    .run();
  keptId = buildYoungPerson(organisationId, { givenName: "Kim", dateOfBirth: "2012-02-03" });
  await between(leaverId, "Alex", iro.id, manager.id);
  await between(keptId, "Kim", iro.id, manager.id);
  leaverBefore = rowsOf("Alex");
  keptBefore = rowsOf("Kim");
});

describe("retention of what happened between reviews", () => {
  it("erases the leaver's words and keeps the facts the figures count", () => {
    const [report] = runRetention({ now, organisationId });
    expect(report!.counts.records).toBe(1);
    const after = rowsOf("Alex");
    expect(JSON.stringify(after)).not.toContain("Invented");

    expect(after.action.note).toBeNull();
    expect(after.updates.map((u) => u.note)).toEqual([null, null]);
    expect(after.agreement.reason).toBeNull();
    expect(after.check.note).toBeNull();
    expect(after.contact.note).toBeNull();
    expect(after.contact.withWhom).toBe("");
    expect(after.monitoring.note).toBeNull();
    expect(after.escalation.whatIsWrong).toBe("");
    expect(after.escalation.askingFor).toBe("");
    expect(after.steps.map((s) => s.text)).toEqual([null, null, null, null]);

    // Everything else is as it was, the dates the owner's list sorts by included.
    const facts = (rows: ReturnType<typeof rowsOf>) => ({
      action: { ...rows.action, note: null },
      updates: rows.updates.map((u) => ({ ...u, note: null })),
      agreement: { ...rows.agreement, reason: null },
      check: { ...rows.check, note: null },
      contact: { ...rows.contact, note: null, withWhom: "" },
      monitoring: { ...rows.monitoring, note: null },
      escalation: { ...rows.escalation, whatIsWrong: "", askingFor: "" },
      steps: rows.steps.map((s) => ({ ...s, text: null })),
    });
    expect(after).toEqual(facts(leaverBefore));
    expect(after.action.state).toBe("not_done");
    expect(after.check.rag).toBe("amber");
    expect(after.contact.seenAlone).toBe(true);
    expect(after.monitoring.concerns).toEqual(["education", "drift_and_delay"]);
    expect(after.escalation.outcome).toBe("partly_resolved");
    expect(after.agreement.response).toBe("disagree");
  });

  it("leaves another child's records untouched", () => {
    expect(rowsOf("Kim")).toEqual(keptBefore);
    expect(rowsOf("Kim").contact.note).toBe(words("Kim", "contact note"));
  });

  it("a second run changes nothing", () => {
    const before = snapshot();
    const [report] = runRetention({ now: new Date("2025-09-02T11:00:00Z"), organisationId });
    expect(report!.counts.records).toBe(0);
    expect(snapshot()).toBe(before);
  });
});
