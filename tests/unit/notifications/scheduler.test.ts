import { and, eq } from "drizzle-orm";
import { createTransport } from "nodemailer";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { consultationRequests, notifications, users } from "#db/schema";
import { saveAnswer, startStatement } from "~/consultation/drafts.server";
import { submitStatement } from "~/consultation/sending.server";
import { findTemplate } from "~/consultation/templates";
import { notify } from "~/notifications/notifications.server";
import {
  deliverEmail,
  emailText,
  markOverdue,
  sendReminders,
} from "~/notifications/scheduler.server";
import { findOwnRequest, requestViews } from "~/reviews/consultation-requests.server";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
  signedInAs,
} from "../../fixtures/builders";

let organisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation();
});

/** A child with an account, an IRO and a carer, and a review planned for the spring of 2027. */
async function childWithCarer() {
  const iro = signedInAs(await buildUser(organisationId, { role: "iro" }));
  const carer = signedInAs(await buildUser(organisationId, { role: "carer" }));
  const account = await buildUser(organisationId, { role: "young_person" });
  const child = signedInAs(account);
  const youngPersonId = buildYoungPerson(organisationId, { userId: account.id });
  allocate(organisationId, youngPersonId, iro.user.id, "iro");
  allocate(organisationId, youngPersonId, carer.user.id, "carer");
  const reviewId = buildReview(organisationId, youngPersonId, "2027-04-20", {
    plannedOn: "2027-04-15",
  });
  return { iro, carer, child, youngPersonId, reviewId };
}

const rowsFor = (recipientUserId: string, kind: "reminder" | "request" | "overdue") =>
  getDb()
    .select()
    .from(notifications)
    .where(and(eq(notifications.recipientUserId, recipientUserId), eq(notifications.kind, kind)))
    .all();

describe("reminders", () => {
  it("go 3 working days before the due date, once, to everyone asked", async () => {
    const { iro, carer, child, reviewId } = await childWithCarer();
    const asked = requestViews(iro.request, iro.user, reviewId, "2027-03-15", [
      "young_person",
      `carer:${carer.user.id}`,
    ]);
    expect(asked).toEqual({ ok: true, asked: 2 });
    // Monday 15 March 2027: three working days before is Wednesday 10 March.
    expect(sendReminders("2027-03-09")).toBe(0);
    expect(rowsFor(child.user.id, "reminder")).toHaveLength(0);
    expect(sendReminders("2027-03-10")).toBe(2);
    expect(sendReminders("2027-03-10")).toBe(0);
    expect(sendReminders("2027-03-11")).toBe(0);
    const [reminder] = rowsFor(child.user.id, "reminder");
    expect(reminder).toMatchObject({ channel: "app", link: "/me", dueOn: "2027-03-15" });
    expect(rowsFor(carer.user.id, "reminder")).toHaveLength(1);
    expect(rowsFor(carer.user.id, "reminder")[0]!.link).toBe("/carer");
  });

  it("skip bank holidays: due the Wednesday after Easter 2027, reminded the Wednesday before", async () => {
    const { iro, child, reviewId } = await childWithCarer();
    requestViews(iro.request, iro.user, reviewId, "2027-03-31");
    // Good Friday 26 March and Easter Monday 29 March are not working days.
    expect(sendReminders("2027-03-23")).toBe(0);
    expect(sendReminders("2027-03-24")).toBe(1);
    expect(rowsFor(child.user.id, "reminder")).toHaveLength(1);
  });

  it("are not sent for a request already answered", async () => {
    const { iro, child, youngPersonId, reviewId } = await childWithCarer();
    requestViews(iro.request, iro.user, reviewId, "2027-03-15");
    const { youngPersonId: _id, ...forRequest } = findOwnRequest(
      child.user,
      getDb()
        .select({ id: consultationRequests.id })
        .from(consultationRequests)
        .where(eq(consultationRequests.recipientUserId, child.user.id))
        .get()!.id,
      "getting-ready",
    );
    const draft = startStatement(
      child.user,
      findTemplate("getting-ready")!,
      "en",
      youngPersonId,
      forRequest,
    );
    saveAnswer(draft, "home", "feeling-good", null);
    submitStatement(
      child.request,
      child.user,
      { ...draft, answers: { home: "feeling-good" } },
      "iro",
    );
    expect(sendReminders("2027-03-10")).toBe(0);
    expect(rowsFor(child.user.id, "reminder")).toHaveLength(0);
  });

  it("are not sent when the request itself came inside the 3 working days", async () => {
    const { iro, child, reviewId } = await childWithCarer();
    // Asked today for a date two days away: the request was the reminder.
    const soon = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    requestViews(iro.request, iro.user, reviewId, soon);
    expect(rowsFor(child.user.id, "request")).toHaveLength(1);
    expect(sendReminders(soon)).toBe(0);
    expect(rowsFor(child.user.id, "reminder")).toHaveLength(0);
  });
});

describe("overdue requests", () => {
  it("are marked once, and the person who asked is told once", async () => {
    const { iro, child, reviewId } = await childWithCarer();
    requestViews(iro.request, iro.user, reviewId, "2027-03-15");
    const request = () =>
      getDb()
        .select()
        .from(consultationRequests)
        .where(eq(consultationRequests.recipientUserId, child.user.id))
        .get()!;
    markOverdue("2027-03-15"); // (other tests' requests may fall due earlier)
    expect(request().overdueAt).toBeNull();
    expect(markOverdue("2027-03-16")).toBeGreaterThanOrEqual(1);
    expect(request().overdueAt).not.toBeNull();
    expect(markOverdue("2027-03-17")).toBe(0);
    const told = rowsFor(iro.user.id, "overdue");
    expect(told).toHaveLength(1);
    expect(told[0]!.link).toBe(`/iro/reviews/${reviewId}`);
  });
});

describe("what a notification says", () => {
  it("never holds a child's words: only that something is waiting, and where", async () => {
    const { iro, child, youngPersonId, reviewId } = await childWithCarer();
    getDb()
      .update(users)
      .set({ email: "child@example.org" })
      .where(eq(users.id, child.user.id))
      .run();
    const secret = "Mi vida en la casa nueva es difícil";
    const draft = startStatement(child.user, findTemplate("worried")!, "en", youngPersonId);
    const answers = { tellMore: { text: secret, language: "es" }, safeNow: "not-safe" };
    submitStatement(child.request, child.user, { ...draft, answers }, "iro");
    requestViews(iro.request, iro.user, reviewId, "2027-03-15");
    notify(
      {
        organisationId,
        recipientUserId: child.user.id,
        kind: "reply",
        link: `/me/statements/${draft.id}`,
        dedupeKey: `test-reply:${draft.id}`,
      },
      getDb(),
      { email: true },
    );
    const all = getDb().select().from(notifications).all();
    expect(all.some((n) => n.kind === "urgent" && n.recipientUserId === iro.user.id)).toBe(true);
    expect(JSON.stringify(all)).not.toContain(secret);

    const sentMail: string[] = [];
    const transport = createTransport({ jsonTransport: true });
    const via = {
      sendMail: async (message: Parameters<typeof transport.sendMail>[0]) => {
        const info = await transport.sendMail(message);
        sentMail.push(String(info.message));
        return info;
      },
    } as unknown as typeof transport;
    const first = await deliverEmail(via);
    expect(first.sent).toBeGreaterThanOrEqual(1);
    expect((await deliverEmail(via)).sent).toBe(0);
    expect(sentMail.join("\n")).toContain("child@example.org");
    expect(sentMail.join("\n")).not.toContain(secret);
    expect(emailText("reply", "/me", null, "ar").text).toContain("/me");
  });
});
