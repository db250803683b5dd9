import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { organisations, statements, urgentAlerts } from "#db/schema";
import { reportingYear } from "~/reports/period";
import { sameWorkingDayDeadline, urgentFigure } from "~/reports/urgent.server";
import { allocate, buildOrganisation, buildUser, buildYoungPerson } from "../../fixtures/builders";

let organisationId: string;
let iroA: string;
let iroB: string;
const year = reportingYear(2025); // 2025-04-01 .. 2026-03-31
const closure = "2025-12-29";

function alert(
  youngPersonId: string,
  authorUserId: string,
  raisedAt: string,
  acknowledgedAt?: string,
) {
  const statement = getDb()
    .insert(statements)
    .values({
      organisationId,
      youngPersonId,
      authorUserId,
      templateId: "worried",
      templateVersion: 1,
      language: "en",
      status: "submitted",
      submittedAt: raisedAt,
      isUrgent: true,
    })
    .returning({ id: statements.id })
    .get();
  getDb()
    .insert(urgentAlerts)
    .values({
      organisationId,
      statementId: statement.id,
      youngPersonId,
      raisedAt,
      acknowledgedBy: acknowledgedAt ? iroA : null,
      acknowledgedAt: acknowledgedAt ?? null,
    })
    .run();
}

beforeAll(async () => {
  organisationId = buildOrganisation();
  getDb()
    .update(organisations)
    .set({ closureDays: [closure] })
    .where(eq(organisations.id, organisationId))
    .run();
  iroA = (await buildUser(organisationId, { role: "iro" })).id;
  iroB = (await buildUser(organisationId, { role: "iro" })).id;
  const adaUser = (await buildUser(organisationId, { role: "young_person" })).id;
  const benUser = (await buildUser(organisationId, { role: "young_person" })).id;
  const ada = buildYoungPerson(organisationId, { givenName: "Ada", userId: adaUser });
  const ben = buildYoungPerson(organisationId, { givenName: "Ben", userId: benUser });
  allocate(organisationId, ada, iroA, "iro");
  // Ben's case moved from IRO A to IRO B on Tuesday 17 June.
  allocate(organisationId, ben, iroA, "iro", "2025-01-10", "2025-06-16");
  allocate(organisationId, ben, iroB, "iro", "2025-06-17");

  // Tuesday morning, acknowledged 30 minutes later: the same working day.
  alert(ada, adaUser, "2025-06-10T09:00:00.000Z", "2025-06-10T09:30:00.000Z");
  // Saturday, acknowledged first thing on Monday: the same working day (46 hours).
  alert(ada, adaUser, "2025-06-14T10:00:00.000Z", "2025-06-16T08:00:00.000Z");
  // Raised at 00:30 on 1 April in England (23:30 UTC on 31 March): in the year; 10 minutes.
  alert(ada, adaUser, "2025-03-31T23:30:00.000Z", "2025-03-31T23:40:00.000Z");
  // Not acknowledged: raised, not in the median.
  alert(ada, adaUser, "2025-06-18T12:00:00.000Z");
  // Ben, while IRO A held his case: 20 minutes.
  alert(ben, benUser, "2025-06-12T10:00:00.000Z", "2025-06-12T10:20:00.000Z");
  // Ben, IRO B's: Tuesday afternoon, acknowledged Wednesday morning — not the same day (17 hours).
  alert(ben, benUser, "2025-06-17T15:00:00.000Z", "2025-06-18T08:00:00.000Z");
  // 00:30 on 1 April 2026 in England: the next year, not this one.
  alert(ada, adaUser, "2026-03-31T23:30:00.000Z", "2026-03-31T23:35:00.000Z");
});

describe("urgent worries", () => {
  it("counts alerts raised in the period on England's calendar and how fast they were seen", () => {
    expect(urgentFigure({ organisationId }, year)).toEqual({
      raised: 6,
      acknowledged: 5,
      medianMinutes: 30, // of 10, 20, 30, 1020 and 2760
      sameWorkingDay: 4,
    });
  });

  it("an IRO's figure has the alerts of children whose case they held the day it was raised", () => {
    expect(urgentFigure({ organisationId, iroUserId: iroA }, year)).toEqual({
      raised: 5,
      acknowledged: 4,
      medianMinutes: 25, // of 10, 20, 30 and 2760: the mean of the middle two
      sameWorkingDay: 4,
    });
    expect(urgentFigure({ organisationId, iroUserId: iroB }, year)).toEqual({
      raised: 1,
      acknowledged: 1,
      medianMinutes: 1020,
      sameWorkingDay: 0,
    });
  });

  it("an empty period shows zeros and no median", () => {
    expect(urgentFigure({ organisationId }, reportingYear(2020))).toEqual({
      raised: 0,
      acknowledged: 0,
      medianMinutes: null,
      sameWorkingDay: 0,
    });
  });

  it("one raised on a day off may be acknowledged by the end of the next working day", () => {
    expect(sameWorkingDayDeadline("2025-06-10", [])).toBe("2025-06-10");
    expect(sameWorkingDayDeadline("2025-06-14", [])).toBe("2025-06-16"); // Saturday
    expect(sameWorkingDayDeadline("2025-08-25", [])).toBe("2025-08-26"); // bank holiday
    expect(sameWorkingDayDeadline("2025-12-27", [closure])).toBe("2025-12-30"); // Christmas closure
  });
});
