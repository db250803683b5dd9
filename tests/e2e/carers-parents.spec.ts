import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { and, eq } from "drizzle-orm";
import type { Page } from "@playwright/test";
import { getDb } from "#db/db.server";
import { consultationRequests, notifications, statements, voiceNotes } from "#db/schema";
import { formatDate } from "~/i18n/format";
import { addDays, todayInEngland } from "~/dates/calendar";
import { addWorkingDays } from "~/dates/working-days";
import { allocate, buildReview, buildUser, buildYoungPerson } from "../fixtures/builders";
import { pick, signInChild } from "./consultation-helpers";
import { buildFamily, buildFamilyWithCarer } from "../fixtures/family";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, submitAndWait, t } from "./helpers";
import { silentWav } from "../fixtures/audio";

const today = todayInEngland();
const run = promisify(execFile);

async function next(page: Page, lng = "en") {
  await submitAndWait(page, t(lng, "consultation:ui.next"));
  await expectAccessible(page);
}
async function skip(page: Page, times: number, lng = "en") {
  for (let i = 0; i < times; i++) {
    await submitAndWait(page, t(lng, "consultation:ui.skip"));
    await expectAccessible(page);
  }
}

test("a carer sends the pre-review form without JavaScript, and it is in the IRO's queue", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  const family = await buildFamilyWithCarer("Amanuel");
  const carerPage = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(carerPage, family.carer.username, "carer-pass-123");
  await expect(carerPage).toHaveURL(/\/carer$/);
  const child = carerPage.getByRole("region", { name: "Amanuel Example" });
  await expect(child).toContainText(t("en", "forms:home.noneSent"));
  await expectAccessible(carerPage);
  const form = t("en", "consultation:templates.carer-review.title");
  await child.getByRole("link", { name: t("en", "forms:home.fillIn", { form }) }).click();
  await expect(carerPage.getByRole("heading", { level: 1 })).toHaveText(
    t("en", "consultation:carer-review.home.text"),
  );
  await expectAccessible(carerPage);
  await pick(carerPage, "en", "going-well");
  await next(carerPage);
  await carerPage
    .getByLabel(t("en", "consultation:carer-review.homeNotes.text"))
    .fill("Settling in well; eats with us and likes the garden.");
  await next(carerPage);
  await skip(carerPage, 13);
  // Check your answers, then send to the IRO and social worker: no sharing choice for adults.
  await expect(carerPage.getByText("Settling in well; eats with us")).toBeVisible();
  await expect(carerPage.getByText(t("en", "forms:home.sentTitle"))).toHaveCount(0);
  await submitAndWait(carerPage, t("en", "consultation:ui.send"));
  await expect(carerPage.getByRole("heading", { level: 1 })).toHaveText(
    t("en", "consultation:ui.sentTitle"),
  );
  await expect(carerPage.getByRole("listitem").filter({ hasText: "Ines Reviewer" })).toBeVisible();
  await expectAccessible(carerPage);
  await carerPage.goto("/carer");
  await expect(child).toContainText(t("en", "forms:home.notRead"));

  // The IRO's queue shows the carer's form as sent; reading it marks it read for the carer too.
  await signIn(page, family.iro.username, "iro-pass-123");
  await page.goto("/iro/queue");
  const item = page.getByRole("listitem").filter({ hasText: "Amanuel Example" }).first();
  await expect(item).toContainText(
    `${t("en", "reviews:contribution.kind.carer")} (Cara Carer): ${t("en", "reviews:contribution.states.sent")}`,
  );
  await expectAccessible(page);
  await page.goto(`/iro/reviews/${family.reviewId}`);
  await page.getByRole("link", { name: new RegExp(`${form} \\(Cara Carer\\)`) }).click();
  await expect(page.getByText("Settling in well; eats with us")).toBeVisible();
  await expect(page.getByText("Cara Carer (foster carer)")).toBeVisible();
  await expectAccessible(page);
  await carerPage.goto("/carer");
  await expect(child).toContainText(
    t("en", "forms:home.readBy", { name: "Ines Reviewer", date: "" }).trim(),
  );
});

test("a carer who no longer looks after the child gets 404 on that child", async ({ page }) => {
  const family = await buildFamilyWithCarer("Berhe");
  const former = await buildUser(family.organisationId, {
    role: "carer",
    password: "former-pass-1",
    displayName: "Fran Former",
  });
  allocate(
    family.organisationId,
    family.youngPersonId,
    former.id,
    "carer",
    "2024-01-01",
    addDays(today, -1),
  );
  await signIn(page, former.username, "former-pass-1");
  await expect(page).toHaveURL(/\/carer$/);
  await expect(page.getByRole("region", { name: "Berhe Example" })).toHaveCount(0);
  await expectAccessible(page);
  const response = await page.goto(`/me/start/carer-review?youngPerson=${family.youngPersonId}`);
  expect(response?.status()).toBe(404);
  await expectAccessible(page);
});

test("a parent follows the printed code, fills the form in Arabic and asks for an interpreter", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  const family = await buildFamilyWithCarer("Hamid");
  await signIn(page, family.iro.username, "iro-pass-123");
  await page.goto(`/iro/reviews/${family.reviewId}`);
  await expectAccessible(page);
  // A missing name and language are refused next to their fields; the email typed is kept.
  await page.getByLabel(t("en", "forms:invite.email")).fill("not-an-email");
  await submitAndWait(page, t("en", "forms:invite.send"));
  await expect(page.getByText(t("en", "forms:errors.parentName")).first()).toBeVisible();
  await expect(page.getByText(t("en", "forms:errors.email")).first()).toBeVisible();
  await expect(page.getByLabel(t("en", "forms:invite.email"))).toHaveValue("not-an-email");
  await expectAccessible(page);
  await page.getByLabel(t("en", "forms:invite.name")).fill("Samira Example");
  await page.getByLabel(/Arabic/).check();
  await page.getByLabel(t("en", "forms:invite.email")).fill("");
  await submitAndWait(page, t("en", "forms:invite.send"));
  const letter = page.locator("article.letter");
  await expect(letter).toHaveAttribute("lang", "ar");
  await expect(letter).toHaveAttribute("dir", "rtl");
  await expect(letter).toContainText(t("ar", "forms:letter.greeting", { name: "Samira Example" }));
  await expectAccessible(page);
  const code = (await page.getByTestId("invitation-code").innerText()).trim();
  const address = (await letter.locator("dd").first().innerText()).trim();
  expect(address).toMatch(/\/start\?lng=ar$/);

  // The parent, on her own phone, types the code from the letter.
  const parent = await (await browser.newContext()).newPage();
  await parent.goto(new URL(address).pathname + new URL(address).search);
  await expect(parent.locator("html")).toHaveAttribute("dir", "rtl");
  await expectAccessible(parent);
  await parent.getByLabel(t("ar", "auth:start.codeLabel")).fill(code);
  await submitAndWait(parent, t("ar", "auth:start.next"));
  await expect(parent.getByRole("heading", { level: 1 })).toHaveText(
    t("ar", "forms:parentStart.title"),
  );
  await expectAccessible(parent);
  await parent.getByLabel(t("ar", "auth:start.passwordLabel")).fill("samira-pass-1");
  await parent.getByLabel(t("ar", "auth:start.confirmLabel")).fill("samira-pass-1");
  await submitAndWait(parent, t("ar", "auth:start.save"));
  await expect(parent).toHaveURL(/\/parent$/);
  await expectAccessible(parent);
  const formTitle = t("ar", "consultation:templates.parent-views.title");
  await parent
    .getByRole("link", { name: t("ar", "forms:home.fillIn", { form: formTitle }) })
    .click();
  await expect(parent.getByRole("heading", { level: 1 })).toHaveText(
    t("ar", "consultation:parent-views.doing.text"),
  );
  await expectAccessible(parent);
  await skip(parent, 6, "ar");
  await expect(parent.getByRole("heading", { level: 1 })).toHaveText(
    t("ar", "consultation:parent-views.interpreter.text"),
  );
  await parent.getByLabel(t("ar", "consultation:options.yes"), { exact: true }).check();
  await next(parent, "ar");
  await parent
    .getByLabel(t("ar", "consultation:parent-views.interpreterLanguage.text"))
    .fill("العربية السودانية");
  await next(parent, "ar");
  await submitAndWait(parent, t("ar", "consultation:ui.send"));
  await expect(parent.getByRole("heading", { level: 1 })).toHaveText(
    t("ar", "consultation:ui.sentTitle"),
  );
  await expectAccessible(parent);

  // The code worked once: it cannot be used again.
  const again = await (await browser.newContext()).newPage();
  await again.goto("/start?lng=en");
  await again.getByLabel(t("en", "auth:start.codeLabel")).fill(code);
  await submitAndWait(again, t("en", "auth:start.next"));
  await expect(again.getByText(t("en", "auth:errors.codeWrong")).first()).toBeVisible();

  // The IRO sees the parent's form, and that she needs an interpreter at the meeting.
  await page.goto(`/iro/reviews/${family.reviewId}`);
  await expect(
    page.getByText(t("en", "forms:reader.parentInterpreter", { language: "العربية السودانية" })),
  ).toBeVisible();
  await expect(
    page.getByRole("rowheader", {
      name: `${t("en", "reviews:contribution.kind.parent")}: Samira Example`,
    }),
  ).toBeVisible();
  await expectAccessible(page);
});

test("a reminder is sent once and only once, and says nothing of what anyone wrote", async ({
  page,
  server,
}) => {
  test.setTimeout(120_000);
  const family = await buildFamilyWithCarer("Dawit");
  // Asked a week ago for a date 2 working days away: due a reminder now.
  const dueOn = addWorkingDays(today, 2);
  getDb()
    .insert(consultationRequests)
    .values({
      organisationId: family.organisationId,
      reviewId: family.reviewId,
      youngPersonId: family.youngPersonId,
      kind: "carer",
      recipientUserId: family.carer.id,
      templateId: "carer-review",
      requestedBy: family.iro.id,
      dueOn,
      createdAt: new Date(Date.now() - 7 * 86_400_000).toISOString(),
    })
    .run();

  // The carer starts the form and writes something private, then stops.
  await signIn(page, family.carer.username, "carer-pass-123");
  const child = page.getByRole("region", { name: "Dawit Example" });
  const form = t("en", "consultation:templates.carer-review.title");
  await child.getByRole("link", { name: t("en", "forms:home.fillIn", { form }) }).click();
  await pick(page, "en", "difficult");
  await next(page);
  const words = "He told me about the night he left home";
  await page.getByLabel(t("en", "consultation:carer-review.homeNotes.text")).fill(words);
  await next(page);

  // The jobs run twice, as cron would run them (`npm run jobs`).
  const jobs = async () => {
    const { stdout } = await run(process.execPath, ["scripts/jobs.mjs"], {
      env: { ...process.env, DATABASE_PATH: server.databasePath, SEED_DEMO: "false" },
    });
    return JSON.parse(stdout.trim().split("\n").at(-1)!) as { reminders: number };
  };
  expect((await jobs()).reminders).toBeGreaterThanOrEqual(1);
  expect((await jobs()).reminders).toBe(0);

  const reminders = getDb()
    .select()
    .from(notifications)
    .where(
      and(eq(notifications.recipientUserId, family.carer.id), eq(notifications.kind, "reminder")),
    )
    .all();
  expect(reminders).toHaveLength(1);
  expect(JSON.stringify(reminders)).not.toContain(words);

  await page.goto("/carer");
  const waiting = page.getByRole("region", { name: t("en", "forms:notifications.title") });
  const reminderText = t("en", "forms:notifications.kinds.reminder", {
    date: formatDate(dueOn, "en"),
  });
  await expect(waiting.getByRole("link", { name: reminderText })).toHaveCount(1);
  await expect(waiting).not.toContainText(words);
  await expectAccessible(page);
  // Following it marks it read and goes to the carer's page.
  await waiting.getByRole("link", { name: reminderText }).click();
  await expect(page).toHaveURL(/\/carer$/);
  await expect(waiting).toContainText(reminderText);
  await expect(waiting).not.toContainText(t("en", "forms:notifications.new"));
});

test("a social worker sits with a 6-year-old in together mode; leaving needs the password", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const family = await buildFamily({ lng: "en", age: 6, givenName: "Lula" });
  const reviewId = buildReview(family.organisationId, family.youngPersonId, addDays(today, 20), {
    plannedOn: addDays(today, 18),
  });
  const other = buildYoungPerson(family.organisationId, { givenName: "Other" });
  allocate(family.organisationId, other, family.worker.id, "social_worker");

  await signIn(page, family.worker.username, "sw-pass-1234");
  await page.goto(`/worker/young-people/${family.youngPersonId}`);
  await expectAccessible(page);
  await submitAndWait(page, t("en", "forms:together.start", { name: "Lula" }));
  await expect(page).toHaveURL(/\/together/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    t("en", "home:me.greeting", { name: "Lula" }),
  );
  await expectAccessible(page);

  // The worker's own pages are out of reach while the child holds the device.
  await page.goto("/worker");
  await expect(page).toHaveURL(/\/together$/);
  expect((await page.goto(`/worker/young-people/${other}`))?.url()).toMatch(/\/together$/);

  await page.getByRole("link", { name: t("en", "consultation:templates.my-say.title") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    t("en", "consultation:my-say.home.text"),
  );
  await expectAccessible(page);
  // Read aloud first: English has a computer voice, so the server reads it (and says so).
  const readAloud = page.locator(".read-aloud").first();
  await expect(readAloud).toHaveAttribute("data-voice", "computer");
  await expect(readAloud).toContainText(t("en", "common:audio.computerVoice"));
  const clip = await page.request.get((await readAloud.getAttribute("href"))!);
  expect(clip.headers()["x-audio-source"]).toBe("computer");
  await pick(page, "en", "feeling-great");
  await next(page);
  await pick(page, "en", "feeling-okay");
  await next(page);
  await pick(page, "en", "feeling-good");
  await next(page);
  await pick(page, "en", "pet");
  await next(page);
  await pick(page, "en", "playing");
  await next(page);
  await pick(page, "en", "loud-noise");
  await next(page);
  await skip(page, 1);
  await page
    .getByLabel(t("en", "consultation:my-say.tellIroWords.text"))
    .fill("I want to see my big sister more");
  await next(page);
  await page.getByRole("link", { name: t("en", "consultation:ui.continueToShare") }).click();
  await page.getByLabel(t("en", "consultation:sharing.iro-and-social-worker.label")).check();
  await submitAndWait(page, t("en", "consultation:ui.send"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    t("en", "consultation:ui.sentTitle"),
  );
  await expectAccessible(page);

  // Leaving without the password is refused.
  await page.goto("/together/leave");
  await expectAccessible(page);
  await page.getByLabel(t("en", "forms:together.password")).fill("not-the-password");
  await submitAndWait(page, t("en", "forms:together.leaveButton"));
  await expect(page.getByText(t("en", "forms:errors.leavePassword")).first()).toBeVisible();
  await expectAccessible(page);
  await page.goto("/worker");
  await expect(page).toHaveURL(/\/together$/);
  await page.goto("/together/leave");
  await page.getByLabel(t("en", "forms:together.password")).fill("sw-pass-1234");
  await submitAndWait(page, t("en", "forms:together.leaveButton"));
  await expect(page).toHaveURL(/\/worker/);

  // The IRO's queue says who helped.
  const iro = await (await browser.newContext()).newPage();
  await signIn(iro, family.iro.username, "iro-pass-123");
  await iro.goto("/iro/queue");
  const item = iro.getByRole("listitem").filter({ hasText: "Lula Example" }).first();
  await expect(item).toContainText(
    t("en", "forms:together.helpedBy", {
      name: "Sol Worker",
      role: t("en", "forms:together.roles.social_worker"),
    }),
  );
  await expectAccessible(iro);
  await iro.goto(`/iro/reviews/${reviewId}`);
  await iro.getByRole("link", { name: t("en", "consultation:templates.my-say.title") }).click();
  await expect(iro.getByText("I want to see my big sister more")).toBeVisible();
  await expect(
    iro.getByText(t("en", "forms:together.typedBy", { name: "Sol Worker" })),
  ).toBeVisible();
  await expectAccessible(iro);
});

test("a draft begun in together mode is the child's: after Finish the worker gets 404, the child carries on", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const family = await buildFamily({ lng: "en", age: 6, givenName: "Mika" });
  await signIn(page, family.worker.username, "sw-pass-1234");
  await page.goto(`/worker/young-people/${family.youngPersonId}`);
  await submitAndWait(page, t("en", "forms:together.start", { name: "Mika" }));
  await page.getByRole("link", { name: t("en", "consultation:templates.my-say.title") }).click();
  await pick(page, "en", "feeling-great");
  await next(page);
  // Mika records a message, then stops before sending.
  await page.goto(page.url().replace(/questions\/.*/, "questions/tellIro"));
  await page.getByLabel(t("en", "consultation:ui.voiceUpload")).setInputFiles({
    name: "message.wav",
    mimeType: "audio/wav",
    buffer: silentWav(),
  });
  await next(page);
  const draftUrl = page.url();
  const statementId = /\/me\/statements\/([^/]+)\//.exec(draftUrl)![1]!;
  const note = getDb()
    .select({ id: voiceNotes.id })
    .from(voiceNotes)
    .where(eq(voiceNotes.statementId, statementId))
    .get()!;
  const voiceUrl = `/statements/${statementId}/voice-notes/${note.id}`;
  expect((await page.request.get(voiceUrl)).status()).toBe(200);

  await page.goto("/together");
  await page.getByRole("link", { name: t("en", "forms:together.leave") }).click();
  await expectAccessible(page);
  await page.getByLabel(t("en", "forms:together.password")).fill("sw-pass-1234");
  await submitAndWait(page, t("en", "forms:together.leaveButton"));
  await expect(page).toHaveURL(/\/worker/);
  const csrf = await page.locator('input[name="csrf"]').first().inputValue();

  // Together mode has ended: the draft is Mika's, not the worker's to open, change, send or hear.
  for (const url of [draftUrl, `/me/statements/${statementId}/check`]) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      t("en", "common:errorPage.notFoundTitle"),
    );
    await expectAccessible(page);
  }
  const post = (path: string, form: Record<string, string>) =>
    page.request.post(path, { form: { csrf, ...form }, maxRedirects: 0 });
  expect((await post(draftUrl, { intent: "next", answer: "I changed this" })).status()).toBe(404);
  expect(
    (
      await post(`/me/statements/${statementId}/share`, { sharing: "iro-and-social-worker" })
    ).status(),
  ).toBe(404);
  expect((await page.request.get(voiceUrl)).status()).toBe(404);
  const saved = getDb().select().from(statements).where(eq(statements.id, statementId)).get()!;
  expect(saved).toMatchObject({ status: "draft", answers: { home: "feeling-great" } });

  // Mika signs in and goes on from where the draft stopped, and sends it to the IRO alone.
  const child = await (await browser.newContext()).newPage();
  await signInChild(child, family.child.username, "en");
  await child.getByRole("link", { name: t("en", "consultation:templates.my-say.title") }).click();
  const words = child.getByLabel(t("en", "consultation:my-say.tellIroWords.text"));
  await expect(words).toBeVisible();
  await expectAccessible(child);
  await words.fill("I want a bigger bed");
  await next(child);
  await child.getByRole("link", { name: t("en", "consultation:ui.continueToShare") }).click();
  await child.getByLabel(t("en", "consultation:sharing.iro.label")).check();
  await submitAndWait(child, t("en", "consultation:ui.send"));
  await expect(child.getByRole("heading", { level: 1 })).toHaveText(
    t("en", "consultation:ui.sentTitle"),
  );
  await expectAccessible(child);
  expect((await child.request.get(voiceUrl)).status()).toBe(200);

  // Mika chose the IRO: the IRO hears the message; the worker, not a reader, still gets 404.
  const iro = await (await browser.newContext()).newPage();
  await signIn(iro, family.iro.username, "iro-pass-123");
  expect((await iro.request.get(voiceUrl)).status()).toBe(200);
  expect((await page.request.get(voiceUrl)).status()).toBe(404);
  expect((await page.goto(`/worker/statements/${statementId}`))?.status()).toBe(404);
  await expectAccessible(page);
});

/** A tiny, valid WAV file of one second of silence. */
