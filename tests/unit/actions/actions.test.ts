import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { actionUpdates, auditEvents, notifications, reviews, teams, users } from "#db/schema";
import {
  actionProgress,
  actionsOwnedBy,
  caseloadActionCounts,
  progressForPreparation,
} from "~/actions/progress.server";
import { changeAction, getActionForChange } from "~/actions/actions.server";
import { ownerChoices } from "~/actions/owners.server";
import { reviewActionsFrom, saveReviewActions } from "~/actions/record.server";
import { agreementDueOn } from "~/actions/agreement-dates";
import {
  agreementsFor,
  answerAgreement,
  disagreementsFor,
  getAgreementForManager,
} from "~/actions/agreements.server";
import { decisionStates } from "~/actions/child.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import { circulateDecisions, recordReview } from "~/reviews/reviews.server";
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

const record = {
  meetings: [today],
  attendees: [],
  childAttended: true,
  childChaired: false,
  participationCode: "PN1" as const,
  viewsConveyed: "own-voice-statement" as const,
  decisions: ["Stay with current carers.", "Start swimming lessons.", "See the dentist."],
};

/** A child with an IRO and a social worker (in a team with a team manager), and a recorded review. */
async function recordedReview(options: { withTeamManager?: boolean } = {}) {
  const iro = signedInAs(await buildUser(organisationId, { role: "iro" }));
  const worker = signedInAs(await buildUser(organisationId, { role: "social_worker" }));
  const otherWorker = signedInAs(await buildUser(organisationId, { role: "social_worker" }));
  const manager = signedInAs(await buildUser(organisationId, { role: "team_manager" }));
  if (options.withTeamManager !== false) {
    const teamId = getDb()
      .insert(teams)
      .values({
        organisationId,
        name: `Team ${manager.user.id.slice(0, 4)}`,
        teamManagerUserId: manager.user.id,
      })
      .returning({ id: teams.id })
      .get().id;
    getDb().update(users).set({ teamId }).where(eq(users.id, worker.user.id)).run();
  }
  const youngPersonId = buildYoungPerson(organisationId);
  allocate(organisationId, youngPersonId, iro.user.id, "iro");
  allocate(organisationId, youngPersonId, worker.user.id, "social_worker");
  const reviewId = buildReview(organisationId, youngPersonId, addDays(today, 5));
  const form = new FormData();
  form.set("actionOwner1", "role:social_worker");
  form.set("actionDue1", addDays(today, -1));
  form.set("actionOwner2", `user:${iro.user.id}`);
  form.set("actionOwner3", `user:${worker.user.id}`);
  form.set("actionDue3", addDays(today, 30));
  const parsed = reviewActionsFrom(form, record.decisions, ownerChoices(youngPersonId));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  recordReview(iro.request, iro.user, reviewId, record, (tx, review) =>
    saveReviewActions(tx, iro.user, review, parsed.actions),
  );
  return { iro, worker, otherWorker, manager, youngPersonId, reviewId };
}

describe("decisions recorded as actions", () => {
  it("each decision gets its owner and due date, one history row, and a named owner is told", async () => {
    const { reviewId, worker } = await recordedReview();
    const progress = actionProgress(reviewId);
    expect(progress).toMatchObject({ done: 0, total: 3 });
    expect(progress.actions.map((a) => [a.decision, a.ownerRole, a.state])).toEqual([
      ["Stay with current carers.", "social_worker", "not_started"],
      ["Start swimming lessons.", null, "not_started"],
      ["See the dentist.", null, "not_started"],
    ]);
    expect(progress.actions[0]!.overdue).toBe(true);
    const sent = getDb()
      .select()
      .from(notifications)
      .where(eq(notifications.recipientUserId, worker.user.id))
      .all();
    // (The social worker is also asked for feedback on the review.)
    expect(sent.filter((n) => n.kind === "action").map((n) => [n.kind, n.link])).toEqual([
      ["action", `/actions/${progress.actions[2]!.id}`],
    ]);
    const history = getDb()
      .select()
      .from(actionUpdates)
      .where(eq(actionUpdates.actionId, progress.actions[0]!.id))
      .all();
    expect(history).toHaveLength(1);
  });

  it("an owner not among the people and roles, or a date that is not one, is refused beside its field", () => {
    const youngPersonId = buildYoungPerson(organisationId);
    const form = new FormData();
    form.set("actionOwner1", "user:someone-else");
    form.set("actionOwner2", "role:social_worker");
    form.set("actionDue2", "2026-02-30");
    expect(reviewActionsFrom(form, ["One", "Two", "Three"], ownerChoices(youngPersonId))).toEqual({
      ok: false,
      errors: {
        actionOwner1: "actions:errors.owner",
        actionDue2: "actions:errors.dueOn",
        actionOwner3: "actions:errors.ownerMissing",
      },
    });
  });
});

describe("changing an action", () => {
  it("the social worker owns 'the social worker' actions, sees them overdue first, and marks one done", async () => {
    const { reviewId, worker, iro, youngPersonId } = await recordedReview();
    const mine = actionsOwnedBy(worker.user);
    expect(mine.map((a) => a.decision)).toEqual(["Stay with current carers.", "See the dentist."]);
    expect(
      caseloadActionCounts(iro.user).find((r) => r.youngPersonId === youngPersonId),
    ).toMatchObject({
      open: 3,
      overdue: 1,
    });
    const action = getActionForChange(worker.user, mine[0]!.id);
    expect(changeAction(worker.request, worker.user, action, { state: "done", note: "" })).toEqual({
      ok: true,
    });
    expect(actionProgress(reviewId)).toMatchObject({ done: 1, total: 3 });
    expect(decisionStates(reviewId).get(0)).toBe("done");
    const audited = getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, action.id))
      .all();
    expect(audited.map((a) => a.action)).toEqual(["action_updated"]);
    expect(
      getDb().select().from(actionUpdates).where(eq(actionUpdates.actionId, action.id)).all(),
    ).toHaveLength(2);
  });

  it("the next review's page counts the last review's actions done", async () => {
    const { reviewId, youngPersonId, iro } = await recordedReview();
    const next = getDb()
      .select()
      .from(reviews)
      .where(and(eq(reviews.youngPersonId, youngPersonId), eq(reviews.status, "planned")))
      .get()!;
    const action = getActionForChange(iro.user, actionProgress(reviewId).actions[1]!.id);
    changeAction(iro.request, iro.user, action, { state: "done", note: "" });
    expect(progressForPreparation(next)).toMatchObject({
      reviewId,
      isThisReview: false,
      done: 1,
      total: 3,
    });
    // A child with no tracked actions: nothing to show.
    const other = buildYoungPerson(organisationId);
    const planned = buildReview(organisationId, other, addDays(today, 9));
    expect(
      progressForPreparation({ id: planned, youngPersonId: other, status: "planned" }),
    ).toBeNull();
  });

  it("another social worker, and the social worker on the IRO's own action, get 404", async () => {
    const { reviewId, worker, otherWorker } = await recordedReview();
    const [forWorker, forIro] = actionProgress(reviewId).actions;
    expect(() => getActionForChange(otherWorker.user, forWorker!.id)).toThrow(Response);
    try {
      getActionForChange(worker.user, forIro!.id);
      expect.unreachable();
    } catch (e) {
      expect((e as Response).status).toBe(404);
    }
  });

  it("'not done' without a note is refused and nothing changes", async () => {
    const { reviewId, iro } = await recordedReview();
    const action = getActionForChange(iro.user, actionProgress(reviewId).actions[1]!.id);
    expect(changeAction(iro.request, iro.user, action, { state: "not_done", note: "" })).toEqual({
      ok: false,
      errors: { note: "actions:errors.noteNotDone" },
    });
    expect(actionProgress(reviewId).actions[1]!.state).toBe("not_started");
  });
});

describe("agreeing the decisions", () => {
  it("the answer is due 5 working days after circulating, bank holidays and closure days not counted", () => {
    // Friday 18 December 2026: Christmas Day and Boxing Day (moved to Monday 28th) do not count.
    expect(agreementDueOn("2026-12-18", 5, [])).toBe("2026-12-29");
    expect(agreementDueOn("2026-12-18", 5, ["2026-12-29"])).toBe("2026-12-30");
    expect(agreementDueOn("2026-03-02", 5, [])).toBe("2026-03-09");
  });

  it("circulating asks the child's team manager; a disagreement reaches the IRO and their queue", async () => {
    const { iro, manager, reviewId } = await recordedReview();
    circulateDecisions(iro.request, iro.user, reviewId);
    const [open] = agreementsFor(manager.user);
    expect(open).toBeDefined();
    const agreement = getAgreementForManager(manager.user, open!.id);
    expect(() => getAgreementForManager(iro.user, open!.id)).toThrow(Response);
    answerAgreement(manager.request, manager.user, agreement, {
      response: "disagree",
      reason: "The dentist can wait until after the move.",
    });
    expect(agreementsFor(manager.user)).toEqual([]);
    expect(disagreementsFor(iro.user).map((d) => d.reason)).toEqual([
      "The dentist can wait until after the move.",
    ]);
    const told = getDb()
      .select()
      .from(notifications)
      .where(eq(notifications.recipientUserId, iro.user.id))
      .all()
      .map((n) => n.kind);
    expect(told).toContain("disagreement");
  });

  it("with no team manager set nobody is asked, unless the IRO names one", async () => {
    const a = await recordedReview({ withTeamManager: false });
    circulateDecisions(a.iro.request, a.iro.user, a.reviewId);
    expect(agreementsFor(a.manager.user)).toEqual([]);
    const b = await recordedReview({ withTeamManager: false });
    circulateDecisions(b.iro.request, b.iro.user, b.reviewId, b.manager.user.id);
    expect(agreementsFor(b.manager.user)).toHaveLength(1);
  });
});
