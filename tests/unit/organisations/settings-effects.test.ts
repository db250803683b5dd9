import { isCouncilSignInEnabled } from "~/auth/oidc.server";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { auditEvents, consultationRequests, notifications } from "#db/schema";
import { templates } from "~/consultation/templates";
import { addDays, todayInEngland } from "~/dates/calendar";
import { letterForIro, saveLetter } from "~/letters/drafts.server";
import { issueLetter } from "~/letters/issue.server";
import { readOwnLetter } from "~/letters/reading.server";
import { renderLetter } from "~/letters/render.server";
import {
  alwaysOfferedForms,
  childForms,
  choosableForms,
  isFormOffered,
} from "~/organisations/forms-offered";
import { settingsFormSchema, type SettingsForm } from "~/organisations/settings-schema";
import {
  editableSettings,
  feedbackEnabled,
  offeredForms,
  organisationContacts,
  saveSettings,
} from "~/organisations/settings.server";
import { requestViews } from "~/reviews/consultation-requests.server";
import { recordReview } from "~/reviews/reviews.server";
import { loader as helpLoader } from "~/routes/help";
import { loader as myPageLoader } from "~/routes/me._index";
import { loader as startLoader } from "~/routes/me.start.$templateId";
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
  organisationId = buildOrganisation("Fenmoor County Council");
});

async function admin() {
  return signedInAs(await buildUser(organisationId, { role: "admin" }));
}

/** The admin saves the form with these changes over what is stored now. */
async function change(values: Partial<SettingsForm>) {
  const { request, user } = await admin();
  return saveSettings(request, user, { ...editableSettings(user), ...values });
}

async function youngPersonWithIro() {
  const iro = signedInAs(await buildUser(organisationId, { role: "iro", displayName: "Ines Iro" }));
  const account = await buildUser(organisationId, { role: "young_person" });
  const child = signedInAs(account);
  const youngPersonId = buildYoungPerson(organisationId, {
    userId: account.id,
    givenName: "Selam",
    preferredLanguage: "en",
    // 12 years old: the page offers "Get ready for my review", worries, good news and change.
    dateOfBirth: `${Number(today.slice(0, 4)) - 12}-01-15`,
  });
  allocate(organisationId, youngPersonId, iro.user.id, "iro");
  return { iro, child, youngPersonId };
}

/** What a loader answered: the status of a thrown or returned Response. */
async function statusOf(run: () => unknown) {
  try {
    const result = (await run()) as Response;
    return { status: result.status, location: result.headers.get("Location") };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, location: null };
    throw thrown;
  }
}

describe("saving the organisation's settings", () => {
  it("knows single sign-on is not configured on a server without OIDC settings", () => {
    expect(isCouncilSignInEnabled()).toBe(false);
  });

  it("changes the settings and audits that they changed, with none of the values", async () => {
    const { request, user } = await admin();
    const form = settingsFormSchema({ singleSignOn: false }).parse({
      name: "Fenmoor County Council",
      iroServicePhone: "01632 960 321",
      iroServiceEmail: "iro@fenmoor.example",
      advocacyServiceName: "",
      advocacyServicePhone: "",
      consultationLeadDays: "7",
      replyWithinDays: "2",
      decisionsWithinDays: "4",
      letterWithinDays: "15",
      agreementWithinDays: "5",
      alertEscalateHours: "4",
      closureDays: "2026-12-29",
      formsOffered: ["getting-ready"],
      staffLocalSignIn: "yes",
    });
    expect(saveSettings(request, user, form)).toBe(true);
    expect(editableSettings(user)).toMatchObject({
      iroServicePhone: "01632 960 321",
      consultationLeadDays: 7,
      letterWithinDays: 15,
      agreementWithinDays: 5,
      alertEscalateHours: 4,
      closureDays: ["2026-12-29"],
      formsOffered: ["getting-ready", "worried"],
      feedbackEnabled: false,
    });
    const audited = getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "organisation_settings_changed"))
      .all();
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({
      organisationId,
      actorUserId: user.id,
      subjectType: "organisation",
      subjectId: organisationId,
    });
    expect(JSON.stringify(audited)).not.toContain("960 321");

    // Saving the same again changes nothing, and records nothing.
    expect(saveSettings(request, user, form)).toBe(false);
    expect(
      getDb()
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.action, "organisation_settings_changed"))
        .all(),
    ).toHaveLength(1);
    await change({ formsOffered: null, feedbackEnabled: true });
  });
});

describe("forms offered to young people", () => {
  it("chooses among the young person's own forms only; the worry form is always offered", () => {
    const ownForms = templates
      .filter((t) => t.audience === "young_person")
      .map((t) => t.id)
      .filter((id) => !["letter-reply", "feedback"].includes(id));
    expect([...childForms].sort()).toEqual([...new Set(ownForms)].sort());
    expect(templates.filter((t) => t.isWorry).map((t) => t.id)).toEqual([...alwaysOfferedForms]);
    expect(choosableForms).not.toContain("worried");

    expect(isFormOffered(null, "good-news")).toBe(true);
    expect(isFormOffered(["getting-ready", "worried"], "good-news")).toBe(false);
    expect(isFormOffered(["getting-ready"], "worried")).toBe(true);
    // Forms started from a placement, a letter or a request are never hidden by this setting.
    for (const id of ["carer-review", "parent-views", "letter-reply", "feedback"])
      expect(isFormOffered(["getting-ready"], id), id).toBe(true);
  });

  it("shows a young person only the forms offered, and a form not offered is not found", async () => {
    const { child } = await youngPersonWithIro();
    const tiles = async () =>
      (
        (await (
          myPageLoader({ request: child.request, params: {}, context: {} }) as Response
        ).json()) as {
          forms: string[];
        }
      ).forms;
    expect(await tiles()).toEqual(["getting-ready", "worried", "good-news", "change"]);
    const start = (templateId: string, query = "") =>
      statusOf(() =>
        startLoader({
          request: requestFor(`/me/start/${templateId}${query}`, { cookie: child.cookie }),
          params: { templateId },
          context: {},
        }),
      );
    expect((await start("good-news")).status).toBe(302);

    await change({ formsOffered: ["getting-ready", "worried", "change"] });
    expect(await tiles()).toEqual(["getting-ready", "worried", "change"]);
    expect(offeredForms(organisationId, ["good-news", "worried"])).toEqual(["worried"]);
    expect((await start("good-news")).status).toBe(404);
    expect((await start("worried")).status).toBe(302);
    await change({ formsOffered: null });
  });

  it("still lets a young person answer their IRO's request with a form not offered", async () => {
    const { iro, child, youngPersonId } = await youngPersonWithIro();
    const reviewId = buildReview(organisationId, youngPersonId, addDays(today, 30));
    expect(requestViews(iro.request, iro.user, reviewId, addDays(today, 20))).toEqual({
      ok: true,
      asked: 1,
    });
    const asked = getDb()
      .select({ id: consultationRequests.id, templateId: consultationRequests.templateId })
      .from(consultationRequests)
      .where(eq(consultationRequests.reviewId, reviewId))
      .get()!;
    await change({ formsOffered: ["good-news", "worried"] });
    const start = (query: string) =>
      statusOf(() =>
        startLoader({
          request: requestFor(`/me/start/${asked.templateId}${query}`, { cookie: child.cookie }),
          params: { templateId: asked.templateId },
          context: {},
        }),
      );
    expect((await start("")).status).toBe(404);
    expect(await start(`?request=${asked.id}`)).toMatchObject({ status: 302 });
    await change({ formsOffered: null });
  });
});

describe("feedback after reviews", () => {
  const record = {
    meetings: [today],
    attendees: [],
    childAttended: true,
    childChaired: false,
    participationCode: "PN1" as const,
    viewsConveyed: "spoke" as const,
    decisions: ["Stay at school."],
  };

  it("asks nobody how the review went when the organisation has turned feedback off", async () => {
    const { iro, child, youngPersonId } = await youngPersonWithIro();
    const carer = await buildUser(organisationId, { role: "carer" });
    allocate(organisationId, youngPersonId, carer.id, "carer");
    const feedbackFor = (reviewId: string) => ({
      requests: getDb()
        .select()
        .from(consultationRequests)
        .where(
          and(
            eq(consultationRequests.reviewId, reviewId),
            eq(consultationRequests.kind, "feedback"),
          ),
        )
        .all().length,
      notifications: getDb()
        .select()
        .from(notifications)
        .where(
          and(eq(notifications.recipientUserId, child.user.id), eq(notifications.kind, "feedback")),
        )
        .all().length,
    });

    await change({ feedbackEnabled: false });
    expect(feedbackEnabled(organisationId)).toBe(false);
    const first = buildReview(organisationId, youngPersonId, addDays(today, 3));
    const { nextReviewId } = recordReview(iro.request, iro.user, first, record);
    expect(feedbackFor(first)).toEqual({ requests: 0, notifications: 0 });

    // Turned on again: the child and the carer are asked after the next review.
    await change({ feedbackEnabled: true });
    recordReview(iro.request, iro.user, nextReviewId!, record);
    expect(feedbackFor(nextReviewId!)).toEqual({ requests: 2, notifications: 1 });
  });
});

describe("contact details", () => {
  it("are on the help page for someone signed in, and for nobody else", async () => {
    await change({
      iroServicePhone: "01632 960 555",
      iroServiceEmail: null,
      advocacyServiceName: "Fenmoor Advocacy",
      advocacyServicePhone: "0808 157 0555",
    });
    const { child } = await youngPersonWithIro();
    const help = async (request: Request) =>
      (await (helpLoader({ request, params: {}, context: {} }) as Response).json()) as {
        contacts: unknown;
      };
    expect((await help(child.request)).contacts).toEqual({
      iroServicePhone: "01632 960 555",
      iroServiceEmail: null,
      advocacyServiceName: "Fenmoor Advocacy",
      advocacyServicePhone: "0808 157 0555",
    });
    expect((await help(requestFor("/help"))).contacts).toBeNull();

    // Another council's young person sees their own council's details: none here.
    const other = buildOrganisation("Other Borough Council");
    const otherChild = signedInAs(await buildUser(other, { role: "young_person" }));
    expect((await help(otherChild.request)).contacts).toBeNull();
    expect(organisationContacts(other)).toBeNull();
  });

  it("are in the letter as they were when it was issued", async () => {
    await change({
      iroServicePhone: "01632 960 777",
      iroServiceEmail: "iro@fenmoor.example",
      advocacyServiceName: "Fenmoor Advocacy",
      advocacyServicePhone: "0808 157 0777",
    });
    const { iro, child, youngPersonId } = await youngPersonWithIro();
    const reviewId = buildReview(organisationId, youngPersonId, addDays(today, -10), {
      status: "held",
      heldOn: addDays(today, -12),
    });
    saveLetter(iro.request, iro.user, reviewId, {
      about: "You came to your review.",
      next: "Priya will ring your school.",
    });
    expect(
      issueLetter(iro.request, iro.user, reviewId, { reason: "", shareWithCarer: false }),
    ).toMatchObject({ ok: true, number: 1 });
    const letterId = letterForIro(iro.user, reviewId).letter!.id;

    // The council's number changes after the letter was issued.
    await change({ iroServicePhone: "01632 960 999" });
    const { version } = readOwnLetter(child.request, child.user, letterId);
    const lines = renderLetter(version, "en").sections.flatMap((s) => s.fixed);
    expect(lines).toContain(
      "If you want to talk to me, ring the IRO service on 01632 960 777 or email iro@fenmoor.example.",
    );
    expect(lines).toContain("To get an advocate, contact Fenmoor Advocacy on 0808 157 0777.");
    expect(lines.join(" ")).not.toContain("960 999");
    // In the child's language too.
    const arabic = renderLetter(version, "ar").sections.flatMap((s) => s.fixed);
    expect(arabic.join(" ")).toContain("01632 960 777");

    // A letter issued now gives the new number.
    expect(letterForIro(iro.user, reviewId).facts).toMatchObject({
      contacts: { iroServicePhone: "01632 960 999" },
    });
  });
});
