import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { reviewMeetings, reviews, youngPeople } from "#db/schema";
import { percentage } from "~/reports/participation.server";
import { month, reportingYear } from "~/reports/period";
import { reviewsFigure } from "~/reports/reviews.server";
import type { LateReason } from "~/reviews/lateness";
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
let ada: string;
let ben: string;
const year = reportingYear(2025); // 2025-04-01 .. 2026-03-31

function held(
  youngPersonId: string,
  dueOn: string,
  meetings: string[],
  late: { reason?: LateReason; other?: string } = {},
) {
  const heldOn = meetings[0]!;
  const id = buildReview(organisationId, youngPersonId, dueOn, { status: "held", heldOn });
  getDb()
    .update(reviews)
    .set({
      completedOn: meetings.at(-1)!,
      lateReason: late.reason ?? null,
      lateReasonOther: late.other ?? null,
    })
    .where(eq(reviews.id, id))
    .run();
  for (const day of meetings)
    getDb().insert(reviewMeetings).values({ organisationId, reviewId: id, heldOn: day }).run();
  return id;
}

let lateIro: string;
let lateOther: string;
let lateUnrecorded: string;

beforeAll(async () => {
  organisationId = buildOrganisation();
  iroA = (await buildUser(organisationId, { role: "iro" })).id;
  iroB = (await buildUser(organisationId, { role: "iro" })).id;
  ada = buildYoungPerson(organisationId, { givenName: "Ada" });
  ben = buildYoungPerson(organisationId, { givenName: "Ben" });
  getDb()
    .update(youngPeople)
    .set({ caseReference: "CR-0042" })
    .where(eq(youngPeople.id, ada))
    .run();
  allocate(organisationId, ada, iroA, "iro");
  allocate(organisationId, ben, iroB, "iro");

  held(ada, "2025-06-10", ["2025-06-10"]); // on its due date: on time
  lateIro = held(ada, "2025-06-10", ["2025-06-11"], { reason: "iro-unavailable" }); // a day late
  // A series of three meetings: held (and on time) on the first, counted once.
  held(ada, "2025-08-05", ["2025-08-01", "2025-08-12", "2025-08-20"]);
  lateUnrecorded = held(ada, "2025-05-01", ["2025-07-20"]); // late before reasons were asked
  lateOther = held(ben, "2025-09-01", ["2025-09-15"], { reason: "other", other: "Snow" });
  held(ben, "2025-03-01", ["2025-03-31"]); // the day before the year: not counted
  held(ben, "2026-03-31", ["2026-04-01"]); // the day after the year: not counted
  buildReview(organisationId, ben, "2025-12-01", { plannedOn: "2025-11-20" }); // not held
});

describe("reviews held and on time", () => {
  it("counts each review held in the period once, on its first meeting, on time when held by its due date", () => {
    const figure = reviewsFigure({ organisationId }, year);
    expect(figure).toMatchObject({ held: 5, onTime: 2, late: 3 });
    expect(figure.lateByReason).toEqual({
      "key-person-unavailable": 0,
      "iro-unavailable": 1,
      "young-persons-wish": 0,
      "late-notice-into-care": 0,
      other: 1,
      "not-recorded": 1,
    });
    expect(percentage(figure.onTime, figure.held)).toBe(40);
  });

  it("lists late reviews latest first, with calendar days late and the reason", () => {
    const figure = reviewsFigure({ organisationId }, year);
    expect(figure.lateReviews).toEqual([
      {
        reviewId: lateOther,
        youngPersonId: ben,
        name: "Ben Example",
        caseReference: null,
        dueOn: "2025-09-01",
        heldOn: "2025-09-15",
        daysLate: 14,
        reason: "other",
        reasonOther: "Snow",
      },
      expect.objectContaining({ reviewId: lateUnrecorded, daysLate: 80, reason: null }),
      expect.objectContaining({
        reviewId: lateIro,
        name: "Ada Example",
        caseReference: "CR-0042",
        daysLate: 1,
        reason: "iro-unavailable",
      }),
    ]);
  });

  it("gives every month of the period, oldest first, months without reviews as zeros", () => {
    const { byMonth } = reviewsFigure({ organisationId }, year);
    expect(byMonth.map((m) => m.month)).toEqual([
      "2025-04",
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
    ]);
    expect(byMonth.find((m) => m.month === "2025-06")).toEqual({
      month: "2025-06",
      held: 2,
      onTime: 1,
    });
    // The series is in August (its first meeting), not split over its meetings.
    expect(byMonth.find((m) => m.month === "2025-08")).toEqual({
      month: "2025-08",
      held: 1,
      onTime: 1,
    });
    expect(byMonth.find((m) => m.month === "2026-03")).toEqual({
      month: "2026-03",
      held: 0,
      onTime: 0,
    });
  });

  it("an IRO's figure has only the reviews of children allocated to them on the day", () => {
    const figure = reviewsFigure({ organisationId, iroUserId: iroB }, year);
    expect(figure).toMatchObject({ held: 1, onTime: 0, late: 1 });
    expect(figure.lateReviews.map((r) => r.reviewId)).toEqual([lateOther]);
  });

  it("an empty period shows zeros and never divides by zero", () => {
    const figure = reviewsFigure({ organisationId }, month("2025-10"));
    expect(figure).toMatchObject({ held: 0, onTime: 0, late: 0, lateReviews: [] });
    expect(Object.values(figure.lateByReason).every((n) => n === 0)).toBe(true);
    expect(figure.byMonth).toEqual([{ month: "2025-10", held: 0, onTime: 0 }]);
    expect(percentage(figure.onTime, figure.held)).toBeNull();
  });
});
