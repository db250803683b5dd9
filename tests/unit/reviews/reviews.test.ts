import { beforeAll, describe, expect, it } from "vitest";
import { sqlStatementsRun } from "#db/db.server";
import { saveAnswer, startStatement } from "~/consultation/drafts.server";
import { openStatementAsReader } from "~/consultation/reading.server";
import { submitStatement } from "~/consultation/sending.server";
import { findTemplate } from "~/consultation/templates";
import { addDays, todayInEngland } from "~/dates/calendar";
import { preparationQueue } from "~/reviews/queue.server";
import { getAllocatedReview } from "~/reviews/allocated-reviews.server";
import { recordReview } from "~/reviews/reviews.server";
import {
  findOwnRequest,
  openRequestsFor,
  requestViews,
} from "~/reviews/consultation-requests.server";
import { lettersDue } from "~/letters/due.server";
import { preparationView } from "~/reviews/prep-view.server";
import { addMonths, addWorkingDays } from "~/dates/working-days";
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

async function childWithReview(options: { heldBefore?: string; dueOn?: string } = {}) {
  const iro = signedInAs(await buildUser(organisationId, { role: "iro" }));
  const account = await buildUser(organisationId, { role: "young_person" });
  const child = signedInAs(account);
  const youngPersonId = buildYoungPerson(organisationId, {
    userId: account.id,
    dateOfBirth: "2011-03-02",
    lookedAfterOn: "2025-01-10",
  });
  allocate(organisationId, youngPersonId, iro.user.id, "iro");
  if (options.heldBefore)
    buildReview(organisationId, youngPersonId, options.heldBefore, {
      status: "held",
      heldOn: options.heldBefore,
    });
  const reviewId = buildReview(organisationId, youngPersonId, options.dueOn ?? addDays(today, 10), {
    plannedOn: addDays(today, 8),
  });
  return { iro, child, youngPersonId, reviewId };
}

const record = {
  attendees: ["Sol Worker (social worker)"],
  childAttended: false,
  childChaired: false,
  participationCode: "PN6" as const,
  viewsConveyed: "own-voice-statement" as const,
  decisions: ["Stay with current carers."],
};

describe("asking a young person for their views before a review", () => {
  it("the request reaches the child; their answer is linked to the review and read by the IRO", async () => {
    const { iro, child, reviewId } = await childWithReview();
    expect(requestViews(iro.request, iro.user, reviewId, addDays(today, 3))).toEqual({
      ok: true,
      asked: 1,
    });
    const [request] = openRequestsFor(child.user);
    expect(request).toMatchObject({ templateId: "getting-ready", dueOn: addDays(today, 3) });

    const queueState = () =>
      preparationQueue(iro.user).reviews.find((r) => r.item.review.id === reviewId)!
        .contributions[0]!.state;
    expect(queueState()).toBe("requested");

    const template = findTemplate("getting-ready")!;
    const { youngPersonId: _youngPersonId, ...forRequest } = findOwnRequest(
      child.user,
      request!.id,
      "getting-ready",
    );
    const draft = startStatement(child.user, template, "om", request!.youngPersonId, forRequest);
    expect(draft.reviewId).toBe(reviewId);
    expect(queueState()).toBe("started");
    saveAnswer(draft, "change", { text: "Barumsa koo", language: "om" }, null);
    submitStatement(
      child.request,
      child.user,
      { ...draft, answers: { change: { text: "Barumsa koo", language: "om" } } },
      "iro",
    );
    expect(queueState()).toBe("sent");
    expect(openRequestsFor(child.user)).toEqual([]);

    openStatementAsReader(iro.request, iro.user, draft.id);
    const item = preparationQueue(iro.user).reviews.find((r) => r.item.review.id === reviewId)!;
    expect(item.contributions[0]!.state).toBe("read");
    expect(item.readiness).toMatchObject({ in: 1, expected: 1, youngPersonView: "read" });
  });
});

describe("recording a review", () => {
  it("holding the first review makes the second due 3 months on; decisions due in 5 working days", async () => {
    const { iro, reviewId, youngPersonId } = await childWithReview();
    const result = recordReview(iro.request, iro.user, reviewId, { ...record, meetings: [today] });
    expect(result.nextDueOn).toBe(addMonths(today, 3));
    const held = getAllocatedReview(iro.user, reviewId);
    expect(held.review).toMatchObject({ status: "held", heldOn: today, participationCode: "PN6" });
    expect(held.review.decisionsDueOn! > today).toBe(true);
    const next = getAllocatedReview(iro.user, result.nextReviewId!);
    expect(next.review).toMatchObject({
      youngPersonId,
      status: "planned",
      dueOn: addMonths(today, 3),
    });
  });

  it("after the second, the next is due 6 months on, from the first of a series of meetings", async () => {
    const { iro, reviewId } = await childWithReview({ heldBefore: "2025-02-03" });
    const result = recordReview(iro.request, iro.user, reviewId, {
      ...record,
      meetings: [addDays(today, -2), today],
    });
    expect(result.nextDueOn).toBe(addMonths(addDays(today, -2), 6));
  });

  it("a review held over three meetings is held on the first and completed on the last", async () => {
    const first = addDays(today, -9);
    const { iro, reviewId } = await childWithReview({ dueOn: addDays(today, -7) });
    const result = recordReview(iro.request, iro.user, reviewId, {
      ...record,
      meetings: [today, first, addDays(today, -4)],
    });
    expect(result.nextDueOn).toBe(addMonths(first, 3));
    const held = getAllocatedReview(iro.user, reviewId).review;
    expect(held).toMatchObject({ heldOn: first, completedOn: today });
    // The decisions are made when the review is complete: due from its last meeting.
    expect(held.decisionsDueOn).toBe(addWorkingDays(today, 5));
    // So is the letter to the child: it cannot be written before the review is complete.
    expect(lettersDue(iro.user).find((l) => l.reviewId === reviewId)?.dueOn).toBe(
      addWorkingDays(today, 20),
    );
    const view = preparationView(iro.user, reviewId, "en").review;
    expect(view.meetings).toHaveLength(3);
    expect(view.held).toMatchObject({ onTime: true, seriesTooLong: false });
  });

  it("a review held over three meetings is on time when its first meeting is within the due date", async () => {
    // Due a week ago: begun before then, finished today.
    const { iro, reviewId } = await childWithReview({ dueOn: addDays(today, -7) });
    recordReview(iro.request, iro.user, reviewId, {
      ...record,
      meetings: [addDays(today, -8), addDays(today, -3), today],
    });
    expect(preparationView(iro.user, reviewId, "en").review.held?.onTime).toBe(true);
  });

  it("a review whose first meeting was after the due date is late", async () => {
    const { iro, reviewId } = await childWithReview({ dueOn: addDays(today, -7) });
    recordReview(iro.request, iro.user, reviewId, {
      ...record,
      meetings: [addDays(today, -6), today],
    });
    expect(preparationView(iro.user, reviewId, "en").review.held?.onTime).toBe(false);
  });

  it("a late review keeps why, and its page shows it", async () => {
    const { iro, reviewId } = await childWithReview({ dueOn: addDays(today, -7) });
    recordReview(iro.request, iro.user, reviewId, {
      ...record,
      meetings: [addDays(today, -6)],
      lateReason: "other",
      lateReasonOther: "The school was closed by snow",
    });
    expect(getAllocatedReview(iro.user, reviewId).review).toMatchObject({
      lateReason: "other",
      lateReasonOther: "The school was closed by snow",
    });
    expect(preparationView(iro.user, reviewId, "en").review).toMatchObject({
      lateReason: "other",
      lateReasonOther: "The school was closed by snow",
    });
  });

  it("is saved, with a warning, when the last meeting is more than 20 working days after the first", async () => {
    const { iro, reviewId } = await childWithReview({ dueOn: addDays(today, -40) });
    recordReview(iro.request, iro.user, reviewId, {
      ...record,
      meetings: [addDays(today, -45), today],
    });
    expect(getAllocatedReview(iro.user, reviewId).review.status).toBe("held");
    expect(preparationView(iro.user, reviewId, "en").review.held?.seriesTooLong).toBe(true);
  });
});

describe("access to reviews", () => {
  it("an IRO whose allocation ended yesterday gets 404", async () => {
    const iro = signedInAs(await buildUser(organisationId, { role: "iro" }));
    const youngPersonId = buildYoungPerson(organisationId);
    allocate(organisationId, youngPersonId, iro.user.id, "iro", "2025-01-10", addDays(today, -1));
    const reviewId = buildReview(organisationId, youngPersonId, addDays(today, 10));
    expect(() => getAllocatedReview(iro.user, reviewId)).toThrow();
    try {
      getAllocatedReview(iro.user, reviewId);
    } catch (e) {
      expect((e as Response).status).toBe(404);
    }
    expect(preparationQueue(iro.user).reviews).toEqual([]);
  });
});

describe("the queue's queries", () => {
  it("does not grow with the caseload (no query per child)", async () => {
    const iro = signedInAs(await buildUser(organisationId, { role: "iro" }));
    const count = () => {
      const before = sqlStatementsRun();
      preparationQueue(iro.user);
      return sqlStatementsRun() - before;
    };
    const addChildren = (n: number) => {
      for (let i = 0; i < n; i++) {
        const yp = buildYoungPerson(organisationId);
        allocate(organisationId, yp, iro.user.id, "iro");
        buildReview(organisationId, yp, addDays(today, 5 + i));
      }
    };
    addChildren(3);
    const few = count();
    addChildren(40);
    const many = count();
    expect(preparationQueue(iro.user).reviews).toHaveLength(3 + (28 - 5 + 1));
    expect(many).toBe(few);
  });
});
