import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, sqlStatementsRun } from "#db/db.server";
import { youngPeople, type ServiceArea } from "#db/schema";
import { childrenFigure } from "~/reports/children.server";
import { reportingYear } from "~/reports/period";
import { allocate, buildOrganisation, buildUser, buildYoungPerson } from "../../fixtures/builders";

let organisationId: string;
let iroB: string;
const year = reportingYear(2025); // ends 2026-03-31

function child(
  preferredLanguage: string,
  options: {
    unaccompanied?: boolean;
    interpreter?: boolean;
    lookedAfterOn?: string | null;
    leftCareOn?: string;
    serviceArea?: ServiceArea;
    iro?: string;
    allocationEndsOn?: string;
  } = {},
) {
  const id = buildYoungPerson(organisationId, {
    preferredLanguage,
    serviceArea: options.serviceArea,
  });
  getDb()
    .update(youngPeople)
    .set({
      isUnaccompanied: options.unaccompanied ?? false,
      needsInterpreter: options.interpreter ?? false,
      lookedAfterOn: options.lookedAfterOn === undefined ? "2025-01-10" : options.lookedAfterOn,
      leftCareOn: options.leftCareOn ?? null,
    })
    .where(eq(youngPeople.id, id))
    .run();
  if (options.iro)
    allocate(organisationId, id, options.iro, "iro", "2025-01-10", options.allocationEndsOn);
}

beforeAll(async () => {
  organisationId = buildOrganisation();
  const iroA = (await buildUser(organisationId, { role: "iro" })).id;
  iroB = (await buildUser(organisationId, { role: "iro" })).id;
  child("ar", { unaccompanied: true, interpreter: true, iro: iroA });
  child("ar", { unaccompanied: true, iro: iroB });
  child("en");
  child("so", { interpreter: true, iro: iroB });
  child("en", { leftCareOn: "2026-04-15" }); // left after the day: still in care on it
  child("ti", { lookedAfterOn: null }); // no date recorded: in care
  // Not in care on 31 March 2026:
  child("en", { lookedAfterOn: "2026-04-01" });
  child("fa", { leftCareOn: "2026-03-31", iro: iroB, allocationEndsOn: "2026-03-31" });
  child("en", { serviceArea: "care_leaver" });
});

describe("who our children are (figure 10)", () => {
  it("counts the children in care on the period's last day", () => {
    const figure = childrenFigure({ organisationId }, year);
    expect(figure).toEqual({
      onDay: "2026-03-31",
      inCare: 6,
      unaccompanied: 2,
      needsInterpreter: 2,
      byLanguage: [
        { language: "ar", children: 2 },
        { language: "en", children: 2 },
        { language: "so", children: 1 },
        { language: "ti", children: 1 },
      ],
    });
  });

  it("an IRO's figure has only the children allocated to them on that day", () => {
    const figure = childrenFigure({ organisationId, iroUserId: iroB }, year);
    expect(figure).toMatchObject({ inCare: 2, unaccompanied: 1, needsInterpreter: 1 });
    expect(figure.byLanguage).toEqual([
      { language: "ar", children: 1 },
      { language: "so", children: 1 },
    ]);
  });

  it("shows zeros with no children, in one SQL statement", () => {
    const empty = buildOrganisation();
    const before = sqlStatementsRun();
    const figure = childrenFigure({ organisationId: empty }, year);
    expect(sqlStatementsRun() - before).toBe(1);
    expect(figure).toEqual({
      onDay: "2026-03-31",
      inCare: 0,
      unaccompanied: 0,
      needsInterpreter: 0,
      byLanguage: [],
    });
  });
});
