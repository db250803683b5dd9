import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import {
  allocations,
  auditEvents,
  consultationRequests,
  reviews,
  users,
  youngPeople,
} from "#db/schema";
import { checkSignInCode } from "~/auth/sign-in-codes.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import { preparationQueue } from "~/reviews/queue.server";
import { youngPersonRecordSchema, type YoungPersonRecord } from "~/young-people/record-schema";
import { recordLeftCare } from "~/young-people/left-care.server";
import {
  createYoungPersonRecord,
  listYoungPeopleRecords,
  updateYoungPersonRecord,
} from "~/young-people/records.server";
import { giveYoungPersonSignInCode, usernameFor } from "~/young-people/young-person-account.server";
import {
  getAllocatedYoungPerson,
  listAllocatedYoungPeople,
} from "~/young-people/young-people.server";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  requestFor,
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

function record(change: Partial<Record<string, string>> = {}): YoungPersonRecord {
  return youngPersonRecordSchema(today).parse({
    givenName: "Selam",
    familyName: "Tesfaye",
    dateOfBirth: "2012-03-27",
    preferredLanguage: "ti",
    serviceArea: "children_in_care",
    caseReference: `LAC-${Math.random().toString(36).slice(2, 8)}`,
    ...change,
  });
}

function create(change: Partial<Record<string, string>> = {}) {
  const saved = createYoungPersonRecord(admin.request, admin.user, record(change));
  if (!saved.ok) throw new Error("not saved");
  return saved.id;
}

describe("young people's records, kept by an administrator", () => {
  it("are created with every field, and the creation is audited", () => {
    const id = create({
      caseReference: "LAC-1001",
      legalStatus: "care_order",
      lookedAfterOn: "2025-06-02",
    });
    const row = getDb().select().from(youngPeople).where(eq(youngPeople.id, id)).get()!;
    expect(row).toMatchObject({
      organisationId,
      caseReference: "LAC-1001",
      legalStatus: "care_order",
      preferredLanguage: "ti",
    });
    const audit = getDb().select().from(auditEvents).where(eq(auditEvents.youngPersonId, id)).all();
    expect(audit.map((a) => a.action)).toEqual(["young_person_created"]);
  });

  it("refuse a case reference another young person has, whatever its case, beside the field", () => {
    const first = create({ caseReference: "LAC-2002" });
    expect(
      createYoungPersonRecord(admin.request, admin.user, record({ caseReference: "lac-2002" })),
    ).toEqual({
      ok: false,
      errors: { caseReference: "people:errors.caseReferenceTaken" },
    });
    const second = create({ caseReference: "LAC-2003" });
    expect(
      updateYoungPersonRecord(
        admin.request,
        admin.user,
        second,
        record({ caseReference: "LAC-2002" }),
      ).ok,
    ).toBe(false);
    // Saving a record with its own reference is no clash.
    expect(
      updateYoungPersonRecord(
        admin.request,
        admin.user,
        first,
        record({ caseReference: "LAC-2002", givenName: "Selamawit" }),
      ),
    ).toEqual({ ok: true, id: first });
  });

  it("allow the same case reference in another council", async () => {
    create({ caseReference: "SHARED-1" });
    const otherOrg = buildOrganisation("Elsewhere Council");
    const otherAdmin = signedInAs(await buildUser(otherOrg, { role: "admin" }));
    expect(
      createYoungPersonRecord(
        otherAdmin.request,
        otherAdmin.user,
        record({ caseReference: "SHARED-1" }),
      ).ok,
    ).toBe(true);
    // …and neither council's list shows the other's.
    const found = listYoungPeopleRecords(otherAdmin.user, { q: "SHARED" });
    expect(found.total).toBe(1);
  });

  it("are found by part of a name or case reference, a page at a time", () => {
    create({ givenName: "Hiwet", familyName: "Gebremariam", caseReference: "FIND-77" });
    expect(
      listYoungPeopleRecords(admin.user, { q: "gebrem" }).rows.map((r) => r.caseReference),
    ).toEqual(["FIND-77"]);
    expect(listYoungPeopleRecords(admin.user, { q: "find-7" }).rows).toHaveLength(1);
    expect(listYoungPeopleRecords(admin.user, { q: "%" }).rows).toHaveLength(0);
  });

  it("leaving care ends every allocation on that day, cancels planned reviews and drops the child off caseloads", async () => {
    const iro = signedInAs(await buildUser(organisationId, { role: "iro" }));
    const carer = await buildUser(organisationId, { role: "carer" });
    const id = create({ caseReference: "LEFT-1", givenName: "Dawit" });
    allocate(organisationId, id, iro.user.id, "iro", "2025-01-10");
    allocate(organisationId, id, carer.id, "carer", "2025-01-10", addDays(today, 30));
    allocate(organisationId, id, carer.id, "carer", "2024-01-01", "2024-06-30");
    const reviewId = buildReview(organisationId, id, addDays(today, 10));
    getDb()
      .insert(consultationRequests)
      .values({
        organisationId,
        reviewId,
        youngPersonId: id,
        kind: "carer",
        recipientUserId: carer.id,
        templateId: "carer-form",
        requestedBy: iro.user.id,
        dueOn: addDays(today, 5),
      })
      .run();
    expect(listAllocatedYoungPeople(iro.user).map((p) => p.id)).toContain(id);
    expect(preparationQueue(iro.user).reviews.map((r) => r.item.review.id)).toContain(reviewId);

    const leftOn = addDays(today, -1);
    recordLeftCare(admin.request, admin.user, id, {
      leftCareOn: leftOn,
      leftCareReason: "returned_home",
    });

    const ends = getDb()
      .select({ startsOn: allocations.startsOn, endsOn: allocations.endsOn })
      .from(allocations)
      .where(eq(allocations.youngPersonId, id))
      .all();
    // The old carer placement keeps its own end; the rest end on the day the child left care.
    expect(ends.map((a) => a.endsOn).sort()).toEqual(["2024-06-30", leftOn, leftOn].sort());
    expect(getDb().select().from(youngPeople).where(eq(youngPeople.id, id)).get()).toMatchObject({
      leftCareOn: leftOn,
      leftCareReason: "returned_home",
    });
    expect(getDb().select().from(reviews).where(eq(reviews.id, reviewId)).get()).toMatchObject({
      status: "cancelled",
      cancelledReason: "left_care",
    });
    expect(
      getDb()
        .select()
        .from(consultationRequests)
        .where(eq(consultationRequests.reviewId, reviewId))
        .get()!.cancelledAt,
    ).not.toBeNull();
    expect(listAllocatedYoungPeople(iro.user).map((p) => p.id)).not.toContain(id);
    expect(preparationQueue(iro.user).reviews).toHaveLength(0);
    expect(statusOf(() => getAllocatedYoungPerson(iro.request, iro.user, id))).toBe(404);
    // The record stays, listed among those who left care.
    expect(listYoungPeopleRecords(admin.user, { q: "LEFT-1", filter: "left" }).total).toBe(1);
    expect(listYoungPeopleRecords(admin.user, { q: "LEFT-1", filter: "current" }).total).toBe(0);
    const actions = getDb()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.youngPersonId, id))
      .all()
      .map((a) => a.action);
    expect(actions).toContain("young_person_left_care");
    expect(actions.filter((a) => a === "allocation_ended")).toHaveLength(2);
  });

  it("a sign-in code makes the young person's account the first time, and the code works", () => {
    const id = create({ givenName: "Ḥagos", caseReference: "CODE-1" });
    const issued = giveYoungPersonSignInCode(admin.request, admin.user, id);
    expect(issued.account.username).toMatch(/^hagos\d{4}$/);
    const row = getDb().select().from(youngPeople).where(eq(youngPeople.id, id)).get()!;
    const account = getDb().select().from(users).where(eq(users.id, row.userId!)).get()!;
    expect(account).toMatchObject({
      role: "young_person",
      organisationId,
      preferredLanguage: "ti",
    });
    const check = checkSignInCode(requestFor("/start"), issued.code);
    expect(check.ok && check.user.id).toBe(account.id);
    // A second code reuses the account.
    const again = giveYoungPersonSignInCode(admin.request, admin.user, id);
    expect(again.account.userId).toBe(account.id);
    expect(
      getDb()
        .select()
        .from(users)
        .where(and(eq(users.organisationId, organisationId), eq(users.role, "young_person")))
        .all(),
    ).toHaveLength(1);
  });

  it("usernames are letters of the given name and digits, or 'young' for other scripts", () => {
    expect(usernameFor("ሰላም")).toMatch(/^young\d{4}$/);
    expect(usernameFor("Zoë-Ann")).toMatch(/^zoeann\d{4}$/);
  });

  it("another council's administrator gets 404 on a record", async () => {
    const id = create({ caseReference: "MINE-1" });
    const otherOrg = buildOrganisation("Other Council");
    const other = signedInAs(await buildUser(otherOrg, { role: "admin" }));
    expect(statusOf(() => giveYoungPersonSignInCode(other.request, other.user, id))).toBe(404);
  });
});
