import { beforeAll, describe, expect, it } from "vitest";
import { requireFormAuthor } from "~/consultation/author.server";
import { startStatement } from "~/consultation/drafts.server";
import { submitStatement } from "~/consultation/sending.server";
import { findTemplate } from "~/consultation/templates";
import { addDays, todayInEngland } from "~/dates/calendar";
import { reviewPreparation } from "~/reviews/preparation.server";
import { recordReview } from "~/reviews/reviews.server";
import { findOwnRequest, openRequestsFor } from "~/reviews/consultation-requests.server";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
  requestFor,
  signedInAs,
} from "../../fixtures/builders";

const today = todayInEngland();
let organisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation();
});

describe("feedback after a review", () => {
  it("asks the child, the carer, each parent and the social worker; answers reach the IRO on that review", async () => {
    const iro = signedInAs(await buildUser(organisationId, { role: "iro" }));
    const worker = signedInAs(await buildUser(organisationId, { role: "social_worker" }));
    const carer = signedInAs(await buildUser(organisationId, { role: "carer" }));
    const parent = signedInAs(await buildUser(organisationId, { role: "parent" }));
    const account = await buildUser(organisationId, { role: "young_person" });
    const child = signedInAs(account);
    const youngPersonId = buildYoungPerson(organisationId, { userId: account.id });
    allocate(organisationId, youngPersonId, iro.user.id, "iro");
    allocate(organisationId, youngPersonId, worker.user.id, "social_worker");
    allocate(organisationId, youngPersonId, carer.user.id, "carer");
    allocate(organisationId, youngPersonId, parent.user.id, "parent");
    const reviewId = buildReview(organisationId, youngPersonId, addDays(today, 3));
    recordReview(iro.request, iro.user, reviewId, {
      meetings: [today],
      attendees: [],
      childAttended: true,
      childChaired: false,
      participationCode: "PN1",
      viewsConveyed: "spoke",
      decisions: ["Stay at school."],
    });

    const asked = (user: typeof child.user) =>
      openRequestsFor(user).filter((r) => r.reviewId === reviewId);
    expect(asked(child.user).map((r) => [r.kind, r.templateId])).toEqual([
      ["feedback", "feedback"],
    ]);
    expect(asked(carer.user).map((r) => r.templateId)).toEqual(["feedback-carer"]);
    expect(asked(parent.user).map((r) => r.templateId)).toEqual(["feedback-parent"]);
    expect(asked(worker.user).map((r) => r.templateId)).toEqual(["feedback-professional"]);

    // Feedback is not an expected contribution of the review.
    const prep = reviewPreparation(iro.user, reviewId).prep;
    expect(prep.contributions.map((c) => c.kind)).toEqual(["young_person", "carer", "parent"]);

    // The social worker fills theirs in (as a professional); the IRO sees it on the review.
    const author = requireFormAuthor(requestFor("/", { cookie: worker.cookie }));
    expect(author.audience).toBe("professional");
    const request = asked(worker.user)[0]!;
    const { youngPersonId: _id, ...forRequest } = findOwnRequest(
      worker.user,
      request.id,
      "feedback-professional",
    );
    const form = startStatement(
      worker.user,
      findTemplate("feedback-professional")!,
      "en",
      youngPersonId,
      forRequest,
    );
    submitStatement(
      worker.request,
      worker.user,
      { ...form, answers: { listened: "yes" } },
      "iro-and-social-worker",
    );
    expect(asked(worker.user)).toEqual([]);
    const seen = reviewPreparation(iro.user, reviewId).prep.statements.map((s) => s.templateId);
    expect(seen).toContain("feedback-professional");
  });
});
