import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, sqlStatementsRun } from "#db/db.server";
import {
  actionUpdates,
  auditEvents,
  escalations,
  escalationSteps,
  reviewActions,
  reviews,
  statementReaders,
} from "#db/schema";
import { logContact } from "~/contacts/contacts.server";
import { actionsOfReview, midwayDueList, recordMidwayCheck } from "~/midway/midway.server";
import { childTimeline } from "~/timeline/timeline.server";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
  signedInAs,
} from "../../fixtures/builders";
import { buildSentStatement } from "../../fixtures/my-things";

/* An invented child with an IRO and a social worker; a review held on Monday 1 September 2025. */
let organisationId: string;
let youngPersonId: string;
let reviewId: string;
let iro: ReturnType<typeof signedInAs>;
let worker: ReturnType<typeof signedInAs>;
let checkId: string;

beforeAll(async () => {
  organisationId = buildOrganisation();
  const iroUser = await buildUser(organisationId, { role: "iro", displayName: "Ines Reviewer" });
  const workerUser = await buildUser(organisationId, { role: "social_worker" });
  const manager = await buildUser(organisationId, { role: "team_manager" });
  const child = await buildUser(organisationId, { role: "young_person" });
  youngPersonId = buildYoungPerson(organisationId, {
    userId: child.id,
    lookedAfterOn: "2025-02-10",
  });
  allocate(organisationId, youngPersonId, iroUser.id, "iro");
  allocate(organisationId, youngPersonId, workerUser.id, "social_worker");
  iro = signedInAs(iroUser);
  worker = signedInAs(workerUser);
  buildReview(organisationId, youngPersonId, "2025-03-10", {
    status: "held",
    heldOn: "2025-03-03",
  });
  reviewId = buildReview(organisationId, youngPersonId, "2025-06-03", {
    status: "held",
    heldOn: "2025-09-01",
  });
  getDb()
    .update(reviews)
    .set({ decisions: ["Book a dentist visit", "Arrange family time with Gran"] })
    .where(eq(reviews.id, reviewId))
    .run();
  for (const [position, ownerRole] of [
    [0, "social_worker"],
    [1, "iro"],
  ] as const)
    getDb()
      .insert(reviewActions)
      .values({ organisationId, reviewId, youngPersonId, position, ownerRole })
      .run();
  // One statement shared with the IRO only, one with both; one escalation to the team manager.
  const onlyIro = buildSentStatement(organisationId, youngPersonId, child.id);
  const both = buildSentStatement(organisationId, youngPersonId, child.id);
  getDb()
    .insert(statementReaders)
    .values([
      { statementId: onlyIro, userId: iroUser.id, reason: "chosen" },
      { statementId: both, userId: iroUser.id, reason: "chosen" },
      { statementId: both, userId: workerUser.id, reason: "chosen" },
    ])
    .run();
  const escalation = getDb()
    .insert(escalations)
    .values({
      organisationId,
      youngPersonId,
      raisedBy: iroUser.id,
      theme: "health",
      whatIsWrong: "Invented: no dentist for a year",
      askingFor: "A visit booked",
      stagePosition: 1,
      addressedTo: manager.id,
      respondBy: "2025-09-20",
    })
    .returning({ id: escalations.id })
    .get();
  getDb()
    .insert(escalationSteps)
    .values({
      organisationId,
      escalationId: escalation.id,
      kind: "raised",
      stagePosition: 1,
      byUserId: iroUser.id,
      addressedTo: manager.id,
    })
    .run();
});

describe("midway due dates for a caseload", () => {
  it("counts from the last held review to the statutory next when none is planned", () => {
    const due = midwayDueList(organisationId, [youngPersonId], "2025-09-10").get(youngPersonId);
    expect(due?.reviewId).toBe(reviewId);
    // The third review: 6 months after 1 September, 1 March 2026 (reg. 33); 126 working days
    // (Christmas, Boxing Day, New Year off), the 63rd.
    expect(due?.dueOn).toBe("2025-11-27");
    expect(due?.urgency).toBe("later");
  });
});

describe("recording a midway check", () => {
  it("keeps each changed action with the check, and is audited", () => {
    const actions = actionsOfReview(reviewId);
    expect(actions.map((a) => a.decision)).toEqual([
      "Book a dentist visit",
      "Arrange family time with Gran",
    ]);
    checkId = recordMidwayCheck(
      iro.request,
      iro.user,
      { youngPersonId, reviewId, dueOn: "2025-12-01" },
      actions,
      {
        checkedWith: ["social_worker", "carer"],
        rag: "amber",
        note: "Invented: family time keeps slipping",
        escalate: "no",
        actions: {
          [actions[0]!.id]: { state: "done", note: "" },
          [actions[1]!.id]: { state: "not_started", note: "" },
        },
      },
      "2025-10-20",
    );
    const updates = getDb().select().from(actionUpdates).all();
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ state: "done", midwayCheckId: checkId });
    expect(actionsOfReview(reviewId).map((a) => a.state)).toEqual(["done", "not_started"]);
    const audit = getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "midway_check_recorded"))
      .all();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.subjectId).toBe(checkId);
  });

  it("is no longer due once recorded", () => {
    expect(midwayDueList(organisationId, [youngPersonId], "2025-10-21").has(youngPersonId)).toBe(
      false,
    );
  });
});

describe("the child's timeline", () => {
  beforeAll(() => {
    logContact(iro.request, iro.user, youngPersonId, {
      contactOn: "2025-10-01",
      kind: "visit",
      withWhom: "Sam and the carer",
      seenAlone: "yes",
      note: "Invented private note of the visit",
    });
  });

  it("shows the IRO everything, newest first", () => {
    const entries = childTimeline(iro.user, youngPersonId, "all", "en");
    const events = entries.map((e) => e.event);
    for (const event of [
      "statement_sent",
      "review_held",
      "action_created",
      "action_updated",
      "midway_recorded",
      "contact_logged",
      "escalation_raised",
    ])
      expect(events).toContain(event);
    expect(entries.filter((e) => e.event === "statement_sent")).toHaveLength(2);
    expect(entries.find((e) => e.kind === "midway")!.detail.rag).toBe("amber");
    expect(entries.find((e) => e.kind === "contacts")!.detail.note).toContain("private note");
    const ats = entries.map((e) => e.at);
    expect(ats).toEqual([...ats].sort().reverse());
  });

  it("filters by kind", () => {
    const entries = childTimeline(iro.user, youngPersonId, "contacts", "en");
    expect(entries.map((e) => e.event)).toEqual(["contact_logged"]);
  });

  it("shows the social worker only what they may see", () => {
    const entries = childTimeline(worker.user, youngPersonId, "all", "en");
    // Only the statement shared with them; not the escalation to the team manager.
    expect(entries.filter((e) => e.event === "statement_sent")).toHaveLength(1);
    expect(entries.some((e) => e.kind === "escalations")).toBe(false);
    // Their action (the social worker's), not the IRO's.
    const actions = entries.filter((e) => e.event === "action_created");
    expect(actions.map((e) => e.detail.decision)).toEqual(["Book a dentist visit"]);
    // The contact and the check, but never the note or the rating.
    const contact = entries.find((e) => e.kind === "contacts")!;
    expect(contact.detail.note).toBeUndefined();
    const midway = entries.find((e) => e.kind === "midway")!;
    expect(midway.detail.rag).toBeUndefined();
    expect(midway.detail.note).toBeUndefined();
    expect(JSON.stringify(entries)).not.toMatch(/private note|amber|keeps slipping/);
  });

  it("takes one statement per kind (two for reviews, letters and actions), however many rows", () => {
    const count = () => {
      const before = sqlStatementsRun();
      childTimeline(iro.user, youngPersonId, "all", "en");
      return sqlStatementsRun() - before;
    };
    const first = count();
    expect(first).toBeLessThanOrEqual(12);
    for (let i = 0; i < 5; i++)
      logContact(iro.request, iro.user, youngPersonId, {
        contactOn: "2025-10-02",
        kind: "call",
        withWhom: "The carer",
        seenAlone: "not_seen",
        note: "",
      });
    expect(count()).toBe(first);
  });
});
