import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { allocations, auditEvents, consultationRequests, letters, notifications } from "#db/schema";
import { iroCaseload, moveCaseload } from "~/allocations/caseload-move.server";
import { listOpenAlerts } from "~/consultation/alerts.server";
import { saveAnswer, startStatement } from "~/consultation/drafts.server";
import { getOwnStatement } from "~/consultation/own-statements.server";
import { findReadableStatement, listReadableStatements } from "~/consultation/reading.server";
import { submitStatement } from "~/consultation/sending.server";
import { findTemplate } from "~/consultation/templates";
import { addDays, todayInEngland } from "~/dates/calendar";
import { lettersDue } from "~/letters/due.server";
import { letterForIro, saveLetter } from "~/letters/drafts.server";
import { getAllocatedReview } from "~/reviews/allocated-reviews.server";
import { requestViews } from "~/reviews/consultation-requests.server";
import { preparationQueue } from "~/reviews/queue.server";
import {
  getAllocatedYoungPerson,
  listAllocatedYoungPeople,
} from "~/young-people/young-people.server";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
  signedInAs,
} from "../../fixtures/builders";
import { statusOf } from "../../fixtures/status";

/*
 * When an IRO leaves, their children move to another IRO from a chosen day: everything the old
 * IRO was acting on follows the new one, and the old one keeps nothing.
 */

const today = todayInEngland();
let organisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation();
});

async function leavingIroWithTwoChildren() {
  const admin = signedInAs(await buildUser(organisationId, { role: "admin" }));
  const oldIro = signedInAs(
    await buildUser(organisationId, { role: "iro", displayName: "Olive Leaving" }),
  );
  const newIro = signedInAs(
    await buildUser(organisationId, { role: "iro", displayName: "Nadia Taking" }),
  );
  const childAccount = await buildUser(organisationId, { role: "young_person" });
  const child = signedInAs(childAccount);
  const moved = buildYoungPerson(organisationId, { userId: childAccount.id, givenName: "Mika" });
  const stays = buildYoungPerson(organisationId, { givenName: "Rosa" });
  allocate(organisationId, moved, oldIro.user.id, "iro", "2025-01-10");
  allocate(organisationId, stays, oldIro.user.id, "iro", "2025-01-10");

  // A statement shared with the IRO, and an unsafe worry with its alert and notification.
  const shared = startStatement(child.user, findTemplate("good-news")!, "en", moved);
  submitStatement(child.request, child.user, getOwnStatement(child.user, shared.id), "iro");
  const worry = startStatement(child.user, findTemplate("worried")!, "en", moved);
  saveAnswer(worry, "safeNow", "not-safe", null);
  submitStatement(child.request, child.user, getOwnStatement(child.user, worry.id), "iro");

  // A planned review with a request for views the old IRO sent.
  const plannedId = buildReview(organisationId, moved, addDays(today, 14), {
    plannedOn: addDays(today, 12),
  });
  expect(requestViews(oldIro.request, oldIro.user, plannedId, addDays(today, 7)).ok).toBe(true);
  // A held review whose letter the old IRO has started but not issued.
  const heldId = buildReview(organisationId, moved, addDays(today, -5), {
    status: "held",
    heldOn: addDays(today, -6),
  });
  saveLetter(oldIro.request, oldIro.user, heldId, { about: "You came to your review." });
  return { admin, oldIro, newIro, moved, stays, shared, worry, plannedId, heldId };
}

describe("moving a caseload", () => {
  it("moves the ticked children, and everything about them, to the new IRO", async () => {
    const s = await leavingIroWithTwoChildren();
    expect(
      iroCaseload(s.admin.user, s.oldIro.user.id)
        .map((c) => c.youngPersonId)
        .sort(),
    ).toEqual([s.moved, s.stays].sort());

    const result = moveCaseload(s.admin.request, s.admin.user, {
      fromUserId: s.oldIro.user.id,
      toUserId: s.newIro.user.id,
      movedOn: today,
      youngPersonId: [s.moved],
    });
    expect(result).toEqual({ ok: true, moved: 1 });

    const history = getDb()
      .select()
      .from(allocations)
      .where(and(eq(allocations.youngPersonId, s.moved), eq(allocations.relationship, "iro")))
      .all();
    expect(history.map((a) => [a.userId, a.startsOn, a.endsOn])).toEqual(
      expect.arrayContaining([
        [s.oldIro.user.id, "2025-01-10", addDays(today, -1)],
        [s.newIro.user.id, today, null],
      ]),
    );

    // The new IRO: the child, the statement, the queue, the request, the letter, the alert.
    const newIro = s.newIro.user;
    expect(listAllocatedYoungPeople(newIro).map((p) => p.id)).toEqual([s.moved]);
    expect(findReadableStatement(newIro, s.shared.id).id).toBe(s.shared.id);
    expect(listReadableStatements(newIro).map((r) => r.id)).toEqual(
      expect.arrayContaining([s.shared.id, s.worry.id]),
    );
    expect(preparationQueue(newIro).reviews.map((r) => r.item.review.id)).toEqual([s.plannedId]);
    expect(getAllocatedReview(newIro, s.plannedId).review.id).toBe(s.plannedId);
    expect(lettersDue(newIro).map((l) => l.reviewId)).toEqual([s.heldId]);
    expect(letterForIro(newIro, s.heldId).fields.about).toBe("You came to your review.");
    expect(listOpenAlerts(newIro).map((a) => a.statementId)).toEqual([s.worry.id]);
    const request = getDb()
      .select()
      .from(consultationRequests)
      .where(eq(consultationRequests.reviewId, s.plannedId))
      .get()!;
    expect(request.requestedBy).toBe(newIro.id);
    const letter = getDb().select().from(letters).where(eq(letters.reviewId, s.heldId)).get()!;
    expect(letter.authorUserId).toBe(newIro.id);
    const urgent = getDb()
      .select()
      .from(notifications)
      .where(eq(notifications.link, `/iro/statements/${s.worry.id}`))
      .all();
    expect(urgent.filter((n) => n.channel === "app").map((n) => n.recipientUserId)).toContain(
      newIro.id,
    );

    // The old IRO keeps the child who stayed and nothing of the one who moved.
    const oldIro = s.oldIro;
    expect(listAllocatedYoungPeople(oldIro.user).map((p) => p.id)).toEqual([s.stays]);
    expect(statusOf(() => getAllocatedYoungPerson(oldIro.request, oldIro.user, s.moved))).toBe(404);
    expect(statusOf(() => findReadableStatement(oldIro.user, s.shared.id))).toBe(404);
    expect(listReadableStatements(oldIro.user)).toEqual([]);
    expect(preparationQueue(oldIro.user).reviews).toEqual([]);
    expect(statusOf(() => getAllocatedReview(oldIro.user, s.plannedId))).toBe(404);
    expect(lettersDue(oldIro.user)).toEqual([]);
    expect(statusOf(() => letterForIro(oldIro.user, s.heldId))).toBe(404);
    expect(listOpenAlerts(oldIro.user)).toEqual([]);
    expect(
      getDb()
        .select()
        .from(notifications)
        .where(
          and(eq(notifications.recipientUserId, oldIro.user.id), eq(notifications.channel, "app")),
        )
        .all()
        .filter((n) => !n.readAt),
    ).toEqual([]);

    // One audit event per child moved.
    const moves = getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "caseload_moved"))
      .all();
    expect(moves.map((m) => m.youngPersonId)).toEqual([s.moved]);
  });

  it("refuses a day before a chosen child's allocation began, and children not on the caseload", async () => {
    const s = await leavingIroWithTwoChildren();
    const other = buildYoungPerson(organisationId, { givenName: "Zed" });
    const move = { fromUserId: s.oldIro.user.id, toUserId: s.newIro.user.id };
    expect(
      moveCaseload(s.admin.request, s.admin.user, {
        ...move,
        movedOn: "2025-01-10",
        youngPersonId: [s.moved],
      }),
    ).toEqual({ ok: false, errors: { movedOn: "people:errors.moveBeforeStart" } });
    expect(
      moveCaseload(s.admin.request, s.admin.user, {
        ...move,
        movedOn: today,
        youngPersonId: [s.moved, other],
      }),
    ).toEqual({ ok: false, errors: { youngPersonId: "people:errors.moveChildren" } });
    // Nothing moved.
    expect(listAllocatedYoungPeople(s.newIro.user)).toEqual([]);
  });

  it("refuses a new IRO from another council or whose account is deactivated", async () => {
    const s = await leavingIroWithTwoChildren();
    const elsewhere = await buildUser(buildOrganisation("Elsewhere"), { role: "iro" });
    const base = { fromUserId: s.oldIro.user.id, movedOn: today, youngPersonId: [s.moved] };
    expect(
      moveCaseload(s.admin.request, s.admin.user, { ...base, toUserId: elsewhere.id }).ok,
    ).toBe(false);
    expect(
      moveCaseload(s.admin.request, s.admin.user, { ...base, toUserId: s.admin.user.id }).ok,
    ).toBe(false);
  });
});
