import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { allocations, users } from "#db/schema";
import { buildOrganisation, buildUser, signedInAs } from "../../fixtures/builders";
import { csv, errorList, upload } from "./import-helpers";

const header = "case_reference,relationship,username_or_email,starts_on,ends_on";

let admin: ReturnType<typeof signedInAs>;
let organisationId: string;
beforeAll(async () => {
  organisationId = buildOrganisation("Allocations Borough");
  admin = signedInAs(await buildUser(organisationId, { role: "admin" }));
  await buildUser(organisationId, { role: "iro", username: "imp.iro.amelia" });
  await buildUser(organisationId, { role: "iro", username: "imp.iro.daniel" });
  const worker = await buildUser(organisationId, { role: "social_worker", username: "imp.sw.dan" });
  getDb()
    .update(users)
    .set({ email: "Dan.Worker@Example.org" })
    .where(eq(users.id, worker.id))
    .run();
  await buildUser(organisationId, { role: "carer", username: "imp.carer.kim" });
  const gone = await buildUser(organisationId, { role: "social_worker", username: "imp.sw.gone" });
  getDb()
    .update(users)
    .set({ disabledAt: new Date().toISOString() })
    .where(eq(users.id, gone.id))
    .run();
  // Someone in another council is nobody here.
  await buildUser(buildOrganisation("Elsewhere"), { role: "iro", username: "imp.iro.elsewhere" });
  upload(
    admin,
    "young_people",
    csv(
      "case_reference,given_name,family_name,date_of_birth,preferred_language,service_area,looked_after_on",
      "AL-1,Selam,Example,2011-04-18,ti,children_in_care,2025-09-01",
      "AL-2,Jordan,Example,2009-11-02,en,children_in_care,2024-02-01",
    ),
  ).confirm();
});

const stored = () =>
  getDb().select().from(allocations).where(eq(allocations.organisationId, organisationId)).all();

describe("importing allocations", () => {
  it("allocates staff found by username or email (any case), and re-importing changes nothing", () => {
    const file = csv(
      header,
      "AL-1,iro,imp.iro.amelia,2025-09-01,",
      "AL-1,social_worker,dan.worker@example.org,01/09/2025,",
      "AL-1,carer,IMP.CARER.KIM,2025-09-01,2026-01-31",
    );
    const first = upload(admin, "allocations", file);
    expect(first.plan.counts).toEqual({ create: 3, update: 0, unchanged: 0, errorRows: 0 });
    first.confirm();
    expect(stored()).toHaveLength(3);
    const again = upload(admin, "allocations", file);
    expect(again.plan.counts).toEqual({ create: 0, update: 0, unchanged: 3, errorRows: 0 });
    again.confirm();
    expect(stored()).toHaveLength(3);
  });

  it("changes a known allocation's end date, and says so", () => {
    const { plan, confirm } = upload(
      admin,
      "allocations",
      csv(header, "AL-1,carer,imp.carer.kim,2025-09-01,2026-02-28"),
    );
    expect(plan.update[0]!.changes).toEqual([
      { column: "ends_on", from: "2026-01-31", to: "2026-02-28" },
    ]);
    confirm();
    expect(stored().find((a) => a.relationship === "carer")!.endsOn).toBe("2026-02-28");
  });

  it("explains each wrong row: unknown child or person, wrong relationship or role, bad dates", () => {
    const { plan, confirm } = upload(
      admin,
      "allocations",
      csv(
        header,
        "AL-9,iro,imp.iro.amelia,2025-09-01,",
        "AL-2,iro,nobody.here,2025-09-01,",
        "AL-2,iro,imp.iro.elsewhere,2025-09-01,",
        "AL-2,teacher,imp.iro.amelia,2025-09-01,",
        "AL-2,iro,imp.sw.dan,2025-09-01,",
        "AL-2,social_worker,imp.sw.gone,2025-09-01,",
        "AL-2,social_worker,imp.sw.dan,2025-13-01,",
        "AL-2,social_worker,imp.sw.dan,2025-09-01,2025-08-01",
        "AL-2,advocate,imp.sw.dan,2025-09-01,",
        "AL-2,advocate,imp.sw.dan,2025-09-01,",
      ),
    );
    expect(errorList(plan)).toEqual([
      "2 case_reference import:errors.unknownCaseReference",
      "3 username_or_email import:errors.unknownPerson",
      "4 username_or_email import:errors.unknownPerson",
      "5 relationship people:errors.relationship",
      "6 username_or_email import:errors.wrongRole",
      "7 username_or_email import:errors.personDeactivated",
      "8 starts_on people:errors.startsOn",
      "9 ends_on people:errors.endsBeforeStart",
      "11 - import:errors.duplicateAllocation",
    ]);
    expect(plan.counts.create).toBe(1);
    expect(confirm()).toMatchObject({ ok: false });
    expect(stored().filter((a) => a.relationship === "advocate")).toHaveLength(0);
  });

  it("keeps one IRO at a time: a second IRO over the same days is refused until the first ends", () => {
    const overlapping = upload(
      admin,
      "allocations",
      csv(header, "AL-1,iro,imp.iro.daniel,2026-01-01,"),
    );
    expect(errorList(overlapping.plan)).toEqual(["2 starts_on import:errors.iroOverlap"]);
    const handedOver = upload(
      admin,
      "allocations",
      csv(
        header,
        "AL-1,iro,imp.iro.amelia,2025-09-01,2025-12-31",
        "AL-1,iro,imp.iro.daniel,2026-01-01,",
      ),
    );
    expect(handedOver.plan.counts).toMatchObject({ create: 1, update: 1, errorRows: 0 });
  });
});
