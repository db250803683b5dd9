import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { escalations, escalationStages, escalationSteps, reviewMonitoring } from "#db/schema";
import { writerFor } from "~/reports/cells.server";
import { monitoringFigure } from "~/reports/monitoring.server";
import { reportingYear } from "~/reports/period";
import { monitoringSection } from "~/reports/sections-monitoring.server";
import type { Report } from "~/reports/figures";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
} from "../../fixtures/builders";

let organisationId: string;
let iroA: string;
let iroB: string;
const year = reportingYear(2025); // 2025-04-01 .. 2026-03-31

function held(
  youngPersonId: string,
  heldOn: string,
  rag?: "red" | "amber" | "green",
  active = false,
) {
  const reviewId = buildReview(organisationId, youngPersonId, heldOn, { status: "held", heldOn });
  if (rag)
    getDb()
      .insert(reviewMonitoring)
      .values({
        organisationId,
        reviewId,
        youngPersonId,
        planQuality: "good",
        currentAssessment: true,
        rag,
        activeMonitoring: active,
        concerns: [],
        recordedBy: iroA,
      })
      .run();
}

function escalate(
  youngPersonId: string,
  raisedAt: string,
  raisedAtStage: number,
  options: { stage?: number; resolvedAt?: string } = {},
) {
  const id = getDb()
    .insert(escalations)
    .values({
      organisationId,
      youngPersonId,
      raisedBy: iroA,
      theme: "education",
      whatIsWrong: "Invented",
      askingFor: "Invented",
      stagePosition: options.stage ?? raisedAtStage,
      addressedTo: iroA,
      respondBy: raisedAt.slice(0, 10),
      status: options.resolvedAt ? "resolved" : "open",
      outcome: options.resolvedAt ? "resolved" : null,
      resolvedAt: options.resolvedAt ?? null,
      createdAt: raisedAt,
    })
    .returning({ id: escalations.id })
    .get().id;
  getDb()
    .insert(escalationSteps)
    .values({
      organisationId,
      escalationId: id,
      kind: "raised",
      stagePosition: raisedAtStage,
      byUserId: iroA,
      at: raisedAt,
    })
    .run();
}

beforeAll(async () => {
  organisationId = buildOrganisation();
  iroA = (await buildUser(organisationId, { role: "iro" })).id;
  iroB = (await buildUser(organisationId, { role: "iro" })).id;
  const ada = buildYoungPerson(organisationId, { givenName: "Ada" });
  const ben = buildYoungPerson(organisationId, { givenName: "Ben" });
  allocate(organisationId, ada, iroA, "iro");
  allocate(organisationId, ben, iroB, "iro");
  getDb()
    .insert(escalationStages)
    .values([
      { organisationId, position: 0, name: "Informal", addressee: "team_manager", responseDays: 5 },
      { organisationId, position: 1, name: "Stage 1", addressee: "team_manager", responseDays: 10 },
    ])
    .run();
  held(ada, "2025-05-01", "red", true);
  held(ada, "2025-11-01", "green");
  held(ben, "2025-06-01", "amber", true);
  held(ben, "2025-12-01"); // no monitoring recorded
  held(ben, "2025-03-01", "red"); // before the year
  // Raised at stage 0, now at stage 1, resolved in the year; raised at 0 and still open.
  escalate(ada, "2025-05-02T09:00:00.000Z", 0, {
    stage: 1,
    resolvedAt: "2025-06-20T09:00:00.000Z",
  });
  escalate(ben, "2025-06-02T09:00:00.000Z", 0);
  // Raised before the year, resolved in it, at stage 1.
  escalate(ben, "2025-02-02T09:00:00.000Z", 1, { resolvedAt: "2025-04-10T09:00:00.000Z" });
});

describe("figure 11, monitoring and escalations", () => {
  it("counts reviews with monitoring by rating, and escalations raised and resolved by stage", () => {
    const figure = monitoringFigure({ organisationId }, year);
    expect(figure).toMatchObject({
      held: 4,
      withMonitoring: 3,
      byRag: { red: 1, amber: 1, green: 1 },
      activeMonitoring: 2,
      raised: 2,
      resolved: 2,
      byStage: [
        { position: 0, raised: 2, resolved: 0 },
        { position: 1, raised: 0, resolved: 2 },
      ],
    });
  });

  it("an IRO's report counts their own children's reviews and escalations", () => {
    const figure = monitoringFigure({ organisationId, iroUserId: iroA }, year);
    expect(figure).toMatchObject({ held: 2, withMonitoring: 2, raised: 1, resolved: 1 });
  });

  it("is written as a section with the council's stage names", () => {
    const monitoring = monitoringFigure({ organisationId }, year);
    const section = monitoringSection({ monitoring } as Report, writerFor("en", "ltr"));
    expect(section.title).toBe("Monitoring and escalations");
    expect(section.tables[1]!.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ["Informal", "2", "0"],
      ["Stage 1", "0", "2"],
    ]);
  });
});
