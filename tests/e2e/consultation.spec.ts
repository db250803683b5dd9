import { and, eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { auditEvents, sessions } from "#db/schema";
import { getLanguage } from "~/i18n/languages";
import { expect, expectAccessible, test } from "./fixtures";
import { expectQuestion, next, pick, signInChild, skip } from "./consultation-helpers";
import { buildFamily } from "../fixtures/family";
import { choosePictures, signIn, signOut, submitAndWait, t } from "./helpers";
import { silentWav } from "../fixtures/audio";

/** Answers "Getting ready for my review" as a 14-year-old: one question skipped, the rest mostly pictures. */
async function completeGettingReady(page: import("@playwright/test").Page, lng: string) {
  await page
    .getByRole("link", { name: new RegExp(t(lng, "consultation:templates.getting-ready.title")) })
    .click();
  await expectAccessible(page);
  await expectQuestion(page, lng, "getting-ready", "home", true);
  await expect(
    page.getByText(t(lng, "consultation:ui.progress", { n: 1, total: 16 }), { exact: false }),
  ).toBeVisible();
  await pick(page, lng, "feeling-good");
  await next(page, lng);
  await expectQuestion(page, lng, "getting-ready", "school", true);
  await skip(page, lng); // school: skipped
  await pick(page, lng, "feeling-okay"); // health
  await next(page, lng);
  await pick(page, lng, "feeling-sad"); // family time
  await next(page, lng);
  await pick(page, lng, "music"); // enjoy
  await pick(page, lng, "faith");
  await next(page, lng);
  await pick(page, lng, "learning-english"); // going well
  await next(page, lng);
  await page
    .getByLabel(t(lng, "consultation:getting-ready.change.teen"))
    .fill("ምስ ሓወይ ብዙሕ ግዜ ክርኢ እደሊ");
  await next(page, lng);
  for (let i = 0; i < 9; i++) await skip(page, lng); // the rest
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    t(lng, "consultation:ui.checkTitle"),
  );
  await expectAccessible(page);
}

// Tigrinya and Vietnamese without JavaScript; Arabic and Pashto (right to left) with it.
for (const [lng, js] of [
  ["ti", false],
  ["ar", true],
  ["ps", true],
  ["vi", false],
] as const) {
  test.describe(`a 14-year-old gets ready for their review in ${lng}, ${js ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled: js });

    test("they send it to their IRO only; the IRO reads it in English; the social worker cannot", async ({
      page,
      browser,
    }) => {
      test.setTimeout(240_000);
      const family = await buildFamily({
        lng,
        age: 14,
        givenName: { ti: "Meron", ar: "Yasmin", ps: "Zarmina", vi: "Linh" }[lng],
      });
      await signInChild(page, family.child.username, lng);
      await expect(page.locator("html")).toHaveAttribute("dir", getLanguage(lng).dir);
      await completeGettingReady(page, lng);

      // Change one answer from the check page: home becomes "very happy".
      await page
        .getByRole("link", { name: new RegExp(t(lng, "consultation:ui.change")) })
        .first()
        .click();
      await expectQuestion(page, lng, "getting-ready", "home", true);
      await expect(
        page.getByLabel(t(lng, "consultation:options.feeling-good"), { exact: true }),
      ).toBeChecked();
      await pick(page, lng, "feeling-great");
      await next(page, lng);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        t(lng, "consultation:ui.checkTitle"),
      );
      await expect(page.getByText(t(lng, "consultation:options.feeling-great"))).toBeVisible();
      await expect(page.getByText(t(lng, "consultation:ui.skipped")).first()).toBeVisible();

      await page.getByRole("link", { name: t(lng, "consultation:ui.continueToShare") }).click();
      await expectAccessible(page);
      await page.getByLabel(t(lng, "consultation:sharing.iro.label")).check();
      await submitAndWait(page, t(lng, "consultation:ui.send"));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        t(lng, "consultation:ui.sentTitle"),
      );
      await expect(page.getByRole("listitem").filter({ hasText: "Ines Reviewer" })).toBeVisible();
      await expectAccessible(page);

      // The social worker was not chosen: nothing in their list, 404 on the address.
      const statementId = page.url().split("/statements/")[1]!.split("/")[0]!;
      const workerPage = await (await browser.newContext()).newPage();
      await signIn(workerPage, family.worker.username, "sw-pass-1234");
      await expect(workerPage.getByText(t("en", "consultation:inbox.none"))).toBeVisible();
      expect((await workerPage.goto(`/worker/statements/${statementId}`))?.status()).toBe(404);

      // The IRO reads it in English: words, not codes; the free text marked for an interpreter.
      const iroPage = await (await browser.newContext()).newPage();
      await signIn(iroPage, family.iro.username, "iro-pass-123");
      await iroPage.getByRole("link", { name: /Getting|Get ready/ }).click();
      await expectAccessible(iroPage);
      await expect(iroPage.getByText("Very happy")).toBeVisible();
      await expect(iroPage.getByText("Music")).toBeVisible();
      await expect(iroPage.getByText("Faith or religion")).toBeVisible();
      await expect(iroPage.locator("body")).not.toContainText("feeling-great");
      const language = getLanguage(lng).englishName;
      await expect(iroPage.getByText(`Needs interpreter: ${language}`).first()).toBeVisible();
      await expect(iroPage.getByText("ምስ ሓወይ ብዙሕ ግዜ ክርኢ እደሊ")).toBeVisible();

      // The IRO replies; an empty reply is refused with a message by the field.
      await submitAndWait(iroPage, "Send reply");
      await expect(iroPage.getByRole("alert")).toContainText(t("en", "consultation:errors.reply"));
      await expectAccessible(iroPage);
      await iroPage
        .getByLabel(t("en", "consultation:reader.replyLabel"))
        .fill("Thank you. We will talk about your brother at your review.");
      await submitAndWait(iroPage, "Send reply");
      await expect(iroPage.getByRole("status")).toContainText(
        t("en", "consultation:reader.replySent"),
      );

      // The young person now sees who read it.
      await page.goto("/me/statements");
      // "Read by Ines Reviewer on …", and her reply below it.
      await expect(page.getByText(/Ines Reviewer/).first()).toBeVisible();
      await expect(page.getByText(t(lng, "consultation:ui.notReadYet"))).toHaveCount(0);
      await expect(
        page.getByText("Thank you. We will talk about your brother at your review."),
      ).toBeVisible();
      await expectAccessible(page);
    });
  });
}

test("a draft survives signing out and resumes at the right question", async ({ page }) => {
  const family = await buildFamily({ lng: "en", age: 10, givenName: "Ava" });
  await signInChild(page, family.child.username, "en");
  await page.getByRole("link", { name: /Get ready for my review/ }).click();
  await pick(page, "en", "feeling-great");
  await next(page, "en");
  await skip(page, "en");
  await expectQuestion(page, "en", "getting-ready", "health");
  await signOut(page);
  await signInChild(page, family.child.username, "en");
  await page.getByRole("link", { name: /Get ready for my review/ }).click();
  await expectQuestion(page, "en", "getting-ready", "health");
  // Each Back is a client-side navigation: wait for its question before pressing the next one.
  await submitAndWait(page, "Back");
  await expectQuestion(page, "en", "getting-ready", "school");
  await submitAndWait(page, "Back");
  await expectQuestion(page, "en", "getting-ready", "home");
  await expect(page.getByLabel("Very happy", { exact: true })).toBeChecked();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a mistake is explained next to the field and every answer is kept", async ({ page }) => {
    const family = await buildFamily({ lng: "en", age: 11, givenName: "Noor" });
    await signInChild(page, family.child.username, "en");
    await page.goto(`/me/start/getting-ready`);
    await pick(page, "en", "feeling-good");
    await next(page, "en");
    await page.goto(page.url().replace(/questions\/.*/, "questions/when"));
    await page.getByLabel("Day").fill("31");
    await page.getByLabel("Month").fill("2");
    await page.getByLabel("Year").fill("2027");
    await submitAndWait(page, "Next");
    await expect(page).toHaveTitle(/^Error:/);
    await expect(page.getByRole("alert")).toContainText(t("en", "consultation:errors.date"));
    await expect(page.getByLabel("Day")).toHaveValue("31");
    await expect(page.getByLabel("Month")).toHaveValue("2");
    await expect(page.getByLabel("Year")).toHaveValue("2027");
    await expectAccessible(page);
    await page.getByLabel("Day").fill("28");
    await submitAndWait(page, "Next");
    await page.goto(page.url().replace(/questions\/.*/, "check"));
    await expect(page.getByText("Happy", { exact: true })).toBeVisible();
    await expect(page.getByText("28 February 2027")).toBeVisible();
  });
});

test("an unsafe worry shows help now, reaches the social worker, and they acknowledge the alert", async ({
  page,
  browser,
}) => {
  const family = await buildFamily({ lng: "en", age: 13, givenName: "Liam" });
  await signInChild(page, family.child.username, "en");
  await page.getByRole("link", { name: /I'm worried about something/ }).click();
  await expectQuestion(page, "en", "worried", "safeNow");
  await pick(page, "en", "not-safe");
  await next(page, "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    t("en", "consultation:ui.helpNowTitle"),
  );
  await expect(page.getByRole("link", { name: "0800 1111" }).first()).toBeVisible();
  await expect(page.getByText("Your social worker is Sol Worker")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: t("en", "consultation:ui.carryOn") }).click();
  await expectQuestion(page, "en", "worried", "about");
  for (let i = 0; i < 4; i++) await skip(page, "en");
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page.getByRole("note")).toContainText(
    "Sol Worker and Ines Reviewer will read this today",
  );
  await expectAccessible(page);
  await page.getByLabel("Only my IRO").check();
  await submitAndWait(page, "Send");
  await expect(page.getByRole("listitem").filter({ hasText: "Sol Worker" })).toBeVisible();

  const workerPage = await (await browser.newContext()).newPage();
  await signIn(workerPage, family.worker.username, "sw-pass-1234");
  const alerts = workerPage.getByRole("region", { name: /urgent worry/ });
  await expect(alerts).toContainText("Liam Example");
  await expectAccessible(workerPage);
  await alerts.getByRole("link", { name: t("en", "consultation:alerts.open") }).click();
  await expect(workerPage.getByText(t("en", "consultation:options.not-safe"))).toBeVisible();
  await expectAccessible(workerPage);
  await workerPage.goBack();
  await submitAndWait(workerPage, "I have seen this and I am acting on it Liam Example");
  await expect(workerPage.getByRole("region", { name: /urgent worry/ })).toHaveCount(0);
  const acknowledged = getDb()
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, "urgent_alert_acknowledged"),
        eq(auditEvents.actorUserId, family.worker.id),
      ),
    )
    .all();
  expect(acknowledged).toHaveLength(1);
});

test("a withdrawn statement leaves the IRO's list but stays in the audit log", async ({
  page,
  browser,
}) => {
  const family = await buildFamily({ lng: "en", age: 12, givenName: "Zoe" });
  await signInChild(page, family.child.username, "en");
  await page.getByRole("link", { name: /Something good happened/ }).click();
  await pick(page, "en", "sport");
  await next(page, "en");
  for (let i = 0; i < 3; i++) await skip(page, "en");
  await page.getByRole("link", { name: "Continue" }).click();
  await page.getByLabel("My IRO and my social worker").check();
  await submitAndWait(page, "Send");
  const statementId = page.url().split("/statements/")[1]!.split("/")[0]!;

  const iroPage = await (await browser.newContext()).newPage();
  await signIn(iroPage, family.iro.username, "iro-pass-123");
  const inboxLink = iroPage.getByRole("link", { name: /Zoe Example: Something good happened/ });
  await expect(inboxLink).toBeVisible();

  await page.goto("/me/statements");
  await page.getByRole("link", { name: "Something good happened" }).click();
  await expectAccessible(page);
  await submitAndWait(page, "Take it back");
  await expect(page.getByText(/You took this back on/)).toBeVisible();
  await expectAccessible(page);

  await iroPage.reload();
  await expect(inboxLink).toHaveCount(0);
  expect((await iroPage.goto(`/iro/statements/${statementId}`))?.status()).toBe(404);
  const trail = getDb()
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.subjectId, statementId))
    .all();
  expect(trail.map((e) => e.action)).toEqual(
    expect.arrayContaining(["statement_submitted", "statement_withdrawn"]),
  );
});

test.describe("voice notes without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an audio file uploads and plays for the IRO; a renamed document is refused", async ({
    page,
    browser,
  }) => {
    const family = await buildFamily({ lng: "en", age: 15, givenName: "Eli" });
    await signInChild(page, family.child.username, "en");
    await page.goto("/me/start/good-news");
    await page.goto(page.url().replace(/questions\/.*/, "questions/voiceMessage"));
    await expectAccessible(page);
    await page.getByLabel(t("en", "consultation:ui.voiceUpload")).setInputFiles({
      name: "message.mp3",
      mimeType: "audio/mpeg",
      buffer: Buffer.from("%PDF-1.7 this is a document, not a recording".padEnd(200, " ")),
    });
    await submitAndWait(page, "Next");
    await expect(page.getByRole("alert")).toContainText(
      t("en", "consultation:errors.voiceNotAudio"),
    );
    await expectAccessible(page);

    await page.getByLabel(t("en", "consultation:ui.voiceUpload")).setInputFiles({
      name: "message.wav",
      mimeType: "audio/wav",
      buffer: silentWav(1),
    });
    await submitAndWait(page, "Next");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
    await page.getByRole("link", { name: "Continue" }).click();
    await page.getByLabel("Only my IRO").check();
    await submitAndWait(page, "Send");

    const iroPage = await (await browser.newContext()).newPage();
    await signIn(iroPage, family.iro.username, "iro-pass-123");
    await iroPage.getByRole("link", { name: /Eli Example: / }).click();
    const audio = iroPage.locator("audio");
    await expect(audio).toHaveCount(1);
    const src = await audio.getAttribute("src");
    const response = await iroPage.request.get(src!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("audio/wav");
    expect((await response.body()).subarray(0, 4).toString()).toBe("RIFF");
    // The social worker was not chosen: the file is not theirs to hear.
    const workerPage = await (await browser.newContext()).newPage();
    await signIn(workerPage, family.worker.username, "sw-pass-1234");
    expect((await workerPage.request.get(src!)).status()).toBe(404);
  });
});

/** Every session of this person last used two hours ago: past the idle limit, as after a long pause. */
function idleOut(userId: string) {
  const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000).toISOString();
  getDb()
    .update(sessions)
    .set({ lastSeenAt: twoHoursAgo })
    .where(eq(sessions.userId, userId))
    .run();
}

/** A tiny, valid WAV file of silence. */

test.describe("when the session has ended", () => {
  test.use({ javaScriptEnabled: false });

  test("an answer posted after the session ended is kept and is there again after signing in", async ({
    page,
  }) => {
    const family = await buildFamily({ lng: "en", age: 12, givenName: "Ivy" });
    await signInChild(page, family.child.username, "en");
    await page.goto("/me/start/getting-ready");
    await page.goto(page.url().replace(/questions\/.*/, "questions/change"));
    const words = "I would like to stay at my school next year.";
    await page.getByLabel(t("en", "consultation:getting-ready.change.text")).fill(words);
    // The session idles out on the server while the child is typing; the browser still holds it.
    idleOut(family.child.id);
    await submitAndWait(page, "Next");
    await expect(page).toHaveURL(/\/sign-in\/pictures\?next=/);
    await expect(page.getByRole("status")).toContainText(t("en", "auth:pictures.expired"));
    await expectAccessible(page);
    await page.getByLabel(t("en", "auth:signIn.username")).fill(family.child.username);
    await choosePictures(page, ["star", "fish", "tree", "ball"]);
    await submitAndWait(page, t("en", "auth:signIn.submit"));
    await expect(page).toHaveURL(/questions\/change$/);
    await expect(page.getByLabel(t("en", "consultation:getting-ready.change.text"))).toHaveValue(
      words,
    );
    await expectAccessible(page);
  });

  test("an answer posted with no session of the child's own is not put into their form", async ({
    page,
  }) => {
    const family = await buildFamily({ lng: "en", age: 12, givenName: "Ivo" });
    await signInChild(page, family.child.username, "en");
    await page.goto("/me/start/getting-ready");
    await page.goto(page.url().replace(/questions\/.*/, "questions/change"));
    const field = page.getByLabel(t("en", "consultation:getting-ready.change.text"));
    await field.fill("Words that did not come with the child's session.");
    // What a post from another browser or another site looks like: no session cookie at all.
    await page.context().clearCookies({ name: "ov_session" });
    await submitAndWait(page, "Next");
    await expect(page).toHaveURL(/\/sign-in\/pictures\?next=/);
    await page.getByLabel(t("en", "auth:signIn.username")).fill(family.child.username);
    await choosePictures(page, ["star", "fish", "tree", "ball"]);
    await submitAndWait(page, t("en", "auth:signIn.submit"));
    await expect(page).toHaveURL(/questions\/change$/);
    await expect(field).toHaveValue("");
    await expectAccessible(page);
  });
});
