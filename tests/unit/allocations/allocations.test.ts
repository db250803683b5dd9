import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { allocations, auditEvents, users } from "#db/schema";
import {
  allocationHistory,
  createAllocation,
  updateAllocation,
} from "~/allocations/allocations.server";
import { startStatement } from "~/consultation/drafts.server";
import { getOwnStatement } from "~/consultation/own-statements.server";
import { findReadableStatement } from "~/consultation/reading.server";
import { submitStatement } from "~/consultation/sending.server";
import { findTemplate } from "~/consultation/templates";
import { addDays, todayInEngland } from "~/dates/calendar";
import {
  getAllocatedYoungPerson,
  listAllocatedYoungPeople,
} from "~/young-people/young-people.server";
import {
  buildOrganisation,
  buildUser,
  buildYoungPerson,
  signedInAs,
} from "../../fixtures/builders";
import { statusOf } from "../../fixtures/status";

const today = todayInEngland();
let organisationId: string;
let admin: ReturnType<typeof signedInAs>;
beforeAll(async () => {
  organisationId = buildOrganisation();
  admin = signedInAs(await buildUser(organisationId, { role: "admin" }));
});

const allocateAs = (
  youngPersonId: string,
  userId: string,
  relationship: Parameters<typeof createAllocation>[3]["relationship"],
  startsOn = today,
  endsOn: string | null = null,
) =>
  createAllocation(admin.request, admin.user, youngPersonId, {
    relationship,
    userId,
    startsOn,
    endsOn,
  });

describe("allocations made by an administrator", () => {
  it("give the person their view of the child, and are audited", async () => {
    const worker = signedInAs(await buildUser(organisationId, { role: "social_worker" }));
    const child = buildYoungPerson(organisationId);
    expect(allocateAs(child, worker.user.id, "social_worker")).toEqual({ ok: true });
    expect(getAllocatedYoungPerson(worker.request, worker.user, child).id).toBe(child);
    const audit = getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.youngPersonId, child))
      .all();
    expect(audit.map((a) => a.action)).toContain("allocation_created");
  });

  it("need the matching role and an active account", async () => {
    const child = buildYoungPerson(organisationId);
    const carer = await buildUser(organisationId, { role: "carer" });
    const parent = await buildUser(organisationId, { role: "parent" });
    const translator = await buildUser(organisationId, { role: "translator" });
    expect(allocateAs(child, carer.id, "iro")).toEqual({
      ok: false,
      errors: { userId: "people:errors.allocatedRole" },
    });
    expect(allocateAs(child, translator.id, "advocate").ok).toBe(false);
    expect(allocateAs(child, parent.id, "parent").ok).toBe(true);
    expect(allocateAs(child, carer.id, "carer").ok).toBe(true);
    expect(allocateAs(child, carer.id, "carer")).toEqual({
      ok: false,
      errors: { userId: "people:errors.alreadyAllocated" },
    });
    const gone = await buildUser(organisationId, { role: "social_worker" });
    getDb()
      .update(users)
      .set({ disabledAt: new Date().toISOString() })
      .where(eq(users.id, gone.id))
      .run();
    expect(allocateAs(child, gone.id, "social_worker")).toEqual({
      ok: false,
      errors: { userId: "people:errors.allocatedInactive" },
    });
    const elsewhere = await buildUser(buildOrganisation("Elsewhere"), { role: "social_worker" });
    expect(allocateAs(child, elsewhere.id, "social_worker").ok).toBe(false);
  });

  it("keep one IRO at a time: the new one ends the old one the day before, and takes over", async () => {
    const first = signedInAs(await buildUser(organisationId, { role: "iro" }));
    const second = signedInAs(await buildUser(organisationId, { role: "iro" }));
    const account = await buildUser(organisationId, { role: "young_person" });
    const child = buildYoungPerson(organisationId, { userId: account.id });
    expect(allocateAs(child, first.user.id, "iro", "2025-03-01")).toEqual({ ok: true });
    const young = signedInAs(account);
    const draft = startStatement(young.user, findTemplate("good-news")!, "en", child);
    submitStatement(young.request, young.user, getOwnStatement(young.user, draft.id), "iro");

    expect(allocateAs(child, second.user.id, "iro", addDays(today, 3))).toEqual({
      ok: false,
      errors: { startsOn: "people:errors.iroChangeFuture" },
    });
    expect(allocateAs(child, second.user.id, "iro", "2025-03-01")).toEqual({
      ok: false,
      errors: { startsOn: "people:errors.iroStartsBefore" },
    });
    expect(allocateAs(child, second.user.id, "iro", today)).toEqual({ ok: true });

    const history = allocationHistory(child, today);
    expect(history.map((a) => [a.userId, a.startsOn, a.endsOn, a.status])).toEqual([
      [second.user.id, today, null, "current"],
      [first.user.id, "2025-03-01", addDays(today, -1), "ended"],
    ]);
    expect(listAllocatedYoungPeople(first.user)).toEqual([]);
    expect(statusOf(() => findReadableStatement(first.user, draft.id))).toBe(404);
    expect(findReadableStatement(second.user, draft.id).id).toBe(draft.id);
  });

  it("are ended by giving a last day; the history keeps them", async () => {
    const carer = signedInAs(await buildUser(organisationId, { role: "carer" }));
    const child = buildYoungPerson(organisationId);
    allocateAs(child, carer.user.id, "carer", "2025-02-01");
    const [row] = getDb()
      .select()
      .from(allocations)
      .where(eq(allocations.youngPersonId, child))
      .all();
    expect(
      updateAllocation(admin.request, admin.user, child, row!.id, {
        startsOn: "2025-02-01",
        endsOn: addDays(today, -1),
      }),
    ).toEqual({ ok: true });
    expect(listAllocatedYoungPeople(carer.user)).toEqual([]);
    expect(allocationHistory(child, today).map((a) => a.status)).toEqual(["ended"]);
    const actions = getDb()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, row!.id))
      .all()
      .map((a) => a.action);
    expect(actions).toEqual(["allocation_created", "allocation_ended"]);
  });

  it("refuse IRO dates that would overlap another IRO's", async () => {
    const a = await buildUser(organisationId, { role: "iro" });
    const b = await buildUser(organisationId, { role: "manager" });
    const child = buildYoungPerson(organisationId);
    allocateAs(child, a.id, "iro", "2025-01-01");
    // An IRO manager may hold a caseload as IRO.
    expect(allocateAs(child, b.id, "iro", today)).toEqual({ ok: true });
    const old = allocationHistory(child, today).find((r) => r.userId === a.id)!;
    expect(
      updateAllocation(admin.request, admin.user, child, old.id, {
        startsOn: "2025-01-01",
        endsOn: null,
      }),
    ).toEqual({ ok: false, errors: { startsOn: "people:errors.iroOverlap" } });
  });

  it("let a social worker see the care leavers they are personal adviser to", async () => {
    const adviser = signedInAs(await buildUser(organisationId, { role: "social_worker" }));
    const leaver = buildYoungPerson(organisationId, { serviceArea: "care_leaver" });
    expect(statusOf(() => getAllocatedYoungPerson(adviser.request, adviser.user, leaver))).toBe(
      404,
    );
    expect(allocateAs(leaver, adviser.user.id, "personal_adviser")).toEqual({ ok: true });
    expect(listAllocatedYoungPeople(adviser.user).map((p) => p.id)).toEqual([leaver]);
  });
});
