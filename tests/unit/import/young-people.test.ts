import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { auditEvents, importBatches, youngPeople } from "#db/schema";
import { buildOrganisation, buildUser, signedInAs } from "../../fixtures/builders";
import { csv, errorList, upload } from "./import-helpers";

const header =
  "case_reference,given_name,family_name,date_of_birth,preferred_language,needs_interpreter,interpreter_language,communication_needs,legal_status,service_area,looked_after_on,unaccompanied";

let admin: ReturnType<typeof signedInAs>;
let organisationId: string;
beforeAll(async () => {
  organisationId = buildOrganisation("Import Borough");
  admin = signedInAs(await buildUser(organisationId, { role: "admin" }));
});

const stored = () =>
  getDb().select().from(youngPeople).where(eq(youngPeople.organisationId, organisationId)).all();

describe("importing young people", () => {
  it("adds young people, and a second import of the same file changes nothing", () => {
    const file = csv(
      header,
      "YP-1,Selam,Tesfay,2011-04-18,ti,Yes,Tigrinya (Eritrean),Pictures help,section_20,children_in_care,01/09/2025,yes",
      "YP-2,Jordan,Sample,2006-11-02,en,,,,,care_leaver,,",
    );
    const first = upload(admin, "young_people", file);
    expect(first.plan.counts).toEqual({ create: 2, update: 0, unchanged: 0, errorRows: 0 });
    expect(stored()).toHaveLength(0);
    expect(first.confirm()).toMatchObject({ ok: true, summary: { created: 2 } });
    const selam = stored().find((p) => p.caseReference === "YP-1")!;
    expect(selam).toMatchObject({
      givenName: "Selam",
      preferredLanguage: "ti",
      needsInterpreter: true,
      interpreterLanguage: "Tigrinya (Eritrean)",
      legalStatus: "section_20",
      lookedAfterOn: "2025-09-01",
      isUnaccompanied: true,
      userId: null,
    });

    const again = upload(admin, "young_people", file);
    expect(again.plan.counts).toEqual({ create: 0, update: 0, unchanged: 2, errorRows: 0 });
    again.confirm();
    expect(stored()).toHaveLength(2);
  });

  it("shows what changes for a known case reference, field by field, and changes only that", () => {
    const { plan, confirm } = upload(
      admin,
      "young_people",
      csv(
        "case_reference,given_name,family_name,date_of_birth,preferred_language,service_area",
        "YP-2,Jordan,Sample-Jones,2006-11-02,so,care_leaver",
      ),
    );
    expect(plan.update).toEqual([
      {
        row: 2,
        label: "YP-2: Jordan Sample-Jones",
        changes: [
          { column: "family_name", from: "Sample", to: "Sample-Jones" },
          { column: "preferred_language", from: "en", to: "so" },
        ],
      },
    ]);
    confirm();
    const jordan = stored().find((p) => p.caseReference === "YP-2")!;
    expect(jordan).toMatchObject({ familyName: "Sample-Jones", preferredLanguage: "so" });
  });

  it("keeps what a file leaves out: a column not in the file is not emptied", () => {
    const { plan } = upload(
      admin,
      "young_people",
      csv(
        "case_reference,given_name,family_name,date_of_birth,preferred_language,service_area",
        "YP-1,Selam,Tesfay,2011-04-18,ti,children_in_care",
      ),
    );
    expect(plan.counts.unchanged).toBe(1);
  });

  it("gives every wrong row its row number and a reason, and saves nothing at all", () => {
    const { plan, confirm, batchId } = upload(
      admin,
      "young_people",
      csv(
        header,
        "YP-10,Amani,Example,2012-02-30,sw,,,,,children_in_care,,",
        "YP-11,Bilal,Example,2010-05-05,xx,,,,,children_in_care,,",
        "YP-12,Chidi,Example,2010-05-05,en,maybe,,,,in_care,,",
        "YP-13,Dana,Example,2010-05-05,en,,,,,children_in_care,2009-01-01,",
        "YP-10,Esi,Example,2010-05-05,en,,,,,children_in_care,,",
        ",Femi,,2010-05-05,en,,,,,children_in_care,,",
        "YP-14,Gift,Example,2010-05-05,en,,,,,children_in_care,,",
      ),
    );
    expect(errorList(plan)).toEqual([
      "2 date_of_birth people:errors.dateOfBirth",
      "3 preferred_language people:errors.language",
      "4 needs_interpreter import:errors.yesNo",
      "4 service_area people:errors.serviceArea",
      "5 looked_after_on people:errors.lookedAfterBeforeBirth",
      "6 case_reference import:errors.duplicateCaseReference",
      "7 family_name people:errors.familyName",
      "7 case_reference people:errors.caseReference",
    ]);
    expect(plan.errors.find((e) => e.row === 6)!.message.values).toEqual({ row: 2 });
    expect(plan.counts.create).toBe(1);
    expect(plan.canApply).toBe(false);

    expect(confirm()).toMatchObject({ ok: false });
    expect(stored().map((p) => p.caseReference)).not.toContain("YP-14");
    const batch = getDb().select().from(importBatches).where(eq(importBatches.id, batchId)).get()!;
    expect(batch.appliedAt).toBeNull();
  });

  it("refuses a file missing a required column before looking at its rows", () => {
    const { plan } = upload(admin, "young_people", csv("case_reference,given_name", "YP-20,Hana"));
    expect(plan.fileErrors.map((e) => e.values?.column)).toEqual([
      "family_name",
      "date_of_birth",
      "preferred_language",
      "service_area",
    ]);
    expect(plan.canApply).toBe(false);
  });

  it("audits the upload and the import by batch, with no names", () => {
    const { batchId, confirm } = upload(
      admin,
      "young_people",
      csv(header, "YP-30,Ivo,Example,2010-05-05,en,,,,,children_in_care,,"),
    );
    confirm();
    const events = getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, batchId))
      .all()
      .map((e) => [e.action, e.subjectType, e.youngPersonId]);
    expect(events).toEqual([
      ["import_previewed", "import_batch", null],
      ["import_applied", "import_batch", null],
    ]);
  });

  it("a confirmed batch shows what it did, and confirming it again does nothing", () => {
    const { confirm, preview } = upload(
      admin,
      "young_people",
      csv(header, "YP-31,Jo,Example,2010-05-05,en,,,,,children_in_care,,"),
    );
    confirm();
    expect(preview().applied?.summary).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(confirm()).toEqual({ ok: true, alreadyApplied: true });
    expect(stored().filter((p) => p.caseReference === "YP-31")).toHaveLength(1);
  });
});
