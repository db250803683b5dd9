import { beforeAll, describe, expect, it } from "vitest";
import { getDb, sqlStatementsRun } from "#db/db.server";
import { statements, statementWithdrawals } from "#db/schema";
import { feedbackFigure } from "~/reports/feedback.server";
import { reportingYear } from "~/reports/period";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
} from "../../fixtures/builders";

let organisationId: string;
let iroB: string;
const year = reportingYear(2025);
const none = { yes: 0, no: 0, unsure: 0 };

function feedback(
  reviewId: string,
  youngPersonId: string,
  authorUserId: string,
  templateId: string,
  answers: Record<string, unknown>,
  status: "submitted" | "draft" = "submitted",
) {
  return getDb()
    .insert(statements)
    .values({
      organisationId,
      youngPersonId,
      authorUserId,
      templateId,
      templateVersion: 1,
      language: "en",
      answers,
      status,
      submittedAt: status === "submitted" ? "2025-07-10T10:00:00.000Z" : null,
      reviewId,
    })
    .returning({ id: statements.id })
    .get().id;
}

beforeAll(async () => {
  organisationId = buildOrganisation();
  const iroA = (await buildUser(organisationId, { role: "iro" })).id;
  iroB = (await buildUser(organisationId, { role: "iro" })).id;
  const carer = (await buildUser(organisationId, { role: "carer" })).id;
  const parent = (await buildUser(organisationId, { role: "parent" })).id;
  const worker = (await buildUser(organisationId, { role: "social_worker" })).id;
  const xUser = (await buildUser(organisationId, { role: "young_person" })).id;
  const x = buildYoungPerson(organisationId, { userId: xUser });
  allocate(organisationId, x, iroA, "iro");
  const yUser = (await buildUser(organisationId, { role: "young_person" })).id;
  const y = buildYoungPerson(organisationId, { userId: yUser });
  allocate(organisationId, y, iroB, "iro");
  const xReview = buildReview(organisationId, x, "2025-07-01", {
    status: "held",
    heldOn: "2025-07-01",
  });
  const yReview = buildReview(organisationId, y, "2025-08-01", {
    status: "held",
    heldOn: "2025-08-01",
  });
  const lastYear = buildReview(organisationId, x, "2025-03-01", {
    status: "held",
    heldOn: "2025-03-01",
  });

  const better = { text: "More time to talk", language: "en" };
  feedback(xReview, x, xUser, "feedback", {
    listened: "yes",
    understood: "not-sure",
    timePlace: "no",
    better,
  });
  feedback(yReview, y, yUser, "feedback", { listened: "yes", timePlace: "yes" });
  feedback(xReview, x, carer, "feedback-carer", {
    listened: "no",
    understood: "yes",
    timePlace: "yes",
  });
  feedback(yReview, y, parent, "feedback-parent", {
    listened: "not-sure",
    understood: "no",
    timePlace: "yes",
  });
  feedback(xReview, x, worker, "feedback-professional", {
    listened: "yes",
    understood: "yes",
    timePlace: "yes",
    better,
  });
  // Not counted: a draft, a form taken back, a review held the year before, another form.
  feedback(xReview, x, carer, "feedback-carer", { listened: "yes" }, "draft");
  const withdrawn = feedback(yReview, y, parent, "feedback-parent", { listened: "no" });
  getDb().insert(statementWithdrawals).values({ statementId: withdrawn, byUserId: parent }).run();
  feedback(lastYear, x, xUser, "feedback", { listened: "no" });
  feedback(xReview, x, xUser, "getting-ready", {});
});

describe("feedback after reviews (figure 9)", () => {
  it("counts each answer to each question, by who answered", () => {
    const figure = feedbackFigure({ organisationId }, year);
    expect(figure.forms).toEqual({ young_person: 2, carer: 1, parent: 1, professional: 1 });
    expect(figure.counts.listened).toEqual({
      young_person: { yes: 2, no: 0, unsure: 0 },
      carer: { yes: 0, no: 1, unsure: 0 },
      parent: { yes: 0, no: 0, unsure: 1 },
      professional: { yes: 1, no: 0, unsure: 0 },
    });
    // A question skipped counts in no answer.
    expect(figure.counts.understood.young_person).toEqual({ yes: 0, no: 0, unsure: 1 });
    expect(figure.counts.timePlace).toEqual({
      young_person: { yes: 1, no: 1, unsure: 0 },
      carer: { yes: 1, no: 0, unsure: 0 },
      parent: { yes: 1, no: 0, unsure: 0 },
      professional: { yes: 1, no: 0, unsure: 0 },
    });
    expect(figure.suggestions).toEqual({ young_person: 1, carer: 0, parent: 0, professional: 1 });
  });

  it("an IRO's figure has only feedback on reviews of children allocated to them", () => {
    const figure = feedbackFigure({ organisationId, iroUserId: iroB }, year);
    expect(figure.forms).toEqual({ young_person: 1, carer: 0, parent: 1, professional: 0 });
    expect(figure.counts.understood.parent).toEqual({ yes: 0, no: 1, unsure: 0 });
  });

  it("an empty period shows zeros, in one SQL statement", () => {
    const before = sqlStatementsRun();
    const figure = feedbackFigure({ organisationId }, reportingYear(2020));
    expect(sqlStatementsRun() - before).toBe(1);
    expect(figure.forms).toEqual({ young_person: 0, carer: 0, parent: 0, professional: 0 });
    expect(figure.counts.listened.carer).toEqual(none);
    expect(figure.suggestions.young_person).toBe(0);
  });
});
