import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { reviewMeetings, reviews, statements } from "#db/schema";
import { carersParentsFigure } from "~/reports/carers-parents.server";
import { percentage } from "~/reports/participation.server";
import { month, reportingYear } from "~/reports/period";
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
let carer: string;
let parent: string;
const year = reportingYear(2025); // 2025-04-01 .. 2026-03-31

function held(youngPersonId: string, meetings: string[], attendees: string[] = []) {
  const id = buildReview(organisationId, youngPersonId, meetings[0]!, {
    status: "held",
    heldOn: meetings[0]!,
  });
  getDb()
    .update(reviews)
    .set({ attendees, completedOn: meetings.at(-1)! })
    .where(eq(reviews.id, id))
    .run();
  for (const day of meetings)
    getDb().insert(reviewMeetings).values({ organisationId, reviewId: id, heldOn: day }).run();
  return id;
}

function form(
  youngPersonId: string,
  authorUserId: string,
  templateId: "carer-review" | "parent-views",
  reviewId: string | null,
  submittedAt: string,
  status: "draft" | "submitted" = "submitted",
) {
  getDb()
    .insert(statements)
    .values({
      organisationId,
      youngPersonId,
      authorUserId,
      templateId,
      templateVersion: 1,
      language: "en",
      status,
      submittedAt: status === "submitted" ? submittedAt : null,
      reviewId,
    })
    .run();
}

beforeAll(async () => {
  organisationId = buildOrganisation();
  iroA = (await buildUser(organisationId, { role: "iro" })).id;
  iroB = (await buildUser(organisationId, { role: "iro" })).id;
  carer = (await buildUser(organisationId, { role: "carer", displayName: "Jo Carer" })).id;
  parent = (await buildUser(organisationId, { role: "parent", displayName: "Maria Example" })).id;
  const ada = buildYoungPerson(organisationId, { givenName: "Ada" });
  const ben = buildYoungPerson(organisationId, { givenName: "Ben" });
  allocate(organisationId, ada, iroA, "iro");
  allocate(organisationId, ada, carer, "carer");
  allocate(organisationId, ada, parent, "parent", "2024-01-01", "2024-12-31");
  allocate(organisationId, ben, iroB, "iro");

  // Carer's form the day before: counts. Parent's form that morning: not before the review.
  // The attendees name the parent (case and spaces aside), allocated then or not.
  const june = held(ada, ["2025-06-10"], ["Jo Carer", "  maria EXAMPLE "]);
  form(ada, carer, "carer-review", june, "2025-06-09T10:00:00.000Z");
  form(ada, parent, "parent-views", june, "2025-06-10T07:00:00.000Z");

  // 23:30 UTC on 30 June is 00:30 on 1 July in England: sent on the day, not before.
  const july = held(ada, ["2025-07-01"], ["Jo Carer"]);
  form(ada, carer, "carer-review", july, "2025-06-30T23:30:00.000Z");
  form(ada, parent, "parent-views", july, "2025-06-20T10:00:00.000Z", "draft"); // never sent

  // A series of three meetings: counted once; the form before the first meeting counts,
  // one sent between the meetings does not.
  const series = held(ben, ["2025-09-01", "2025-09-08", "2025-09-15"], ["Someone Else"]);
  form(ben, parent, "parent-views", series, "2025-08-31T12:00:00.000Z");
  form(ben, carer, "carer-review", series, "2025-09-03T12:00:00.000Z");
  // A carer's form not written for a review is not this review's.
  form(ben, carer, "carer-review", null, "2025-08-30T12:00:00.000Z");

  // Outside the year: ignored.
  const march = held(ada, ["2025-03-31"], ["Maria Example"]);
  form(ada, carer, "carer-review", march, "2025-03-01T10:00:00.000Z");
});

describe("carers' and parents' forms before the review", () => {
  it("counts forms sent for the review on a day before its first meeting, and parents who came", () => {
    const figure = carersParentsFigure({ organisationId }, year);
    expect(figure).toEqual({ held: 3, withCarerForm: 1, withParentForm: 1, parentAttended: 1 });
    expect(percentage(figure.withCarerForm, figure.held)).toBe(33.3);
  });

  it("an IRO's figure has only the reviews of children allocated to them on the day", () => {
    expect(carersParentsFigure({ organisationId, iroUserId: iroB }, year)).toEqual({
      held: 1,
      withCarerForm: 0,
      withParentForm: 1,
      parentAttended: 0,
    });
    expect(carersParentsFigure({ organisationId, iroUserId: iroA }, month("2025-06"))).toEqual({
      held: 1,
      withCarerForm: 1,
      withParentForm: 0,
      parentAttended: 1,
    });
  });

  it("an empty period shows zeros and never divides by zero", () => {
    const figure = carersParentsFigure({ organisationId }, reportingYear(2020));
    expect(figure).toEqual({ held: 0, withCarerForm: 0, withParentForm: 0, parentAttended: 0 });
    expect(percentage(figure.withCarerForm, figure.held)).toBeNull();
  });
});
