import { beforeAll, describe, expect, it } from "vitest";
import { readStatement } from "~/consultation/reader-view.server";
import { saveAnswer, startStatement } from "~/consultation/drafts.server";
import { getOwnStatement } from "~/consultation/own-statements.server";
import { submitStatement } from "~/consultation/sending.server";
import { templateSchema } from "~/consultation/template-schema";
import { findTemplate, templates } from "~/consultation/templates";
import { letterForIro, saveLetter } from "~/letters/drafts.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
  signedInAs,
} from "../../fixtures/builders";

const today = todayInEngland();
let organisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation();
});

const secret = "Please do not talk about my brother's court case in the meeting.";
const open = "I want to join the football club.";

/** A child who sent "Getting ready" for a review that has since been held. */
async function heldReviewWithViews() {
  const iro = signedInAs(await buildUser(organisationId, { role: "iro" }));
  const account = await buildUser(organisationId, { role: "young_person" });
  const child = signedInAs(account);
  const youngPersonId = buildYoungPerson(organisationId, {
    userId: account.id,
    dateOfBirth: "2012-02-03",
  });
  allocate(organisationId, youngPersonId, iro.user.id, "iro");
  const reviewId = buildReview(organisationId, youngPersonId, addDays(today, -5), {
    status: "held",
    heldOn: addDays(today, -6),
  });
  const draft = startStatement(child.user, findTemplate("getting-ready")!, "en", youngPersonId, {
    reviewId,
  });
  const answers = {
    change: { text: open, language: "en" },
    notInFront: { text: secret, language: "en" },
  };
  for (const [id, answer] of Object.entries(answers))
    saveAnswer(getOwnStatement(child.user, draft.id), id, answer, null);
  submitStatement(child.request, child.user, getOwnStatement(child.user, draft.id), "iro");
  return { iro, reviewId, statementId: draft.id };
}

describe("a private answer", () => {
  it("is shown in the reading view of the reader the child chose", async () => {
    const { iro, statementId } = await heldReviewWithViews();
    const reading = readStatement(iro.request, iro.user, statementId);
    const row = reading.rows.find((r) => r.question.id === "notInFront");
    expect(row?.answer).toEqual({ text: secret, language: "en" });
  });

  it("never reaches the first draft of the letter, which says the rest of what the child said", async () => {
    const { iro, reviewId } = await heldReviewWithViews();
    const draft = letterForIro(iro.user, reviewId);
    expect(draft.fields.youSaid).toContain(open);
    expect(JSON.stringify(draft.fields)).not.toContain(secret);
    // Saved as drafted, it stays out of what the translator and the PDF are made from.
    const saved = saveLetter(iro.request, iro.user, reviewId, draft.fields);
    expect(JSON.stringify(saved)).not.toContain(secret);
  });
});

describe("private questions in the templates", () => {
  it("are the child's 'not in front of everyone' and the carer's note for the IRO only", () => {
    const marked = templates.flatMap((t) =>
      t.questions.filter((q) => q.private).map((q) => `${t.id}.${q.id}`),
    );
    expect(marked.sort()).toEqual(["carer-review.forIro", "getting-ready.notInFront"]);
  });

  it("a question for the IRO only must also be marked private", () => {
    const base = findTemplate("carer-review")!;
    const withFlags = (flags: Record<string, unknown>) => ({
      ...base,
      questions: base.questions.map((q) =>
        q.id === "forIro" ? { id: q.id, kind: q.kind, icon: q.icon, ...flags } : q,
      ),
    });
    expect(templateSchema.safeParse(withFlags({ iroOnly: true })).success).toBe(false);
    expect(templateSchema.safeParse(withFlags({ private: "yes" })).success).toBe(false);
    expect(templateSchema.safeParse(withFlags({ private: true, iroOnly: true })).success).toBe(
      true,
    );
  });
});
