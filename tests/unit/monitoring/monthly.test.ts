import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import {
  escalations,
  escalationSteps,
  reviewMonitoring,
  teams,
  users,
  youngPeople,
  type ConcernTheme,
  type EscalationOutcome,
} from "#db/schema";
import { monthFrom, monthsBefore } from "~/monitoring/month";
import { monthlyMonitoring } from "~/monitoring/monthly.server";
import { monitoringCsvResponse } from "~/monitoring/page.server";
import { monitoringScopeOf } from "~/monitoring/scope.server";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
  signedInAs,
} from "../../fixtures/builders";

let organisationId: string;
let iro: string;
let eastManager: Awaited<ReturnType<typeof buildUser>>;
let ada: string;
let ben: string;
let cai: string;
let dee: string;

async function worker(teamId: string) {
  const user = await buildUser(organisationId, { role: "social_worker" });
  getDb().update(users).set({ teamId }).where(eq(users.id, user.id)).run();
  return user.id;
}

function team(name: string, serviceAreaName: string, teamManagerUserId?: string) {
  return getDb()
    .insert(teams)
    .values({ organisationId, name, serviceAreaName, teamManagerUserId })
    .returning({ id: teams.id })
    .get().id;
}

function rate(
  youngPersonId: string,
  heldOn: string,
  rag: "red" | "amber" | "green",
  concerns: ConcernTheme[],
  options: { active?: boolean; note?: string } = {},
) {
  const reviewId = buildReview(organisationId, youngPersonId, heldOn, { status: "held", heldOn });
  getDb()
    .insert(reviewMonitoring)
    .values({
      organisationId,
      reviewId,
      youngPersonId,
      planQuality: "good",
      currentAssessment: true,
      rag,
      activeMonitoring: options.active ?? false,
      concerns,
      note: options.note ?? null,
      recordedBy: iro,
      createdAt: `${heldOn}T12:00:00.000Z`,
    })
    .run();
}

function escalate(
  youngPersonId: string,
  theme: ConcernTheme,
  raisedAt: string,
  options: {
    stage?: number;
    movedAt?: string;
    resolvedAt?: string;
    outcome?: EscalationOutcome;
  } = {},
) {
  const stage = options.stage ?? 0;
  const id = getDb()
    .insert(escalations)
    .values({
      organisationId,
      youngPersonId,
      raisedBy: iro,
      theme,
      whatIsWrong: "Invented",
      askingFor: "Invented",
      stagePosition: stage,
      addressedTo: iro,
      respondBy: raisedAt.slice(0, 10),
      status: options.resolvedAt ? "resolved" : "open",
      outcome: options.outcome ?? null,
      resolvedAt: options.resolvedAt ?? null,
      createdAt: raisedAt,
    })
    .returning({ id: escalations.id })
    .get().id;
  const step = (kind: "raised" | "moved", stagePosition: number, at: string) =>
    getDb()
      .insert(escalationSteps)
      .values({ organisationId, escalationId: id, kind, stagePosition, byUserId: iro, at })
      .run();
  step("raised", options.movedAt ? stage - 1 : stage, raisedAt);
  if (options.movedAt) step("moved", stage, options.movedAt);
}

beforeAll(async () => {
  organisationId = buildOrganisation();
  iro = (await buildUser(organisationId, { role: "iro", displayName: "Iris IRO" })).id;
  eastManager = await buildUser(organisationId, { role: "team_manager" });
  const east = team("East", "Children in care", eastManager.id);
  const west = team("West", "Care leavers");
  const eastWorker = await worker(east);
  const westWorker = await worker(west);
  ada = buildYoungPerson(organisationId, { givenName: "Ada" });
  ben = buildYoungPerson(organisationId, { givenName: "Ben" });
  cai = buildYoungPerson(organisationId, { givenName: "Cai" });
  dee = buildYoungPerson(organisationId, { givenName: "Dee" });
  getDb().update(youngPeople).set({ caseReference: "CR-ADA" }).where(eq(youngPeople.id, ada)).run();
  for (const child of [ada, ben, cai]) allocate(organisationId, child, eastWorker, "social_worker");
  allocate(organisationId, dee, westWorker, "social_worker");

  // Ada: green in August, red in October (her latest by the end of October).
  rate(ada, "2026-08-10", "green", ["health"]);
  rate(ada, "2026-10-05", "red", ["education", "health"], {
    active: true,
    note: "No school place",
  });
  // Ben: amber in September; red in November is after October: amber for October.
  rate(ben, "2026-09-20", "amber", ["family_time"], { active: true, note: "Contact stopped" });
  rate(ben, "2026-11-03", "red", ["family_time"], { note: "Later" });
  // Cai: green. Dee (West): red in October.
  rate(cai, "2026-10-15", "green", []);
  rate(dee, "2026-10-20", "red", ["education"], { note: "West's child" });

  // Escalations: open at the end of October.
  escalate(ada, "education", "2026-10-06T09:00:00.000Z"); // stage 0, East
  // Raised at stage 0 in September, moved to stage 1 on 2 November: at stage 0 on 31 October.
  escalate(ben, "family_time", "2026-09-21T09:00:00.000Z", {
    stage: 1,
    movedAt: "2026-11-02T09:00:00.000Z",
  });
  escalate(dee, "education", "2026-10-21T09:00:00.000Z", { stage: 2 }); // West
  // Resolved in November: still open at the end of October.
  escalate(cai, "health", "2026-10-01T09:00:00.000Z", {
    resolvedAt: "2026-11-10T09:00:00.000Z",
    outcome: "resolved",
  });
  // Resolved in October: 10 and 21 days; one resolved in September does not count.
  escalate(ada, "health", "2026-10-01T09:00:00.000Z", {
    stage: 1,
    resolvedAt: "2026-10-11T09:00:00.000Z",
    outcome: "resolved",
  });
  escalate(dee, "permanence", "2026-09-30T09:00:00.000Z", {
    stage: 2,
    resolvedAt: "2026-10-21T09:00:00.000Z",
    outcome: "referred_to_cafcass",
  });
  escalate(ben, "health", "2026-07-01T09:00:00.000Z", {
    resolvedAt: "2026-09-01T09:00:00.000Z",
    outcome: "withdrawn",
  });
});

const everyone = () => ({ organisationId, children: null });

describe("the monthly monitoring figures", () => {
  it("counts months back across a year's end", () => {
    expect(monthsBefore("2026-02", 3)).toBe("2025-11");
    expect(monthsBefore("2026-10", 0)).toBe("2026-10");
  });

  it("shows the last complete month unless another is asked for; not one still to come", () => {
    const ask = (month?: string) =>
      monthFrom(new URLSearchParams(month === undefined ? {} : { month }), "2026-01-05");
    expect(ask()).toEqual({ month: "2025-12" });
    expect(ask("2026-01")).toEqual({ month: "2026-01" });
    expect(ask("2026-02")).toEqual({ month: "2025-12", error: "monitoring:errors.monthFuture" });
    expect(ask("2026-13")).toEqual({ month: "2025-12", error: "monitoring:errors.month" });
  });

  it("lists red then amber at each child's latest rating by the month's end, with why", () => {
    const figures = monthlyMonitoring(everyone(), "2026-10");
    expect(figures.rated).toEqual({ total: 4, red: 2, amber: 1, green: 1, activeMonitoring: 2 });
    expect(figures.concernChildren.map((c) => [c.name, c.rag, c.note, c.heldOn, c.themes])).toEqual(
      [
        ["Dee Example", "red", "West's child", "2026-10-20", ["education"]],
        ["Ada Example", "red", "No school place", "2026-10-05", ["education", "health"]],
        ["Ben Example", "amber", "Contact stopped", "2026-09-20", ["family_time"]],
      ],
    );
    expect(figures.concernChildren[1]).toMatchObject({
      caseReference: "CR-ADA",
      iroName: "Iris IRO",
    });
  });

  it("counts escalations open at the month's end by the stage they had reached, and by team", () => {
    const { open } = monthlyMonitoring(everyone(), "2026-10");
    expect(open.total).toBe(4);
    expect(open.byStage).toEqual([
      { position: 0, count: 3 },
      { position: 2, count: 1 },
    ]);
    expect(open.byTeam).toEqual([
      { team: "East", serviceArea: "Children in care", count: 3 },
      { team: "West", serviceArea: "Care leavers", count: 1 },
    ]);
  });

  it("counts those resolved in the month, at which stage, and the median days", () => {
    const { resolved } = monthlyMonitoring(everyone(), "2026-10");
    expect(resolved.total).toBe(2);
    expect(resolved.byStage).toEqual([
      { position: 1, count: 1 },
      { position: 2, count: 1 },
    ]);
    expect(resolved.byOutcome).toMatchObject({ resolved: 1, referred_to_cafcass: 1, withdrawn: 0 });
    expect(resolved.medianDays).toBe(15.5);
  });

  it("sets this month's themes against each of the three before", () => {
    const figures = monthlyMonitoring(everyone(), "2026-10");
    expect(figures.months).toEqual(["2026-07", "2026-08", "2026-09", "2026-10"]);
    const theme = (name: ConcernTheme) => figures.themes.find((t) => t.theme === name)!;
    // Education: Ada and Dee's reviews in October, and two escalations raised in October.
    expect(theme("education")).toMatchObject({
      reviews: [0, 0, 0, 2],
      escalations: [0, 0, 0, 2],
      total: [0, 0, 0, 4],
    });
    // Health: Ada's August review; Ben's July escalation; Ada's review and two escalations in October.
    expect(theme("health").total).toEqual([1, 1, 0, 3]);
    expect(theme("family_time").total).toEqual([0, 0, 2, 0]);
    expect(theme("permanence").total).toEqual([0, 0, 1, 0]);
  });

  it("a team manager's page counts only the children of their team", () => {
    const { user } = signedInAs(eastManager);
    const figures = monthlyMonitoring(monitoringScopeOf(user), "2026-10");
    expect(figures.concernChildren.map((c) => c.name)).toEqual(["Ada Example", "Ben Example"]);
    expect(figures.rated.total).toBe(3);
    expect(figures.open.byTeam).toEqual([
      { team: "East", serviceArea: "Children in care", count: 3 },
    ]);
    expect(figures.resolved.total).toBe(1);
    expect(figures.themes.find((t) => t.theme === "education")!.total).toEqual([0, 0, 0, 2]);
  });

  it("a month with nothing has no median and no one listed", () => {
    const figures = monthlyMonitoring(everyone(), "2026-01");
    expect(figures.rated.total).toBe(0);
    expect(figures.concernChildren).toEqual([]);
    expect(figures.resolved.medianDays).toBeNull();
  });

  it("the CSV gives case references, not names, and keeps formulas out", async () => {
    getDb()
      .update(reviewMonitoring)
      .set({ note: "=HYPERLINK(1)" })
      .where(eq(reviewMonitoring.youngPersonId, dee))
      .run();
    const manager = await buildUser(organisationId, { role: "manager" });
    const { request, user } = signedInAs(manager, "/manage/monitoring.csv?month=2026-10");
    const csv = await monitoringCsvResponse(request, user).text();
    expect(csv).toContain('CR-ADA,Red,"Education, Health",No school place,5 October 2026,Iris IRO');
    expect(csv).toContain("'=HYPERLINK(1)");
    expect(csv).not.toContain("Ada Example");
  });
});
