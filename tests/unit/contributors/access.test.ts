import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { sessions, users } from "#db/schema";
import { requireUser } from "~/auth/require-user.server";
import { getSession } from "~/auth/session.server";
import { checkSignInCode, redeemSignInCode } from "~/auth/sign-in-codes.server";
import { requireFormAuthor } from "~/consultation/author.server";
import { saveAnswer, startStatement } from "~/consultation/drafts.server";
import { getOwnStatement } from "~/consultation/own-statements.server";
import { openStatementAsReader } from "~/consultation/reading.server";
import { submitStatement } from "~/consultation/sending.server";
import { findTemplate } from "~/consultation/templates";
import { adultHome } from "~/contributors/adult-home.server";
import { invitationValidDays, inviteParent } from "~/contributors/invitations.server";
import { leaveTogether, startTogether } from "~/together/together.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import { preparationQueue } from "~/reviews/queue.server";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
  requestFor,
  signedInAs,
} from "../../fixtures/builders";
import { statusOf } from "../../fixtures/status";

const today = todayInEngland();
let organisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation();
});

async function household() {
  const iro = signedInAs(await buildUser(organisationId, { role: "iro", displayName: "Ada Iro" }));
  const worker = signedInAs(
    await buildUser(organisationId, {
      role: "social_worker",
      displayName: "Wes Worker",
      password: "worker-password",
    }),
  );
  const carer = signedInAs(await buildUser(organisationId, { role: "carer" }));
  const youngPersonId = buildYoungPerson(organisationId, {
    givenName: "Tsion",
    dateOfBirth: addDays(today, -6 * 365 - 40),
    preferredLanguage: "ti",
  });
  const other = buildYoungPerson(organisationId, { givenName: "Other" });
  for (const id of [youngPersonId, other]) {
    allocate(organisationId, id, iro.user.id, "iro");
    allocate(organisationId, id, worker.user.id, "social_worker");
  }
  allocate(organisationId, youngPersonId, carer.user.id, "carer");
  const reviewId = buildReview(organisationId, youngPersonId, addDays(today, 20), {
    plannedOn: addDays(today, 18),
  });
  return { iro, worker, carer, youngPersonId, other, reviewId };
}

describe("parent invitations", () => {
  it("print a single-use code that lasts 14 days and links the parent to this child only", async () => {
    const { iro, youngPersonId, reviewId } = await household();
    const letter = inviteParent(iro.request, iro.user, reviewId, {
      name: "Hawa Ali",
      language: "ar",
      dueOn: addDays(today, 10),
    });
    expect(letter.lang).toBe("ar");
    expect(letter.dir).toBe("rtl");
    expect(letter.address).toContain("/start?lng=ar");
    expect(letter.lines.greeting).toContain("Hawa Ali");

    const now = new Date();
    const later = (days: number) => new Date(now.getTime() + days * 86_400_000);
    const check = checkSignInCode(
      requestFor("/start"),
      letter.code,
      later(invitationValidDays - 1),
    );
    expect(check.ok).toBe(true);
    expect(
      checkSignInCode(requestFor("/start"), letter.code, later(invitationValidDays + 1)).ok,
    ).toBe(false);
    const parent = check.ok ? check.user : undefined;
    expect(parent).toMatchObject({ role: "parent", preferredLanguage: "ar", passwordHash: null });

    // Going on with the code alone uses it up: it cannot be used again.
    const used = await redeemSignInCode(requestFor("/start"), letter.code, { kind: "none" });
    expect(used.ok).toBe(true);
    expect(checkSignInCode(requestFor("/start"), letter.code).ok).toBe(false);
    const again = await redeemSignInCode(requestFor("/start"), letter.code, {
      kind: "password",
      password: "long-enough-password",
    });
    expect(again.ok).toBe(false);

    // The parent sees the child and the request, and nothing else.
    const signedIn = signedInAs(parent!);
    const home = adultHome({ ...signedIn.user, role: "parent" }, "ar");
    expect(home.children.map((c) => c.id)).toEqual([youngPersonId]);
    expect(home.children[0]!.requests).toHaveLength(1);
    expect(home.templateId).toBe("parent-views");
  });

  it("a parent's form is read by the IRO, and no other parent can open it", async () => {
    const { iro, youngPersonId, reviewId } = await household();
    const invite = (name: string) => {
      const letter = inviteParent(iro.request, iro.user, reviewId, {
        name,
        language: "en",
        dueOn: addDays(today, 10),
      });
      const check = checkSignInCode(requestFor("/start"), letter.code);
      return signedInAs(check.ok ? check.user : (undefined as never));
    };
    const mum = invite("Parent One");
    const dad = invite("Parent Two");
    const form = startStatement(mum.user, findTemplate("parent-views")!, "en", youngPersonId);
    saveAnswer(form, "interpreter", "yes", null);
    submitStatement(
      mum.request,
      mum.user,
      { ...form, answers: { interpreter: "yes" } },
      "iro-and-social-worker",
    );
    expect(statusOf(() => getOwnStatement(dad.user, form.id))).toBe(404);
    expect(statusOf(() => getOwnStatement(mum.user, form.id))).toBe("ok");
    expect(statusOf(() => openStatementAsReader(iro.request, iro.user, form.id))).toBe("ok");
  });
});

describe("carers", () => {
  it("send their form into the review's expected contributions, and see none of the child's", async () => {
    const { iro, carer, youngPersonId, reviewId } = await household();
    const queue = () =>
      preparationQueue(iro.user).reviews.find((r) => r.item.review.id === reviewId)!;
    expect(queue().contributions.map((c) => [c.kind, c.state])).toEqual([
      ["young_person", "not-requested"],
      ["carer", "not-requested"],
    ]);
    const form = startStatement(carer.user, findTemplate("carer-review")!, "en", youngPersonId);
    submitStatement(
      carer.request,
      carer.user,
      { ...form, answers: { home: "going-well" } },
      "iro-and-social-worker",
    );
    expect(queue().contributions[1]).toMatchObject({ kind: "carer", state: "sent" });
    openStatementAsReader(iro.request, iro.user, form.id);
    expect(queue().contributions[1]).toMatchObject({ kind: "carer", state: "read" });
    expect(queue().readiness).toMatchObject({ in: 1, expected: 2 });
  });

  it("lose the child's forms, drafts included, when the placement ends", async () => {
    const { carer, youngPersonId } = await household();
    const draft = startStatement(carer.user, findTemplate("carer-review")!, "en", youngPersonId);
    expect(statusOf(() => getOwnStatement(carer.user, draft.id))).toBe("ok");
    const former = signedInAs(await buildUser(organisationId, { role: "carer" }));
    allocate(
      organisationId,
      youngPersonId,
      former.user.id,
      "carer",
      "2024-01-01",
      addDays(today, -1),
    );
    const old = startStatement(former.user, findTemplate("carer-review")!, "en", youngPersonId);
    expect(statusOf(() => getOwnStatement(former.user, old.id))).toBe(404);
    expect(adultHome({ ...former.user, role: "carer" }, "en").children).toEqual([]);
  });
});

describe("together mode", () => {
  it("keeps the worker's session on the child's forms until the worker's password is given", async () => {
    const { worker, youngPersonId, other } = await household();
    startTogether(worker.request, worker.user, youngPersonId);
    const request = requestFor("/worker", { cookie: worker.cookie });
    const inTogether = getSession(request, new Date(Date.now() + 1500))!;
    expect(inTogether.togetherYoungPersonId).toBe(youngPersonId);

    // Every other page sends the session back to the child's page.
    const fresh = () => requestFor("/worker", { cookie: worker.cookie });
    const thrown = (() => {
      try {
        requireUser(fresh(), { role: "social_worker" });
      } catch (e) {
        return e as Response;
      }
    })();
    expect(thrown?.status).toBe(302);
    expect(thrown?.headers.get("Location")).toBe("/together");

    // The child's forms: the worker is recorded as the helper; another child's are out of reach.
    const author = requireFormAuthor(fresh());
    expect(author.audience).toBe("young_person");
    const mine = startStatement(author, findTemplate("my-say")!, "ti", youngPersonId);
    expect(mine.helpedBy).toBe(worker.user.id);
    const elsewhere = startStatement(
      { ...author, togetherYoungPersonId: null },
      findTemplate("my-say")!,
      "en",
      other,
    );
    expect(statusOf(() => getOwnStatement(author, elsewhere.id))).toBe(404);
    expect(statusOf(() => getOwnStatement(author, mine.id))).toBe("ok");

    // Leaving without the right password is refused, and the scope stays.
    expect(await leaveTogether(fresh(), author, "not-my-password")).toEqual({
      ok: false,
      error: "forms:errors.leavePassword",
    });
    expect(
      getDb().select().from(sessions).where(eq(sessions.id, worker.user.sessionId)).get()!
        .togetherYoungPersonId,
    ).toBe(youngPersonId);
    expect(await leaveTogether(fresh(), author, "worker-password")).toEqual({ ok: true });
    expect(statusOf(() => requireUser(fresh(), { role: "social_worker" }))).toBe("ok");
  });

  it("can only be started for a child allocated to the worker now", async () => {
    const { worker } = await household();
    const stranger = buildYoungPerson(organisationId);
    expect(statusOf(() => startTogether(worker.request, worker.user, stranger))).toBe(404);
    const carer = signedInAs(await buildUser(organisationId, { role: "carer" }));
    expect(statusOf(() => startTogether(carer.request, carer.user, stranger))).toBe(404);
    expect(getDb().select().from(users).where(eq(users.id, worker.user.id)).get()!.role).toBe(
      "social_worker",
    );
  });
});
