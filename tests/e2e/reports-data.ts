import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { reviews, youngPeople } from "#db/schema";
import { todayInEngland } from "~/dates/calendar";
import { lastCompleteReportingYear } from "~/reports/period";
import type { LateReason } from "~/reviews/lateness";
import type { ParticipationCode, ViewsConveyedMethod } from "~/reviews/participation";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
} from "../fixtures/builders";

/*
 * An invented organisation whose annual-report figures are known exactly (issue 16): four young
 * people with two IROs, five reviews held in the last complete reporting year (one late, one of a
 * two-year-old, who is outside CLA 12), and reviews either side of the year that must not count.
 * Every name is made up.
 */

export const staffPassword = "reports-pass-123";

type Held = {
  dueOn: string;
  heldOn: string;
  code: ParticipationCode;
  views: ViewsConveyedMethod;
  lateReason?: LateReason;
};

function heldReview(organisationId: string, youngPersonId: string, review: Held) {
  const id = buildReview(organisationId, youngPersonId, review.dueOn, {
    status: "held",
    heldOn: review.heldOn,
  });
  getDb()
    .update(reviews)
    .set({
      participationCode: review.code,
      viewsConveyed: review.views,
      lateReason: review.lateReason ?? null,
    })
    .where(eq(reviews.id, id))
    .run();
  return id;
}

function youngPerson(
  organisationId: string,
  iroUserId: string,
  givenName: string,
  familyName: string,
  dateOfBirth: string,
  allocatedFrom: string,
) {
  const id = buildYoungPerson(organisationId, { givenName, dateOfBirth });
  const caseReference = `NM-${randomUUID().slice(0, 6).toUpperCase()}`;
  getDb()
    .update(youngPeople)
    .set({ familyName, caseReference })
    .where(eq(youngPeople.id, id))
    .run();
  allocate(organisationId, id, iroUserId, "iro", allocatedFrom);
  return { id, name: `${givenName} ${familyName}`, caseReference };
}

export async function buildReportingOrganisation() {
  const year = lastCompleteReportingYear(todayInEngland());
  const y = Number(year.from.slice(0, 4));
  const suffix = randomUUID().slice(0, 6);
  const name = `Northmere Borough Council ${suffix}`;
  const organisationId = buildOrganisation(name);
  const staff = (role: "manager" | "admin" | "iro", displayName: string) =>
    buildUser(organisationId, {
      role,
      displayName,
      username: `${role}.${displayName.split(" ")[0]!.toLowerCase()}.${suffix}`,
      password: staffPassword,
    });
  const manager = await staff("manager", "Hollis Varga");
  const admin = await staff("admin", "Ines Marchetti");
  const iroA = await staff("iro", "Priya Lindqvist");
  const iroB = await staff("iro", "Tomas Okafor");
  const allocatedFrom = `${y - 1}-01-01`;

  // IRO A: Juniper (9 on the day, took part) and Rowan (14 on the day, his birthday: did not).
  const juniper = youngPerson(
    organisationId,
    iroA.id,
    "Juniper",
    "Adebayo",
    `${y - 9}-01-15`,
    allocatedFrom,
  );
  heldReview(organisationId, juniper.id, {
    dueOn: `${y}-06-15`,
    heldOn: `${y}-06-10`,
    code: "PN1",
    views: "spoke",
  });
  const rowan = youngPerson(
    organisationId,
    iroA.id,
    "Rowan",
    "Achterberg",
    `${y - 14}-09-05`,
    allocatedFrom,
  );
  // Held on the day it was due: on time.
  heldReview(organisationId, rowan.id, {
    dueOn: `${y}-09-05`,
    heldOn: `${y}-09-05`,
    code: "PN7",
    views: "not-conveyed",
  });
  // The day before the year starts: not counted.
  heldReview(organisationId, rowan.id, {
    dueOn: `${y}-03-31`,
    heldOn: `${y}-03-31`,
    code: "PN1",
    views: "spoke",
  });

  // IRO B: Marisol (16, two reviews, the second 10 days late) and Ezra (2: PN0, not in CLA 12).
  const marisol = youngPerson(
    organisationId,
    iroB.id,
    "Marisol",
    "Quennell",
    `${y - 16}-07-01`,
    allocatedFrom,
  );
  heldReview(organisationId, marisol.id, {
    dueOn: `${y}-11-20`,
    heldOn: `${y}-11-12`,
    code: "PN2",
    views: "advocate",
  });
  heldReview(organisationId, marisol.id, {
    dueOn: `${y + 1}-02-10`,
    heldOn: `${y + 1}-02-20`,
    code: "PN3",
    views: "own-voice-statement",
    lateReason: "key-person-unavailable",
  });
  // The day after the year ends: not counted.
  heldReview(organisationId, marisol.id, {
    dueOn: `${y + 1}-04-01`,
    heldOn: `${y + 1}-04-01`,
    code: "PN1",
    views: "spoke",
  });
  const ezra = youngPerson(
    organisationId,
    iroB.id,
    "Ezra",
    "Pemberton",
    `${y - 2}-02-01`,
    allocatedFrom,
  );
  heldReview(organisationId, ezra.id, {
    dueOn: `${y}-08-01`,
    heldOn: `${y}-08-01`,
    code: "PN0",
    views: "not-conveyed",
  });
  // Planned, not held: not counted.
  buildReview(organisationId, ezra.id, `${y}-12-01`);

  return {
    name,
    year,
    startYear: y,
    manager,
    admin,
    iroA,
    iroB,
    children: { juniper, rowan, marisol, ezra },
  };
}

export type ReportingOrganisation = Awaited<ReturnType<typeof buildReportingOrganisation>>;
