import type { Page } from "@playwright/test";
import { demoPassword } from "#db/seed/demo";
import { formatDate } from "~/i18n/format";
import { addDays, todayInEngland } from "~/dates/calendar";
import { addMonths } from "~/dates/working-days";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
} from "../fixtures/builders";
import { expectQuestion, next, signInChild, skip } from "./consultation-helpers";
import { buildFamily } from "../fixtures/family";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, submitAndWait, t } from "./helpers";

const today = todayInEngland();

/** The child answers the request in Oromo: pictures skipped, one thing written in their own words. */
async function childAnswersRequest(page: Page, username: string, iroName: string) {
  const lng = "om";
  await signInChild(page, username, lng);
  const request = page.getByRole("region", { name: new RegExp(iroName) });
  await expect(request).toBeVisible();
  await expectAccessible(page);
  await request.getByRole("link", { name: t(lng, "home:me.request.start") }).click();
  await expectQuestion(page, lng, "getting-ready", "home", true);
  await expectAccessible(page);
  for (let i = 0; i < 6; i++) await skip(page, lng);
  await expectQuestion(page, lng, "getting-ready", "change", true);
  await page
    .getByLabel(t(lng, "consultation:getting-ready.change.teen"))
    .fill("Obboleessa koo yeroo baay'ee arguun barbaada");
  await next(page, lng);
  for (let i = 0; i < 9; i++) await skip(page, lng);
  await page.getByRole("link", { name: t(lng, "consultation:ui.continueToShare") }).click();
  await expectAccessible(page);
  await page.getByLabel(t(lng, "consultation:sharing.iro.label")).check();
  await submitAndWait(page, t(lng, "consultation:ui.send"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    t(lng, "consultation:ui.sentTitle"),
  );
  await expectAccessible(page);
  // The request has been answered: it no longer waits on their page.
  await page.goto("/me");
  await expect(page.getByRole("region", { name: new RegExp(iroName) })).toHaveCount(0);
}

for (const lng of ["en", "ar"] as const) {
  test(`an IRO asks, the child answers in Oromo, the IRO reads, interprets, replies and records the review (${lng})`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(300_000);
    const family = await buildFamily({ lng: "om", age: 15, givenName: "Chaltu" });
    const name = "Chaltu Example";
    const reviewId = buildReview(family.organisationId, family.youngPersonId, addDays(today, 10), {
      plannedOn: addDays(today, 8),
    });

    // The IRO finds the review on her caseload and asks Chaltu for her views.
    await signIn(page, family.iro.username, "iro-pass-123", lng);
    await expect(page).toHaveURL(/\/iro$/);
    await expectAccessible(page);
    await page.getByRole("link", { name: `${t(lng, "reviews:caseload.prepare")} ${name}` }).click();
    await expect(page).toHaveURL(new RegExp(`/iro/reviews/${reviewId}$`));
    await expect(page.getByText(t(lng, "reviews:readiness.view.missing"))).toBeVisible();
    await expectAccessible(page);
    await submitAndWait(page, t(lng, "forms:request.send"));
    await expect(page.getByRole("status")).toContainText(t(lng, "reviews:prep.done.requested"));
    await expect(
      page.getByRole("cell", { name: t(lng, "reviews:contribution.states.requested") }),
    ).toBeVisible();
    await expectAccessible(page);

    // Chaltu sees "Ines Reviewer asks what you think" and answers it in Oromo.
    const child = await (await browser.newContext()).newPage();
    await childAnswersRequest(child, family.child.username, "Ines Reviewer");

    // The queue shows her view as in, not yet read.
    await page.goto("/iro/queue");
    const entry = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
    await expect(entry).toContainText(t(lng, "reviews:contribution.states.sent"));
    await expectAccessible(page);
    await entry.getByRole("link", { name }).click();
    await expect(page.getByText(t(lng, "reviews:readiness.view.unread"))).toBeVisible();

    // Opening it records a read that Chaltu can see.
    await page
      .getByRole("link", { name: t(lng, "consultation:templates.getting-ready.title") })
      .click();
    await expect(page.getByText("Obboleessa koo yeroo baay'ee arguun barbaada")).toBeVisible();
    await expectAccessible(page);
    await child.goto("/me/statements");
    await expect(child.getByText(/Ines Reviewer/).first()).toBeVisible();
    await expect(child.getByText(t("om", "consultation:ui.notReadYet"))).toHaveCount(0);

    // An interpreter for the Oromo text: asked for, then their words kept beside the original.
    const oromo = t(lng, "consultation:languages.om");
    await expect(
      page.getByText(t(lng, "reviews:interpreter.needs", { language: oromo })).first(),
    ).toBeVisible();
    await submitAndWait(page, t(lng, "reviews:interpreter.request", { language: oromo }));
    await expectAccessible(page);
    await submitAndWait(page, t(lng, "reviews:interpreter.markDone"));
    await expect(page.getByRole("alert")).toContainText(t(lng, "consultation:errors.translation"));
    await expectAccessible(page);
    await page
      .getByLabel(t(lng, "reviews:interpreter.translationLabel", { language: oromo }))
      .fill("I want to see my brother more often.");
    await submitAndWait(page, t(lng, "reviews:interpreter.markDone"));
    await expect(page.getByText("I want to see my brother more often.")).toBeVisible();
    await expect(page.getByText("Obboleessa koo yeroo baay'ee arguun barbaada")).toBeVisible();

    // A reply Chaltu will see.
    await page
      .getByLabel(t(lng, "consultation:reader.replyLabel"))
      .fill("Thank you, Chaltu. We will plan time with your brother at your review.");
    await submitAndWait(page, t(lng, "consultation:reader.replySend"));
    await expect(page.getByRole("status")).toContainText(t(lng, "consultation:reader.replySent"));
    await child.goto("/me/statements");
    await expect(child.getByText(/We will plan time with your brother/)).toBeVisible();
    await expectAccessible(child);

    // Record the review: a mistake first (nothing chosen), with the decisions kept.
    await page.goto(`/iro/reviews/${reviewId}`);
    await expect(page.getByText(t(lng, "reviews:readiness.view.read"))).toBeVisible();
    await page.getByRole("link", { name: t(lng, "reviews:prep.recordLink") }).click();
    await expectAccessible(page);
    const decisions = page.getByLabel(t(lng, "reviews:record.decisions"));
    await decisions.fill("Stay with current carers.\nTime with her brother every month.");
    await submitAndWait(page, t(lng, "reviews:record.save"));
    await expect(page.getByRole("alert")).toContainText(t(lng, "reviews:errors.childAttended"));
    await expect(decisions).toHaveValue(
      "Stay with current carers.\nTime with her brother every month.",
    );
    await expectAccessible(page);

    // Did not attend, sent her views: PN6 is suggested.
    await expect(
      page.getByText(
        t(lng, "reviews:record.suggested", { code: "PN6", meaning: t(lng, "reviews:pn.PN6") }),
      ),
    ).toBeVisible();
    await page
      .getByRole("group", { name: t(lng, "reviews:record.childAttended", { name }) })
      .getByLabel(t(lng, "reviews:record.no"), { exact: true })
      .check();
    await page.getByLabel(new RegExp("^PN6")).check();
    await page.getByLabel(t(lng, "reviews:views.own-voice-statement")).check();
    await submitAndWait(page, t(lng, "reviews:record.save"));

    // Held: the first review, so the next is due 3 months on; decisions to circulate.
    await expect(page.getByRole("status")).toContainText(t(lng, "reviews:prep.done.recorded"));
    // Recording ends with the monitoring form (issue 18); then back to the review page.
    await page.goto(`/iro/reviews/${reviewId}`);
    await expect(page.getByText(`PN6: ${t(lng, "reviews:pn.PN6")}`)).toBeVisible();
    await expect(
      page.getByText(
        t(lng, "reviews:record.nextDue", { date: formatDate(addMonths(today, 3), lng) }),
      ),
    ).toBeVisible();
    await expectAccessible(page);
    await page.goto("/iro/queue");
    await expect(
      page.getByRole("listitem").filter({ hasText: name }).getByRole("link", { name, exact: true }),
    ).toHaveAttribute("href", new RegExp(`/iro/reviews/${reviewId}$`));
    // ... and the letter to write, due 20 working days after the review.
    await expect(
      page.getByRole("link", { name: t(lng, "letters:iro.title", { name }) }),
    ).toHaveAttribute("href", new RegExp(`/iro/reviews/${reviewId}/letter$`));
    await expectAccessible(page);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the caseload filters to overdue reviews, each marked with a word", async ({ page }) => {
    await signIn(page, "iro.amelia", demoPassword);
    await page.getByLabel(t("en", "reviews:caseload.show")).selectOption("overdue");
    await page.getByRole("button", { name: t("en", "reviews:caseload.apply") }).click();
    await expect(page).toHaveURL(/show=overdue/);
    // The caseload's own table: the demo's actions have a table of their own below it.
    const rows = page
      .getByRole("table", { name: t("en", "home:iro.title"), exact: true })
      .locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) await expect(row).toContainText(/Overdue by/);
    await expectAccessible(page);
  });

  test("a planned date after the due date is saved with a warning", async ({ page }) => {
    const organisationId = buildOrganisation("Late Review Council");
    const iro = await buildUser(organisationId, { role: "iro", password: "iro-pass-123" });
    const youngPersonId = buildYoungPerson(organisationId, { givenName: "Nahom" });
    allocate(organisationId, youngPersonId, iro.id, "iro");
    const reviewId = buildReview(organisationId, youngPersonId, addDays(today, 5));
    await signIn(page, iro.username, "iro-pass-123");
    await page.goto(`/iro/reviews/${reviewId}`);
    await page.getByLabel(t("en", "reviews:plan.plannedOn")).fill(addDays(today, 12));
    await page.getByLabel(t("en", "reviews:plan.place")).fill("Foster home");
    await submitAndWait(page, t("en", "reviews:plan.save"));
    await expect(
      page.getByText(/The planned date is after the date the review is due/),
    ).toBeVisible();
    await expect(page.getByText("Foster home", { exact: true })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("without JavaScript, recording a series of meetings", () => {
  test.use({ javaScriptEnabled: false });

  test("the review counts from its first meeting, with a warning when the last came over 20 working days later", async ({
    page,
  }) => {
    const organisationId = buildOrganisation("Series Council");
    const iro = await buildUser(organisationId, { role: "iro", password: "iro-pass-123" });
    const youngPersonId = buildYoungPerson(organisationId, { givenName: "Meron" });
    allocate(organisationId, youngPersonId, iro.id, "iro");
    // Due 40 days ago: begun the day before, finished today.
    const reviewId = buildReview(organisationId, youngPersonId, addDays(today, -40));
    const first = addDays(today, -41);
    await signIn(page, iro.username, "iro-pass-123");
    await page.goto(`/iro/reviews/${reviewId}/record`);
    await expect(
      page.getByText(t("en", "reviews:record.meetingsHint", { days: 20 })),
    ).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(t("en", "reviews:record.meeting", { n: 1 })).fill(first);
    await page
      .getByLabel(t("en", "reviews:record.meetingOptional", { n: 2 }))
      .fill(addDays(today, -20));
    await page.getByLabel(t("en", "reviews:record.meetingOptional", { n: 3 })).fill(today);
    await page
      .getByRole("group", {
        name: t("en", "reviews:record.childAttended", { name: "Meron Example" }),
      })
      .getByLabel(t("en", "reviews:record.yes"), { exact: true })
      .check();
    await page.getByLabel(new RegExp("^PN1")).check();
    await page.getByLabel(t("en", "reviews:views.spoke")).check();
    await page.getByLabel(t("en", "reviews:record.decisions")).fill("Stay with current carers.");
    await submitAndWait(page, t("en", "reviews:record.save"));

    await expect(page.getByRole("status")).toContainText(t("en", "reviews:prep.done.recorded"));
    // Recording ends with the monitoring form (issue 18); then back to the review page.
    await page.goto(`/iro/reviews/${reviewId}`);
    // Held on the first meeting, before the due date: on time, however late the last one was.
    await expect(
      page.getByRole("definition").filter({ hasText: t("en", "reviews:record.onTime") }),
    ).toContainText(formatDate(first, "en"));
    await expect(
      page.getByText(
        t("en", "reviews:record.seriesTooLong", {
          first: formatDate(first, "en"),
          last: formatDate(today, "en"),
          days: 20,
        }),
      ),
    ).toBeVisible();
    // The first review: the next is due 3 months after its first meeting.
    await expect(
      page.getByText(
        t("en", "reviews:record.nextDue", { date: formatDate(addMonths(first, 3), "en") }),
      ),
    ).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("without JavaScript, recording a late review", () => {
  test.use({ javaScriptEnabled: false });

  test("asks why it was late, next to the question, and keeps every answer until it is given", async ({
    page,
  }) => {
    const organisationId = buildOrganisation("Late Reason Council");
    const iro = await buildUser(organisationId, { role: "iro", password: "iro-pass-123" });
    const youngPersonId = buildYoungPerson(organisationId, { givenName: "Abebe" });
    allocate(organisationId, youngPersonId, iro.id, "iro");
    const dueOn = addDays(today, -5);
    const reviewId = buildReview(organisationId, youngPersonId, dueOn);
    await signIn(page, iro.username, "iro-pass-123");
    await page.goto(`/iro/reviews/${reviewId}/record`);
    const why = page.getByRole("group", { name: t("en", "reviews:record.lateReason") });
    await expect(why).toContainText(
      t("en", "reviews:record.lateReasonHint", { date: formatDate(dueOn, "en") }),
    );
    await expectAccessible(page);

    // Held yesterday, after the due date, and no reason chosen.
    await page.getByLabel(t("en", "reviews:record.meeting", { n: 1 })).fill(addDays(today, -1));
    await page
      .getByRole("group", {
        name: t("en", "reviews:record.childAttended", { name: "Abebe Example" }),
      })
      .getByLabel(t("en", "reviews:record.yes"), { exact: true })
      .check();
    await page.getByLabel(new RegExp("^PN1")).check();
    await page.getByLabel(t("en", "reviews:views.spoke")).check();
    await page.getByLabel(t("en", "reviews:record.decisions")).fill("Stay with current carers.");
    await submitAndWait(page, t("en", "reviews:record.save"));
    await expect(page.getByRole("alert")).toContainText(t("en", "reviews:errors.lateReason"));
    await expect(why).toContainText(t("en", "reviews:errors.lateReason"));
    await expect(page.getByLabel(t("en", "reviews:record.decisions"))).toHaveValue(
      "Stay with current carers.",
    );
    await expect(page.getByLabel(new RegExp("^PN1"))).toBeChecked();
    await expectAccessible(page);

    // "Other" needs words.
    await why.getByLabel(t("en", "reviews:lateReasons.other"), { exact: true }).check();
    await submitAndWait(page, t("en", "reviews:record.save"));
    await expect(page.getByRole("alert")).toContainText(t("en", "reviews:errors.lateReasonOther"));
    await expect(
      why.getByLabel(t("en", "reviews:lateReasons.other"), { exact: true }),
    ).toBeChecked();
    await expectAccessible(page);
    await page
      .getByLabel(t("en", "reviews:record.lateReasonOther"))
      .fill("The school was closed by snow");
    await submitAndWait(page, t("en", "reviews:record.save"));

    await expect(page.getByRole("status")).toContainText(t("en", "reviews:prep.done.recorded"));
    // Recording ends with the monitoring form (issue 18); then back to the review page.
    await page.goto(`/iro/reviews/${reviewId}`);
    await expect(
      page.getByRole("definition").filter({ hasText: t("en", "reviews:record.late") }),
    ).toContainText(formatDate(addDays(today, -1), "en"));
    await expect(
      page.getByRole("definition").filter({ hasText: "The school was closed by snow" }),
    ).toHaveText(`${t("en", "reviews:lateReasons.other")}: The school was closed by snow`);
    await expectAccessible(page);
  });
});

test("an IRO whose allocation ended yesterday gets 404 for the child, the review and the queue", async ({
  page,
}) => {
  const organisationId = buildOrganisation("Ended Allocation Council");
  const iro = await buildUser(organisationId, { role: "iro", password: "iro-pass-123" });
  const youngPersonId = buildYoungPerson(organisationId, { givenName: "Luwam" });
  allocate(organisationId, youngPersonId, iro.id, "iro", "2025-01-10", addDays(today, -1));
  const reviewId = buildReview(organisationId, youngPersonId, addDays(today, 5));
  await signIn(page, iro.username, "iro-pass-123");
  expect((await page.goto(`/iro/reviews/${reviewId}`))?.status()).toBe(404);
  expect((await page.goto(`/iro/reviews/${reviewId}/record`))?.status()).toBe(404);
  expect((await page.goto(`/iro/young-people/${youngPersonId}`))?.status()).toBe(404);
  await expectAccessible(page);
  await page.goto("/iro/queue");
  await expect(page.locator("body")).not.toContainText("Luwam");
  await expectAccessible(page);
});

test.describe("without JavaScript, a social worker", () => {
  test.use({ javaScriptEnabled: false });

  test("asks the young person for their views; the child sees who asked and by when", async ({
    page,
    browser,
  }) => {
    const family = await buildFamily({ lng: "en", age: 12, givenName: "Dawit" });
    buildReview(family.organisationId, family.youngPersonId, addDays(today, 20), {
      plannedOn: addDays(today, 15),
    });
    await signIn(page, family.worker.username, "sw-pass-1234");
    await page.goto(`/worker/young-people/${family.youngPersonId}`);
    await expectAccessible(page);
    // A date in the past is refused next to the field.
    await page.getByLabel(t("en", "reviews:request.dueOn")).fill(addDays(today, -1));
    await submitAndWait(page, t("en", "forms:request.send"));
    await expect(page.getByRole("alert")).toContainText(t("en", "reviews:errors.requestDuePast"));
    await expectAccessible(page);
    await page.getByLabel(t("en", "reviews:request.dueOn")).fill(addDays(today, 10));
    await submitAndWait(page, t("en", "forms:request.send"));
    await expect(page.getByRole("status")).toContainText(t("en", "reviews:prep.done.requested"));

    const child = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInChild(child, family.child.username, "en");
    const request = child.getByRole("region", { name: /Sol Worker/ });
    await expect(request).toContainText(formatDate(addDays(today, 10), "en"));
    await expectAccessible(child);
  });
});
