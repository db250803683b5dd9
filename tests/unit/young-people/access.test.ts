import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { auditEvents } from "#db/schema";
import { addDays, todayInEngland } from "~/dates/calendar";
import {
  getAllocatedYoungPerson,
  listAllocatedYoungPeople,
} from "~/young-people/young-people.server";
import {
  allocate,
  buildOrganisation,
  buildUser,
  buildYoungPerson,
  signedInAs,
} from "../../fixtures/builders";
import { statusOf } from "../../fixtures/status";

const today = todayInEngland();
let organisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation();
});

describe("who may see a young person", () => {
  it("an IRO sees the young people allocated to them, and not another IRO's", async () => {
    const amelia = signedInAs(await buildUser(organisationId, { role: "iro" }));
    const daniel = signedInAs(await buildUser(organisationId, { role: "iro" }));
    const mine = buildYoungPerson(organisationId, { givenName: "Mine" });
    const theirs = buildYoungPerson(organisationId, { givenName: "Theirs" });
    allocate(organisationId, mine, amelia.user.id, "iro");
    allocate(organisationId, theirs, daniel.user.id, "iro");

    expect(listAllocatedYoungPeople(amelia.user).map((p) => p.givenName)).toEqual(["Mine"]);
    expect(statusOf(() => getAllocatedYoungPerson(amelia.request, amelia.user, mine))).toBe("ok");
    expect(statusOf(() => getAllocatedYoungPerson(amelia.request, amelia.user, theirs))).toBe(404);
    expect(statusOf(() => getAllocatedYoungPerson(amelia.request, amelia.user, "no-such-id"))).toBe(
      404,
    );
  });

  it("an allocation that ended yesterday gives no access; one ending today still does", async () => {
    const iro = signedInAs(await buildUser(organisationId, { role: "iro" }));
    const ended = buildYoungPerson(organisationId);
    const endingToday = buildYoungPerson(organisationId);
    const notYet = buildYoungPerson(organisationId);
    allocate(organisationId, ended, iro.user.id, "iro", "2024-01-01", addDays(today, -1));
    allocate(organisationId, endingToday, iro.user.id, "iro", "2024-01-01", today);
    allocate(organisationId, notYet, iro.user.id, "iro", addDays(today, 1));
    expect(statusOf(() => getAllocatedYoungPerson(iro.request, iro.user, ended))).toBe(404);
    expect(statusOf(() => getAllocatedYoungPerson(iro.request, iro.user, endingToday))).toBe("ok");
    expect(statusOf(() => getAllocatedYoungPerson(iro.request, iro.user, notYet))).toBe(404);
  });

  it("the relationship must match the role: being someone's carer gives an IRO nothing", async () => {
    const iro = signedInAs(await buildUser(organisationId, { role: "iro" }));
    const child = buildYoungPerson(organisationId);
    allocate(organisationId, child, iro.user.id, "carer");
    expect(statusOf(() => getAllocatedYoungPerson(iro.request, iro.user, child))).toBe(404);
  });

  it("another organisation's records are never visible, even with an allocation row", async () => {
    const otherOrg = buildOrganisation("Another Council");
    const iro = signedInAs(await buildUser(organisationId, { role: "iro" }));
    const elsewhere = buildYoungPerson(otherOrg);
    allocate(otherOrg, elsewhere, iro.user.id, "iro");
    expect(listAllocatedYoungPeople(iro.user)).toEqual([]);
    expect(statusOf(() => getAllocatedYoungPerson(iro.request, iro.user, elsewhere))).toBe(404);
  });

  it("every view of a young person's record is audited", async () => {
    const worker = signedInAs(await buildUser(organisationId, { role: "social_worker" }));
    const child = buildYoungPerson(organisationId);
    allocate(organisationId, child, worker.user.id, "social_worker");
    getAllocatedYoungPerson(worker.request, worker.user, child);
    const events = getDb().select().from(auditEvents).all();
    expect(
      events.filter(
        (e) =>
          e.action === "young_person_viewed" &&
          e.youngPersonId === child &&
          e.actorUserId === worker.user.id,
      ),
    ).toHaveLength(1);
  });
});
