import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { actionUpdates, allocations, auditEvents, notifications } from "#db/schema";
import { getActionForChange } from "~/actions/actions.server";
import {
  ownerActionAction,
  ownerActionLoader,
  ownerActionsView,
} from "~/actions/owner-page.server";
import { ownerChoices } from "~/actions/owners.server";
import { actionProgress } from "~/actions/progress.server";
import { reviewActionsFrom, saveReviewActions } from "~/actions/record.server";
import { mayChangeAction } from "~/actions/rules";
import { csrfTokenFor } from "~/auth/csrf.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import { recordReview } from "~/reviews/reviews.server";
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

describe("who may change an action: carers and parents", () => {
  const carer = { userId: "carer-1", relationships: ["carer"] as const };
  const formerCarer = { userId: "carer-1", relationships: [] as const };
  const newCarer = { userId: "carer-2", relationships: ["carer"] as const };
  const parent = { userId: "parent-1", relationships: ["parent"] as const };

  it("the carer allocated today who is named may; once no longer allocated, not", () => {
    const named = { ownerUserId: "carer-1", ownerRole: null };
    expect(mayChangeAction(carer, named)).toBe(true);
    expect(mayChangeAction(formerCarer, named)).toBe(false);
    expect(mayChangeAction(newCarer, named)).toBe(false);
    // Staff named by the IRO keep theirs after moving on (ADR 30); carers and parents do not.
    const formerWorker = { userId: "sw-1", relationships: [] as const, staff: true };
    expect(mayChangeAction(formerWorker, { ownerUserId: "sw-1", ownerRole: null })).toBe(true);
  });

  it("an action owned by 'the carer' is the child's carer's today, not a parent's", () => {
    const byRole = { ownerUserId: null, ownerRole: "carer" as const };
    expect(mayChangeAction(newCarer, byRole)).toBe(true);
    expect(mayChangeAction(formerCarer, byRole)).toBe(false);
    expect(mayChangeAction(parent, byRole)).toBe(false);
  });
});

const decisions = [
  "Help Mo join the football club.",
  "Buy a school uniform.",
  "Visit the dentist.",
];

/**
 * A child with an IRO, a carer and a parent; a review whose decisions are owned by the carer by
 * name, by "the carer", and by the parent by name. Another child with their own parent.
 */
async function recordedFamily() {
  const iro = signedInAs(await buildUser(organisationId, { role: "iro" }));
  const carer = signedInAs(await buildUser(organisationId, { role: "carer" }));
  const parent = signedInAs(await buildUser(organisationId, { role: "parent" }));
  const otherParent = signedInAs(await buildUser(organisationId, { role: "parent" }));
  const youngPersonId = buildYoungPerson(organisationId, { givenName: "Mo" });
  allocate(organisationId, youngPersonId, iro.user.id, "iro");
  allocate(organisationId, youngPersonId, carer.user.id, "carer");
  allocate(organisationId, youngPersonId, parent.user.id, "parent");
  const otherChild = buildYoungPerson(organisationId, { givenName: "Zed" });
  allocate(organisationId, otherChild, otherParent.user.id, "parent");
  const reviewId = buildReview(organisationId, youngPersonId, addDays(today, 5));
  const form = new FormData();
  form.set("actionOwner1", `user:${carer.user.id}`);
  form.set("actionDue1", addDays(today, -2));
  form.set("actionOwner2", "role:carer");
  form.set("actionOwner3", `user:${parent.user.id}`);
  const parsed = reviewActionsFrom(form, decisions, ownerChoices(youngPersonId));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  recordReview(
    iro.request,
    iro.user,
    reviewId,
    {
      meetings: [today],
      attendees: [],
      childAttended: true,
      childChaired: false,
      participationCode: "PN1" as const,
      viewsConveyed: "own-voice-statement" as const,
      decisions,
    },
    (tx, review) => saveReviewActions(tx, iro.user, review, parsed.actions),
  );
  const actions = actionProgress(reviewId).actions;
  return { iro, carer, parent, otherParent, youngPersonId, actions };
}

/** Posts the update form as a browser would: the session and its CSRF token. */
function post(
  who: { cookie: string; request: Request },
  role: "carer" | "parent",
  actionId: string,
  fields: Record<string, string>,
) {
  const csrf = csrfTokenFor(who.request).token;
  const request = new Request(`http://localhost/${role}/actions/${actionId}`, {
    method: "POST",
    body: new URLSearchParams({ csrf, ...fields }),
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: who.cookie,
      "x-ov-client-address": "203.0.113.30",
    },
  });
  return ownerActionAction({ request, params: { actionId }, context: {} }, role);
}

async function status(run: () => unknown) {
  try {
    await run();
    return 200;
  } catch (e) {
    if (e instanceof Response) return e.status;
    throw e;
  }
}

describe("a carer's and a parent's own actions", () => {
  it("the carer sees theirs (named and 'the carer') with the child's first name, the late one first", async () => {
    const { carer, parent, otherParent, actions } = await recordedFamily();
    const mine = ownerActionsView(carer.user, "en");
    expect(mine.map((a) => [a.childName, a.decision, a.overdue])).toEqual([
      ["Mo", decisions[0], true],
      ["Mo", decisions[1], false],
    ]);
    expect(ownerActionsView(parent.user, "en").map((a) => a.id)).toEqual([actions[2]!.id]);
    expect(ownerActionsView(otherParent.user, "en")).toEqual([]);
  });

  it("the named carer and parent are told, with a link to their own page", async () => {
    const { carer, parent, actions } = await recordedFamily();
    for (const [who, link] of [
      [carer, `/carer/actions/${actions[0]!.id}`],
      [parent, `/parent/actions/${actions[2]!.id}`],
    ] as const) {
      const sent = getDb()
        .select()
        .from(notifications)
        .where(eq(notifications.recipientUserId, who.user.id))
        .all()
        .filter((n) => n.kind === "action");
      expect(sent.map((n) => n.link)).toEqual([link]);
    }
  });

  it("'not done' without a note is refused in the carer's words with the answer kept; done is kept with who, and audited", async () => {
    const { carer, actions } = await recordedFamily();
    const id = actions[0]!.id;
    const refused = (await post(carer, "carer", id, { state: "not_done", note: " " })) as Response;
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({
      errors: { note: "home:actions.errors.noteNotDone" },
      values: { state: "not_done", note: " " },
    });
    const missing = (await post(carer, "carer", id, { note: "Soon" })) as Response;
    expect(await missing.json()).toMatchObject({ errors: { state: "home:actions.errors.state" } });

    const saved = (await post(carer, "carer", id, {
      state: "done",
      note: "Mo joined on Saturday.",
    })) as Response;
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe(`/carer/actions/${id}?updated=1`);
    const history = getDb()
      .select()
      .from(actionUpdates)
      .where(eq(actionUpdates.actionId, id))
      .all();
    expect(history.map((h) => [h.state, h.note, h.byUserId])).toEqual([
      ["not_started", null, history[0]!.byUserId],
      ["done", "Mo joined on Saturday.", carer.user.id],
    ]);
    const audited = getDb().select().from(auditEvents).where(eq(auditEvents.subjectId, id)).all();
    expect(audited.map((a) => [a.action, a.actorUserId])).toEqual([
      ["action_updated", carer.user.id],
    ]);
  });

  it("the page shows the decision, the state and the history; a parent of another child gets 404", async () => {
    const { carer, parent, otherParent, actions } = await recordedFamily();
    const id = actions[1]!.id;
    const page = ownerActionLoader(
      { request: carer.request, params: { actionId: id }, context: {} },
      "carer",
    );
    const data = await page.json();
    expect(data).toMatchObject({
      action: { decision: decisions[1], childName: "Mo", state: "not_started" },
      states: ["in_progress", "done", "not_done"],
      home: "/carer",
    });
    expect(data.history).toHaveLength(1);
    // A parent owning another child's action, or the child's parent on the carer's action: 404.
    expect(await status(() => getActionForChange(otherParent.user, id))).toBe(404);
    expect(await status(() => getActionForChange(parent.user, id))).toBe(404);
    expect(await status(() => getActionForChange(parent.user, actions[2]!.id))).toBe(200);
    // The carer's page is not the parent's: the parent's role may not open it.
    expect(
      await status(() =>
        ownerActionLoader(
          { request: parent.request, params: { actionId: actions[2]!.id }, context: {} },
          "carer",
        ),
      ),
    ).toBe(404);
  });

  it("a carer no longer allocated loses their actions; the new carer gets 'the carer' ones only", async () => {
    const { carer, youngPersonId, actions } = await recordedFamily();
    getDb()
      .update(allocations)
      .set({ endsOn: addDays(today, -1) })
      .where(eq(allocations.userId, carer.user.id))
      .run();
    expect(ownerActionsView(carer.user, "en")).toEqual([]);
    expect(await status(() => getActionForChange(carer.user, actions[0]!.id))).toBe(404);
    expect(await status(() => getActionForChange(carer.user, actions[1]!.id))).toBe(404);

    const newCarer = signedInAs(await buildUser(organisationId, { role: "carer" }));
    allocate(organisationId, youngPersonId, newCarer.user.id, "carer", today);
    expect(ownerActionsView(newCarer.user, "en").map((a) => a.id)).toEqual([actions[1]!.id]);
    expect(await status(() => getActionForChange(newCarer.user, actions[0]!.id))).toBe(404);
  });
});
