import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { reviews } from "#db/schema";
import { participationReport, percentage } from "~/reports/participation.server";
import { reportingYear } from "~/reports/period";
import type { ParticipationCode, ViewsConveyedMethod } from "~/reviews/participation";
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
  code: ParticipationCode,
  views: ViewsConveyedMethod = "spoke",
) {
  const id = buildReview(organisationId, youngPersonId, heldOn, { status: "held", heldOn });
  getDb()
    .update(reviews)
    .set({ participationCode: code, viewsConveyed: views })
    .where(eq(reviews.id, id))
    .run();
}

beforeAll(async () => {
  organisationId = buildOrganisation();
  iroA = (await buildUser(organisationId, { role: "iro" })).id;
  iroB = (await buildUser(organisationId, { role: "iro" })).id;
  // Born 10 June 2015: 9 before 10 June 2025, 10 on and after.
  const ten = buildYoungPerson(organisationId, { givenName: "Abel", dateOfBirth: "2015-06-10" });
  allocate(organisationId, ten, iroA, "iro");
  held(ten, "2025-06-09", "PN1"); // aged 9
  held(ten, "2025-06-10", "PN7", "not-conveyed"); // aged 10 on the day: birthday counts
  held(ten, "2025-03-31", "PN1"); // the day before the year: not counted
  const toddler = buildYoungPerson(organisationId, { givenName: "Bo", dateOfBirth: "2023-01-01" });
  allocate(organisationId, toddler, iroB, "iro");
  held(toddler, "2026-03-31", "PN0", "not-conveyed"); // counted in codes, not in the age table
  const teen = buildYoungPerson(organisationId, { givenName: "Cai", dateOfBirth: "2009-09-01" });
  allocate(organisationId, teen, iroB, "iro");
  held(teen, "2025-10-01", "PN6", "own-voice-statement"); // 16, took part by a statement
});

describe("participation by age (CLA 12)", () => {
  it("counts each review held in the period once, by age on the day, from 4 up", () => {
    const report = participationReport({ organisationId }, year);
    expect(report.byAge).toEqual([
      { age: 9, reviews: 1, participated: 1 },
      { age: 10, reviews: 1, participated: 0 },
      { age: 16, reviews: 1, participated: 1 },
    ]);
    expect(report.total).toEqual({ age: null, reviews: 3, participated: 2 });
    expect(report.held).toBe(4);
    expect(report.codes).toMatchObject({ PN0: 1, PN1: 1, PN6: 1, PN7: 1, PN2: 0 });
    expect(report.viewsConveyed).toMatchObject({
      spoke: 1,
      "own-voice-statement": 1,
      "not-conveyed": 2,
    });
  });

  it("an IRO's report has only the reviews of children allocated to them on the day", () => {
    const report = participationReport({ organisationId, iroUserId: iroB }, year);
    expect(report.byAge).toEqual([{ age: 16, reviews: 1, participated: 1 }]);
    expect(report.held).toBe(2);
  });

  it("an empty period shows zeros and never divides by zero", () => {
    const report = participationReport({ organisationId }, reportingYear(2020));
    expect(report.byAge).toEqual([]);
    expect(report.total).toEqual({ age: null, reviews: 0, participated: 0 });
    expect(percentage(report.total.participated, report.total.reviews)).toBeNull();
    expect(percentage(1374, 1842)).toBe(74.6);
  });
});
