import { eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { letterReads, letters, letterVersions, organisations, reviews } from "#db/schema";
import { afterReviewFigure, workingDaysBetween } from "~/reports/after-review.server";
import { median } from "~/reports/median";
import { reportingYear } from "~/reports/period";
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
const year = reportingYear(2025); // 2025-04-01 .. 2026-03-31
const closure = "2025-06-16"; // a Monday the organisation is closed

function held(
  youngPersonId: string,
  heldOn: string,
  extra: { completedOn?: string; decisionsDueOn?: string; decisionsCirculatedOn?: string } = {},
) {
  const id = buildReview(organisationId, youngPersonId, heldOn, { status: "held", heldOn });
  getDb()
    .update(reviews)
    .set({ completedOn: heldOn, ...extra })
    .where(eq(reviews.id, id))
    .run();
  return id;
}

/** A letter for the review; each issue time makes a version (1, 2, ...). Returns version ids. */
function letter(
  reviewId: string,
  youngPersonId: string,
  language: string,
  dueOn: string,
  issues: string[],
) {
  const letterId = randomUUID();
  getDb()
    .insert(letters)
    .values({
      id: letterId,
      organisationId,
      reviewId,
      youngPersonId,
      authorUserId: iroA,
      language,
      dueOn,
    })
    .run();
  return issues.map((issuedAt, i) => {
    const id = randomUUID();
    getDb()
      .insert(letterVersions)
      .values({
        id,
        organisationId,
        letterId,
        number: i + 1,
        issuedAt,
        issuedBy: iroA,
        language,
        fields: {},
        translation: {},
        facts: { childName: "", iroName: "", meetings: [], place: null, nextReviewDue: null },
      })
      .run();
    return id;
  });
}

const read = (versionId: string, userId: string) =>
  getDb().insert(letterReads).values({ versionId, userId }).run();

beforeAll(async () => {
  organisationId = buildOrganisation();
  getDb()
    .update(organisations)
    .set({ closureDays: [closure] })
    .where(eq(organisations.id, organisationId))
    .run();
  iroA = (await buildUser(organisationId, { role: "iro" })).id;
  iroB = (await buildUser(organisationId, { role: "iro" })).id;
  carer = (await buildUser(organisationId, { role: "carer" })).id;
  const adaUser = (await buildUser(organisationId, { role: "young_person" })).id;
  const benUser = (await buildUser(organisationId, { role: "young_person" })).id;
  const ada = buildYoungPerson(organisationId, { givenName: "Ada", userId: adaUser });
  const ben = buildYoungPerson(organisationId, { givenName: "Ben", userId: benUser });
  allocate(organisationId, ada, iroA, "iro");
  allocate(organisationId, ben, iroB, "iro");

  // Decisions circulated on their due day: in time. Letter issued on Friday 27 June: in time,
  // 18 working days after Monday 2 June (the closure day not counted); Ada read its correction.
  const june = held(ada, "2025-06-02", {
    decisionsDueOn: "2025-06-09",
    decisionsCirculatedOn: "2025-06-09",
  });
  const [, correction] = letter(june, ada, "en", "2025-06-30", [
    "2025-06-27T10:00:00.000Z",
    "2025-07-02T10:00:00.000Z",
  ]);
  read(correction!, adaUser);

  // A series completed on 10 July: decisions a day late. The letter, due 7 August, was issued at
  // 00:30 on 8 August in England (23:30 UTC the day before): late, 21 working days after the last
  // meeting. Read by the carer, not by Ben.
  const july = held(ben, "2025-07-01", {
    completedOn: "2025-07-10",
    decisionsDueOn: "2025-07-17",
    decisionsCirculatedOn: "2025-07-18",
  });
  const [arabic] = letter(july, ben, "ar", "2025-08-07", ["2025-08-07T23:30:00.000Z"]);
  read(arabic!, carer);

  // Issued the day of the review: 0 working days. Decisions not yet circulated: due, not in time.
  const september = held(ada, "2025-09-01", { decisionsDueOn: "2025-09-08" });
  letter(september, ada, "en", "2025-09-29", ["2025-09-01T09:00:00.000Z"]);

  // No decisions due date, letter drafted but not issued: neither counts.
  const draft = held(ada, "2025-10-01");
  letter(draft, ada, "en", "2025-10-29", []);

  // Held before the year: ignored.
  const march = held(ada, "2025-03-20", {
    decisionsDueOn: "2025-03-27",
    decisionsCirculatedOn: "2025-03-27",
  });
  letter(march, ada, "en", "2025-04-17", ["2025-04-01T10:00:00.000Z"]);
});

describe("after the review", () => {
  it("counts decisions and letters for reviews held in the period, in time by the local standard", () => {
    expect(afterReviewFigure({ organisationId }, year)).toEqual({
      decisionsDue: 3,
      decisionsInTime: 1,
      lettersIssued: 3,
      lettersInTime: 2,
      medianWorkingDays: 18, // of 0, 18 and 21
      lettersRead: 1,
      byLanguage: [
        { language: "en", issued: 2, inTime: 2, read: 1 },
        { language: "ar", issued: 1, inTime: 0, read: 0 },
      ],
    });
  });

  it("an IRO's figure has only the reviews of children allocated to them on the day", () => {
    expect(afterReviewFigure({ organisationId, iroUserId: iroA }, year)).toMatchObject({
      decisionsDue: 2,
      decisionsInTime: 1,
      lettersIssued: 2,
      medianWorkingDays: 9, // of 0 and 18: an even count takes the mean of the middle two
      byLanguage: [{ language: "en", issued: 2, inTime: 2, read: 1 }],
    });
  });

  it("an empty period shows zeros and no median", () => {
    expect(afterReviewFigure({ organisationId }, reportingYear(2020))).toEqual({
      decisionsDue: 0,
      decisionsInTime: 0,
      lettersIssued: 0,
      lettersInTime: 0,
      medianWorkingDays: null,
      lettersRead: 0,
      byLanguage: [],
    });
  });

  it("counts working days after the review, without weekends, bank holidays or closures", () => {
    expect(workingDaysBetween("2025-06-02", "2025-06-02", [])).toBe(0);
    expect(workingDaysBetween("2025-06-06", "2025-06-09", [])).toBe(1); // Friday to Monday
    expect(workingDaysBetween("2025-06-13", "2025-06-17", [closure])).toBe(1);
    expect(workingDaysBetween("2025-08-22", "2025-08-26", [])).toBe(1); // over a bank holiday
  });
});

describe("median", () => {
  it("is the middle value, the mean of the middle two for an even count, null for none", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });
});
