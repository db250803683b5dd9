import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { auditEvents } from "#db/schema";
import { workingHoursSchema } from "~/staff/staff-schema";
import { getStaffMember, setWorkingHours } from "~/staff/staff.server";
import { buildOrganisation, buildUser, signedInAs } from "../../fixtures/builders";

const parse = (fullTimeEquivalent: string) => workingHoursSchema.safeParse({ fullTimeEquivalent });
const parsed = (typed: string) => parse(typed).data?.fullTimeEquivalent;
const refused = (typed: string) => parse(typed).error?.issues.map((i) => i.message);

describe("working hours as typed", () => {
  it("takes a share of full time with up to two decimals; empty means not set", () => {
    expect(parsed("1")).toBe(1);
    expect(parsed("0.5")).toBe(0.5);
    expect(parsed(" 0.75 ")).toBe(0.75);
    expect(parsed(".6")).toBe(0.6);
    expect(parsed("0.10")).toBe(0.1);
    expect(parsed("1.00")).toBe(1);
    expect(parsed("")).toBeNull();
    expect(parsed("   ")).toBeNull();
    expect(workingHoursSchema.parse({}).fullTimeEquivalent).toBeNull();
  });

  it("reads a decimal comma and Arabic-Indic or Persian digits", () => {
    expect(parsed("0,5")).toBe(0.5);
    expect(parsed("٠٫٥")).toBe(0.5);
    expect(parsed("۰٫۷۵")).toBe(0.75);
  });

  it("says how to fix what it cannot use", () => {
    expect(refused("half")).toEqual(["staff:errors.fteNumber"]);
    expect(refused("0.5.1")).toEqual(["staff:errors.fteNumber"]);
    expect(refused("-0.5")).toEqual(["staff:errors.fteNumber"]);
    expect(refused("37.5")).toEqual(["staff:errors.fteRange"]);
    expect(refused("0")).toEqual(["staff:errors.fteRange"]);
    expect(refused("0.05")).toEqual(["staff:errors.fteRange"]);
    expect(refused("1.5")).toEqual(["staff:errors.fteRange"]);
    expect(refused("0.125")).toEqual(["staff:errors.fteDecimals"]);
  });
});

describe("saving working hours", () => {
  let organisationId: string;
  beforeAll(() => {
    organisationId = buildOrganisation();
  });

  const audits = (subjectId: string) =>
    getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "staff_updated"), eq(auditEvents.subjectId, subjectId)))
      .all();

  it("saves an IRO's hours, audited once per change, and clears them", async () => {
    const { request, user: admin } = signedInAs(await buildUser(organisationId, { role: "admin" }));
    const iro = await buildUser(organisationId, { role: "iro" });
    setWorkingHours(request, admin, iro.id, 0.6);
    expect(getStaffMember(admin, iro.id).fullTimeEquivalent).toBe(0.6);
    setWorkingHours(request, admin, iro.id, 0.6);
    expect(audits(iro.id)).toHaveLength(1);
    setWorkingHours(request, admin, iro.id, null);
    expect(getStaffMember(admin, iro.id).fullTimeEquivalent).toBeNull();
    expect(audits(iro.id)).toHaveLength(2);
  });

  it("is for IROs and managers only", async () => {
    const { request, user: admin } = signedInAs(await buildUser(organisationId, { role: "admin" }));
    const manager = await buildUser(organisationId, { role: "manager" });
    setWorkingHours(request, admin, manager.id, 1);
    expect(getStaffMember(admin, manager.id).fullTimeEquivalent).toBe(1);
    const carer = await buildUser(organisationId, { role: "carer" });
    expect(() => setWorkingHours(request, admin, carer.id, 0.5)).toThrow(Response);
    expect(getStaffMember(admin, carer.id).fullTimeEquivalent).toBeNull();
  });
});
