import { beforeAll, describe, expect, it } from "vitest";
import { getDb, sqlStatementsRun } from "#db/db.server";
import { statements } from "#db/schema";
import { month, reportingYear } from "~/reports/period";
import { useFigure } from "~/reports/use.server";
import { fallingMonths } from "~/reports/use-warning";
import { allocate, buildOrganisation, buildUser, buildYoungPerson } from "../../fixtures/builders";

let organisationId: string;
let iroB: string;
const year = reportingYear(2025); // 2025-04-01 .. 2026-03-31

function sent(
  youngPersonId: string,
  authorUserId: string,
  submittedAt: string,
  templateId = "getting-ready",
  status: "submitted" | "draft" = "submitted",
) {
  getDb()
    .insert(statements)
    .values({
      organisationId,
      youngPersonId,
      authorUserId,
      templateId,
      templateVersion: 1,
      language: "en",
      status,
      submittedAt,
    })
    .run();
}

beforeAll(async () => {
  organisationId = buildOrganisation();
  const iroA = (await buildUser(organisationId, { role: "iro" })).id;
  iroB = (await buildUser(organisationId, { role: "iro" })).id;
  const carer = (await buildUser(organisationId, { role: "carer" })).id;
  const xavier = (await buildUser(organisationId, { role: "young_person" })).id;
  const x = buildYoungPerson(organisationId, { userId: xavier });
  allocate(organisationId, x, iroA, "iro");
  const yasmin = (await buildUser(organisationId, { role: "young_person" })).id;
  const y = buildYoungPerson(organisationId, { userId: yasmin });
  allocate(organisationId, y, iroB, "iro", "2025-04-10");

  // Four a month in the three months before the reporting year.
  for (const m of ["01", "02", "03"])
    for (let i = 1; i <= 4; i++) sent(x, xavier, `2025-${m}-1${i}T10:00:00.000Z`);
  // April falls to one (before Yasmin's IRO was allocated); feedback and drafts do not count.
  sent(y, yasmin, "2025-04-05T10:00:00.000Z", "worried");
  sent(x, xavier, "2025-04-20T10:00:00.000Z", "feedback");
  sent(x, xavier, "2025-04-21T10:00:00.000Z", "letter-reply");
  sent(x, xavier, "2025-04-22T10:00:00.000Z", "getting-ready", "draft");
  // May: 23:30 UTC on 30 April is 1 May in England.
  sent(x, xavier, "2025-04-30T23:30:00.000Z");
  sent(y, carer, "2025-05-10T10:00:00.000Z", "carer-review");
  sent(x, xavier, "2025-05-12T10:00:00.000Z", "my-say");
});

describe("use of Own Voice over time (figure 4)", () => {
  it("counts statements sent per month by form, and the young people they were about", () => {
    const figure = useFigure({ organisationId }, year);
    expect(figure.byMonth).toHaveLength(12);
    const [april, may, june] = figure.byMonth;
    expect(april).toMatchObject({ month: "2025-04", total: 1, youngPeople: 1 });
    expect(april!.byForm).toMatchObject({ worried: 1, "getting-ready": 0 });
    expect(may).toMatchObject({ month: "2025-05", total: 3, youngPeople: 2 });
    expect(may!.byForm).toMatchObject({ "getting-ready": 1, "carer-review": 1, "my-say": 1 });
    expect(june).toMatchObject({ total: 0, youngPeople: 0 });
    expect(figure.total).toBe(4);
    expect(figure.youngPeople).toBe(2);
  });

  it("warns in the first month that falls, counting the months before the period", () => {
    const figure = useFigure({ organisationId }, year);
    expect(figure.byMonth[0]!.fellBelowHalfOf).toBe(4);
    expect(figure.byMonth[1]!.fellBelowHalfOf).toBeNull(); // 3 is not below half of 3
    expect(figure.byMonth[2]!.fellBelowHalfOf).toBe(2.7); // June: none, after 4, 1 and 3
    expect(figure.byMonth[8]!.fellBelowHalfOf).toBeNull(); // December: nothing to fall from
    expect(useFigure({ organisationId }, month("2025-04")).byMonth[0]!.fellBelowHalfOf).toBe(4);
  });

  it("does not compare a month the period covers only in part", () => {
    const figure = useFigure(
      { organisationId },
      { kind: "dates", from: "2025-04-01", to: "2025-04-15" },
    );
    expect(figure.byMonth).toEqual([
      expect.objectContaining({ month: "2025-04", total: 1, fellBelowHalfOf: null }),
    ]);
  });

  it("an IRO's figure has only statements about children they held on the day sent", () => {
    const figure = useFigure({ organisationId, iroUserId: iroB }, year);
    expect(figure.byMonth[0]).toMatchObject({ total: 0, fellBelowHalfOf: null });
    expect(figure.byMonth[1]).toMatchObject({ total: 1, youngPeople: 1 });
    expect(figure.total).toBe(1);
    expect(figure.youngPeople).toBe(1);
  });

  it("an empty period shows zeros and no warning, in two SQL statements", () => {
    const before = sqlStatementsRun();
    const figure = useFigure({ organisationId }, reportingYear(2020));
    expect(sqlStatementsRun() - before).toBe(2);
    expect(figure.total).toBe(0);
    expect(figure.youngPeople).toBe(0);
    expect(figure.byMonth.every((m) => m.total === 0 && m.fellBelowHalfOf === null)).toBe(true);
  });
});

describe("the falling-use warning", () => {
  const series = (...totals: number[]) =>
    totals.map((total, i) => ({ month: `2025-${String(i + 1).padStart(2, "0")}`, total }));

  it("fires when a month falls below half the average of the three before", () => {
    expect(fallingMonths(series(20, 20, 20, 9))).toEqual(new Map([["2025-04", 20]]));
  });

  it("does not fire at exactly half", () => {
    expect(fallingMonths(series(20, 20, 20, 10)).size).toBe(0);
  });

  it("needs some use in the three months before", () => {
    expect(fallingMonths(series(0, 0, 0, 0)).size).toBe(0);
    expect(fallingMonths(series(0, 0, 3, 0))).toEqual(new Map([["2025-04", 1]]));
  });

  it("counts a month missing from the list as no use, across the turn of the year", () => {
    expect(
      fallingMonths([
        { month: "2025-10", total: 31 },
        { month: "2026-01", total: 5 },
      ]),
    ).toEqual(new Map([["2026-01", 10.3]]));
  });
});
