import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import {
  auditEvents,
  decisionAgreements,
  midwayChecks,
  reviewMonitoring,
  escalationSteps,
  escalations,
  notifications,
  statements,
  teams,
  urgentAlerts,
  users,
} from "#db/schema";
import {
  escalationsAddressedTo,
  candidatesFor,
  performEscalationAction,
  raiseEscalation,
} from "~/escalations/escalations.server";
import { runEscalationJobs } from "~/escalations/jobs.server";
import { oversightChild, oversightHome } from "~/escalations/oversight.server";
import { ensureEscalationStages } from "~/escalations/stages.server";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
  signedInAs,
} from "../../fixtures/builders";

let organisationId: string;
let people: Record<
  "iro" | "sw" | "tm" | "sm" | "director" | "otherSw" | "otherTm" | "manager",
  ReturnType<typeof signedInAs>
>;
let youngPersonId: string;

beforeAll(async () => {
  organisationId = buildOrganisation();
  const make = async (role: Parameters<typeof buildUser>[1]["role"]) =>
    signedInAs(await buildUser(organisationId, { role }));
  people = {
    iro: await make("iro"),
    sw: await make("social_worker"),
    tm: await make("team_manager"),
    sm: await make("service_manager"),
    director: await make("director"),
    otherSw: await make("social_worker"),
    otherTm: await make("team_manager"),
    manager: await make("manager"),
  };
  const db = getDb();
  const [teamA, teamB] = [
    { name: "Team A", tm: people.tm, sm: people.sm },
    { name: "Team B", tm: people.otherTm, sm: people.sm },
  ].map(
    (t) =>
      db
        .insert(teams)
        .values({
          organisationId,
          name: t.name,
          teamManagerUserId: t.tm.user.id,
          serviceManagerUserId: t.sm.user.id,
        })
        .returning({ id: teams.id })
        .get().id,
  );
  db.update(users).set({ teamId: teamA }).where(eq(users.id, people.sw.user.id)).run();
  db.update(users).set({ teamId: teamB }).where(eq(users.id, people.otherSw.user.id)).run();
  youngPersonId = buildYoungPerson(organisationId);
  allocate(organisationId, youngPersonId, people.iro.user.id, "iro");
  allocate(organisationId, youngPersonId, people.sw.user.id, "social_worker");
});

const friday = new Date("2027-03-05T10:00:00Z");

function raise(at = friday) {
  const raised = raiseEscalation(
    people.iro.request,
    people.iro.user,
    youngPersonId,
    {
      theme: "placement_stability",
      whatIsWrong: "The plan has no date for the move.",
      askingFor: "A date for the move.",
      addressee: { stagePosition: 1, userId: people.tm.user.id },
      midwayCheckId: null,
    },
    at,
  );
  if (!raised.ok) throw new Error(JSON.stringify(raised.errors));
  return raised.id;
}

const notificationsOf = (userId: string, kind: string) =>
  getDb()
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.recipientUserId, userId),
        eq(notifications.kind, kind as "escalation"),
        eq(notifications.channel, "app"),
      ),
    )
    .all();

const stepsOf = (id: string) =>
  getDb()
    .select()
    .from(escalationSteps)
    .where(eq(escalationSteps.escalationId, id))
    .all()
    .map((s) => s.kind);

const status = (thrown: unknown) => (thrown instanceof Response ? thrown.status : thrown);

describe("an escalation through the stages", () => {
  it("names the people at each stage through the child's social worker's team", () => {
    const stages = ensureEscalationStages(organisationId);
    const names = stages.map((s) =>
      candidatesFor(organisationId, youngPersonId, s).map((p) => p.id),
    );
    expect(names).toEqual([
      [people.sw.user.id],
      [people.tm.user.id],
      [people.sm.user.id],
      [people.director.user.id],
    ]);
  });

  it("is raised, refused, taken to stage 2, agreed and resolved, every step kept", () => {
    const id = raise();
    const row = getDb().select().from(escalations).where(eq(escalations.id, id)).get()!;
    expect(row).toMatchObject({ stagePosition: 1, respondBy: "2027-03-12", status: "open" });
    expect(notificationsOf(people.tm.user.id, "escalation")).toHaveLength(1);

    // Someone of another team: as if it did not exist.
    expect(
      status(
        (() => {
          try {
            performEscalationAction(people.otherSw.request, people.otherSw.user, id, {
              intent: "respond",
              response: "agreed",
              actBy: "2027-03-20",
              reason: null,
            });
          } catch (e) {
            return e;
          }
        })(),
      ),
    ).toBe(404);

    const monday = new Date("2027-03-08T10:00:00Z");
    expect(
      performEscalationAction(
        people.tm.request,
        people.tm.user,
        id,
        { intent: "respond", response: "disagree", reason: "No placement is free.", actBy: "" },
        monday,
      ),
    ).toEqual({ ok: true });
    expect(notificationsOf(people.iro.user.id, "escalation_response")).toHaveLength(1);
    // Not twice.
    expect(() =>
      performEscalationAction(
        people.tm.request,
        people.tm.user,
        id,
        { intent: "respond", response: "agreed", actBy: "2027-03-20", reason: null },
        monday,
      ),
    ).toThrow();

    // The wrong person for stage 2 is refused.
    expect(
      performEscalationAction(
        people.iro.request,
        people.iro.user,
        id,
        {
          intent: "move",
          addressee: { stagePosition: 2, userId: people.director.user.id },
          moveNote: null,
        },
        monday,
      ),
    ).toEqual({ ok: false, errors: { addressee: "escalations:errors.addressee" } });
    expect(
      performEscalationAction(
        people.iro.request,
        people.iro.user,
        id,
        {
          intent: "move",
          addressee: { stagePosition: 2, userId: people.sm.user.id },
          moveNote: null,
        },
        monday,
      ),
    ).toEqual({ ok: true });
    const moved = getDb().select().from(escalations).where(eq(escalations.id, id)).get()!;
    // Ten working days from Monday 8 March 2027.
    expect(moved).toMatchObject({
      stagePosition: 2,
      addressedTo: people.sm.user.id,
      respondBy: "2027-03-22",
      respondedAt: null,
    });

    // An agreement with a date in the past is refused.
    expect(
      performEscalationAction(
        people.sm.request,
        people.sm.user,
        id,
        { intent: "respond", response: "agreed", actBy: "2027-03-01", reason: null },
        monday,
      ),
    ).toEqual({ ok: false, errors: { actBy: "escalations:errors.actByPast" } });
    performEscalationAction(
      people.sm.request,
      people.sm.user,
      id,
      { intent: "respond", response: "agreed", actBy: "2027-03-31", reason: null },
      monday,
    );
    // The team manager, addressed before, still sees it; but only the IRO resolves it.
    expect(() =>
      performEscalationAction(people.tm.request, people.tm.user, id, {
        intent: "resolve",
        outcome: "resolved",
        note: null,
      }),
    ).toThrow();
    performEscalationAction(
      people.iro.request,
      people.iro.user,
      id,
      {
        intent: "resolve",
        outcome: "referred_to_cafcass",
        note: "Referred.",
      },
      new Date("2027-03-09T10:00:00Z"),
    );
    expect(getDb().select().from(escalations).where(eq(escalations.id, id)).get()).toMatchObject({
      status: "resolved",
      outcome: "referred_to_cafcass",
    });
    expect(stepsOf(id)).toEqual(["raised", "responded", "moved", "responded", "resolved"]);
    const audited = getDb()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, id))
      .all()
      .map((a) => a.action);
    expect(audited).toEqual([
      "escalation_raised",
      "escalation_responded",
      "escalation_moved",
      "escalation_responded",
      "escalation_resolved",
    ]);
  });

  it("shows a child to the leaders of their team only", () => {
    expect(oversightChild(people.tm.request, people.tm.user, youngPersonId, "en").child.id).toBe(
      youngPersonId,
    );
    expect(
      oversightChild(people.director.request, people.director.user, youngPersonId, "en").child.id,
    ).toBe(youngPersonId);
    expect(() =>
      oversightChild(people.otherTm.request, people.otherTm.user, youngPersonId, "en"),
    ).toThrow();
  });
});

describe("the scheduler", () => {
  it("reminds once two working days before, then marks overdue once and tells both sides", () => {
    const id = raise();
    const before = notificationsOf(people.tm.user.id, "escalation_reminder").length;
    expect(runEscalationJobs(new Date("2027-03-09T10:00:00Z")).reminded).toBe(0);
    expect(runEscalationJobs(new Date("2027-03-10T10:00:00Z")).reminded).toBe(1);
    expect(runEscalationJobs(new Date("2027-03-10T11:00:00Z"))).toMatchObject({
      reminded: 0,
      overdue: 0,
    });
    expect(notificationsOf(people.tm.user.id, "escalation_reminder")).toHaveLength(before + 1);
    expect(runEscalationJobs(new Date("2027-03-12T16:00:00Z")).overdue).toBe(0);
    expect(runEscalationJobs(new Date("2027-03-13T10:00:00Z")).overdue).toBe(1);
    expect(runEscalationJobs(new Date("2027-03-14T10:00:00Z")).overdue).toBe(0);
    expect(notificationsOf(people.tm.user.id, "escalation_overdue")).toHaveLength(1);
    expect(notificationsOf(people.iro.user.id, "escalation_overdue")).toHaveLength(1);
    expect(stepsOf(id)).toEqual(["raised", "reminded", "overdue"]);
    const row = getDb().select().from(escalations).where(eq(escalations.id, id)).get()!;
    expect(row.remindedAt).not.toBeNull();
    expect(row.overdueAt).not.toBeNull();
    // Taken on: a new response date, reminder and overdue cleared.
    performEscalationAction(
      people.iro.request,
      people.iro.user,
      id,
      {
        intent: "move",
        addressee: { stagePosition: 2, userId: people.sm.user.id },
        moveNote: null,
      },
      new Date("2027-03-15T10:00:00Z"),
    );
    expect(getDb().select().from(escalations).where(eq(escalations.id, id)).get()).toMatchObject({
      remindedAt: null,
      overdueAt: null,
      respondBy: "2027-03-31",
    });
  });

  it("escalates an urgent alert raised on Friday at 16:00 once, at 12:00 on Monday", () => {
    const db = getDb();
    const statementId = db
      .insert(statements)
      .values({
        organisationId,
        youngPersonId,
        authorUserId: people.iro.user.id,
        templateId: "my-review",
        templateVersion: 1,
        language: "en",
        status: "submitted",
      })
      .returning({ id: statements.id })
      .get().id;
    const alertId = db
      .insert(urgentAlerts)
      .values({ organisationId, statementId, youngPersonId, raisedAt: "2027-03-05T16:00:00.000Z" })
      .returning({ id: urgentAlerts.id })
      .get().id;
    expect(runEscalationJobs(new Date("2027-03-08T11:59:00Z")).alertsEscalated).toBe(0);
    expect(runEscalationJobs(new Date("2027-03-08T12:00:00Z")).alertsEscalated).toBe(1);
    expect(runEscalationJobs(new Date("2027-03-08T13:00:00Z")).alertsEscalated).toBe(0);
    expect(
      db.select().from(urgentAlerts).where(eq(urgentAlerts.id, alertId)).get()?.escalatedAt,
    ).toBe("2027-03-08T12:00:00.000Z");
    expect(notificationsOf(people.tm.user.id, "alert_escalated")).toHaveLength(1);
    expect(notificationsOf(people.manager.user.id, "alert_escalated")).toHaveLength(1);
    expect(notificationsOf(people.otherTm.user.id, "alert_escalated")).toHaveLength(0);
    expect(
      db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, "alert_escalated"), eq(auditEvents.subjectId, alertId)))
        .all(),
    ).toHaveLength(1);
  });
});

describe("raised from a midway check", () => {
  it("links the check and the escalation both ways", () => {
    const db = getDb();
    const reviewId = buildReview(organisationId, youngPersonId, "2027-01-10", {
      status: "held",
      heldOn: "2027-01-10",
    });
    const checkId = db
      .insert(midwayChecks)
      .values({
        organisationId,
        youngPersonId,
        reviewId,
        dueOn: "2027-04-10",
        checkedOn: "2027-03-04",
        checkedWith: ["social_worker"],
        rag: "red",
        recordedBy: people.iro.user.id,
      })
      .returning({ id: midwayChecks.id })
      .get().id;
    const raised = raiseEscalation(people.iro.request, people.iro.user, youngPersonId, {
      theme: "drift_and_delay",
      whatIsWrong: "Nothing has moved since the review.",
      askingFor: "The actions done.",
      addressee: { stagePosition: 0, userId: people.sw.user.id },
      midwayCheckId: checkId,
    });
    expect(raised.ok).toBe(true);
    const id = raised.ok ? raised.id : "";
    expect(db.select().from(escalations).where(eq(escalations.id, id)).get()?.midwayCheckId).toBe(
      checkId,
    );
    expect(
      db.select().from(midwayChecks).where(eq(midwayChecks.id, checkId)).get()?.escalationId,
    ).toBe(id);
    // The social worker, named at the informal stage, has it on /worker; only the IRO resolves it.
    expect(escalationsAddressedTo(people.sw.user, "en").map((e) => e.id)).toContain(id);
    expect(() =>
      performEscalationAction(people.sw.request, people.sw.user, id, {
        intent: "resolve",
        outcome: "resolved",
        note: null,
      }),
    ).toThrow();
  });
});

describe("the oversight home page", () => {
  it("shows a team's red ratings and the decisions waiting to its team manager only", () => {
    const db = getDb();
    const reviewId = buildReview(organisationId, youngPersonId, "2026-11-20", {
      status: "held",
      heldOn: "2026-11-20",
    });
    db.insert(reviewMonitoring)
      .values({
        organisationId,
        reviewId,
        youngPersonId,
        planQuality: "poor",
        currentAssessment: false,
        rag: "red",
        activeMonitoring: true,
        concerns: ["education"],
        recordedBy: people.iro.user.id,
      })
      .run();
    db.insert(decisionAgreements)
      .values({ organisationId, reviewId, managerUserId: people.tm.user.id, dueOn: "2026-11-27" })
      .run();
    const mine = oversightHome(people.tm.user, "en");
    expect(mine.alerts.map((a) => [a.youngPersonId, a.rag])).toEqual([[youngPersonId, "red"]]);
    expect(mine.agreements).toHaveLength(1);
    expect(mine.children.map((c) => c.id)).toEqual([youngPersonId]);
    const theirs = oversightHome(people.otherTm.user, "en");
    expect(theirs.alerts).toEqual([]);
    expect(theirs.agreements).toEqual([]);
    expect(theirs.children).toEqual([]);
  });
});
