import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, sqlStatementsRun } from "#db/db.server";
import { users, type Role } from "#db/schema";
import { caseloadsFigure } from "~/reports/caseloads.server";
import { reportingYear } from "~/reports/period";
import { allocate, buildOrganisation, buildUser, buildYoungPerson } from "../../fixtures/builders";

let organisationId: string;
let bilal: string;
const year = reportingYear(2025); // ends 2026-03-31

async function staff(
  displayName: string,
  fullTimeEquivalent: number | null,
  role: Role = "iro",
  disabledAt: string | null = null,
) {
  const { id } = await buildUser(organisationId, { role, displayName });
  getDb().update(users).set({ fullTimeEquivalent, disabledAt }).where(eq(users.id, id)).run();
  return id;
}

/** Children allocated to an IRO: [starts on, ends on] for each. */
function caseload(iro: string, ...spans: [string, string | null][]) {
  for (const [startsOn, endsOn] of spans)
    allocate(organisationId, buildYoungPerson(organisationId), iro, "iro", startsOn, endsOn);
}

beforeAll(async () => {
  organisationId = buildOrganisation();
  const amelia = await staff("Amelia", 1);
  bilal = await staff("Bilal", 0.5);
  const chen = await staff("Chen", null);
  await staff("Dara", 1);
  await staff("Zed", 1, "iro", "2025-12-01T10:00:00.000Z"); // left: no caseload, not listed
  const mo = await staff("Mo", null, "manager");
  await staff("Nia", null, "manager"); // a manager with no caseload: not listed

  caseload(
    amelia,
    ["2025-01-10", null],
    ["2025-01-10", "2026-03-31"], // the last day of an allocation counts
    ["2025-06-01", null],
    ["2025-01-10", "2026-03-30"], // ended the day before
    ["2026-04-01", null], // starts after
  );
  allocate(organisationId, buildYoungPerson(organisationId), amelia, "social_worker");
  caseload(bilal, ["2025-01-10", null]);
  caseload(chen, ["2025-01-10", null], ["2025-01-10", null]);
  caseload(mo, ["2025-01-10", null]);
});

describe("caseloads (figure 6)", () => {
  it("counts the children allocated to each IRO on the period's last day", () => {
    const figure = caseloadsFigure({ organisationId }, year);
    expect(figure.onDay).toBe("2026-03-31");
    expect(figure.iros.map(({ userId: _, ...iro }) => iro)).toEqual([
      { name: "Amelia", children: 3, fullTimeEquivalent: 1, perFullTime: 3 },
      { name: "Bilal", children: 1, fullTimeEquivalent: 0.5, perFullTime: 2 },
      { name: "Chen", children: 2, fullTimeEquivalent: null, perFullTime: null },
      { name: "Dara", children: 0, fullTimeEquivalent: 1, perFullTime: 0 },
      { name: "Mo", children: 1, fullTimeEquivalent: null, perFullTime: null },
    ]);
    expect(figure.totalChildren).toBe(7);
    expect(figure.handbookRange).toEqual([50, 70]);
  });

  it("counts children per full-time IRO over the IROs whose hours are set", () => {
    const figure = caseloadsFigure({ organisationId }, year);
    expect(figure.totalFullTimeEquivalent).toBe(2.5);
    expect(figure.perFullTime).toBe(1.6); // 4 children of Amelia, Bilal and Dara over 2.5
  });

  it("an IRO sees only their own caseload", () => {
    const figure = caseloadsFigure({ organisationId, iroUserId: bilal }, year);
    expect(figure.iros).toEqual([
      { userId: bilal, name: "Bilal", children: 1, fullTimeEquivalent: 0.5, perFullTime: 2 },
    ]);
    expect(figure.totalChildren).toBe(1);
    expect(figure.perFullTime).toBe(2);
  });

  it("shows zeros before anyone was allocated, and null with no hours set, in one SQL statement", () => {
    const before = sqlStatementsRun();
    const figure = caseloadsFigure({ organisationId }, reportingYear(2020));
    expect(sqlStatementsRun() - before).toBe(1);
    expect(figure.totalChildren).toBe(0);
    expect(figure.iros.every((iro) => iro.children === 0)).toBe(true);
    expect(figure.perFullTime).toBe(0);
    const empty = caseloadsFigure({ organisationId: buildOrganisation() }, year);
    expect(empty).toMatchObject({ iros: [], totalChildren: 0, totalFullTimeEquivalent: 0 });
    expect(empty.perFullTime).toBeNull();
  });
});
