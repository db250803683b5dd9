import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, sqlStatementsRun } from "#db/db.server";
import { reviews, statements, statementWithdrawals } from "#db/schema";
import { reportingYear } from "~/reports/period";
import { viewsBeforeFigure } from "~/reports/views-before.server";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
} from "../../fixtures/builders";

let organisationId: string;
let iroB: string;
const year = reportingYear(2025); // 2025-04-01 .. 2026-03-31

/** A young person with their own account, allocated to an IRO. */
async function child(dateOfBirth: string, iro: string, language = "en") {
  const account = await buildUser(organisationId, { role: "young_person" });
  const id = buildYoungPerson(organisationId, {
    userId: account.id,
    dateOfBirth,
    preferredLanguage: language,
  });
  allocate(organisationId, id, iro, "iro");
  return { id, userId: account.id };
}

function held(youngPersonId: string, heldOn: string, chaired = false) {
  const id = buildReview(organisationId, youngPersonId, heldOn, { status: "held", heldOn });
  getDb().update(reviews).set({ childChaired: chaired }).where(eq(reviews.id, id)).run();
  return id;
}

function sent(
  youngPerson: { id: string; userId: string },
  reviewId: string,
  submittedAt: string,
  options: {
    templateId?: string;
    language?: string;
    authorUserId?: string;
    helpedBy?: string;
  } = {},
) {
  return getDb()
    .insert(statements)
    .values({
      organisationId,
      youngPersonId: youngPerson.id,
      authorUserId: options.authorUserId ?? youngPerson.userId,
      templateId: options.templateId ?? "getting-ready",
      templateVersion: 1,
      language: options.language ?? "en",
      status: "submitted",
      submittedAt,
      reviewId,
      helpedBy: options.helpedBy ?? null,
    })
    .returning({ id: statements.id })
    .get().id;
}

beforeAll(async () => {
  organisationId = buildOrganisation();
  const iroA = (await buildUser(organisationId, { role: "iro" })).id;
  iroB = (await buildUser(organisationId, { role: "iro" })).id;
  const worker = (await buildUser(organisationId, { role: "social_worker" })).id;
  const carer = (await buildUser(organisationId, { role: "carer" })).id;

  // Eight on the day of the review (born 10 June 2017): band 8-12. Two statements, counted once.
  const ana = await child("2017-06-10", iroA);
  const anaReview = held(ana.id, "2025-06-10", true);
  sent(ana, anaReview, "2025-06-01T10:00:00.000Z", { language: "ar" });
  sent(ana, anaReview, "2025-06-05T10:00:00.000Z", { templateId: "my-say", helpedBy: worker });

  // Thirteen: a statement sent on the day (23:30 UTC on 30 June is 1 July in England) and a
  // carer's form before it: neither is the young person's own view before the review.
  const ben = await child("2012-01-01", iroA);
  const benReview = held(ben.id, "2025-07-01");
  sent(ben, benReview, "2025-06-30T23:30:00.000Z");
  sent(ben, benReview, "2025-07-02T09:00:00.000Z");
  sent(ben, benReview, "2025-06-20T09:00:00.000Z", {
    templateId: "carer-review",
    authorUserId: carer,
  });

  // Sixteen, in together mode with a worker; chaired part of the review.
  const cai = await child("2009-09-01", iroB);
  const caiReview = held(cai.id, "2025-10-01", true);
  sent(cai, caiReview, "2025-09-20T09:00:00.000Z", { language: "so", helpedBy: worker });

  // Twenty: the only statement was taken back.
  const dee = await child("2005-01-01", iroA);
  const deeReview = held(dee.id, "2025-11-01");
  const withdrawn = sent(dee, deeReview, "2025-10-20T09:00:00.000Z");
  getDb()
    .insert(statementWithdrawals)
    .values({ statementId: withdrawn, byUserId: dee.userId })
    .run();

  // Two: counted among reviews held, in no age band.
  const bo = await child("2023-01-01", iroA);
  held(bo.id, "2026-03-31");
  // Held the year before: not counted.
  held(ana.id, "2025-03-31");
});

describe("children's own views before the review (figure 3)", () => {
  it("counts a review once when the young person sent their own statement before the first meeting", () => {
    const figure = viewsBeforeFigure({ organisationId }, year);
    expect(figure.held).toBe(5);
    expect(figure.withStatement).toBe(2);
    expect(figure.byAgeBand).toEqual([
      { band: "4-7", held: 0, withStatement: 0 },
      { band: "8-12", held: 1, withStatement: 1 },
      { band: "13-17", held: 2, withStatement: 1 },
      { band: "18+", held: 1, withStatement: 0 },
    ]);
    // The earliest statement gives the language and how it was written.
    expect(figure.byLanguage).toEqual([
      { language: "ar", withStatement: 1 },
      { language: "so", withStatement: 1 },
    ]);
    expect(figure.byHow).toEqual({ alone: 1, together: 1 });
  });

  it("counts the young people who chaired part of their review, by age on the day", () => {
    const figure = viewsBeforeFigure({ organisationId }, year);
    expect(figure.chaired).toBe(2);
    expect(figure.chairedByAgeBand).toEqual([
      { band: "4-7", held: 0, chaired: 0 },
      { band: "8-12", held: 1, chaired: 1 },
      { band: "13-17", held: 2, chaired: 1 },
      { band: "18+", held: 1, chaired: 0 },
    ]);
  });

  it("an IRO's figure has only the reviews of children allocated to them", () => {
    const figure = viewsBeforeFigure({ organisationId, iroUserId: iroB }, year);
    expect(figure.held).toBe(1);
    expect(figure.withStatement).toBe(1);
    expect(figure.byHow).toEqual({ alone: 0, together: 1 });
  });

  it("an empty period shows zeros, in one SQL statement", () => {
    const before = sqlStatementsRun();
    const figure = viewsBeforeFigure({ organisationId }, reportingYear(2020));
    expect(sqlStatementsRun() - before).toBe(1);
    expect(figure.held).toBe(0);
    expect(figure.withStatement).toBe(0);
    expect(figure.byLanguage).toEqual([]);
    expect(figure.byAgeBand.every((b) => b.held === 0)).toBe(true);
  });
});
