import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "#db/db.server";
import { consultationRequests, notifications, statements } from "#db/schema";
import { todayInEngland } from "~/dates/calendar";
import { addWorkingDays } from "~/dates/working-days";
import { buildFamily, buildFamilyWithCarer } from "../fixtures/family";
import { expectQuestion, pick, signInChild } from "./consultation-helpers";
import { expect, restartServer, startServer, test, type RunningServer } from "./fixtures";
import { submitAndWait, t } from "./helpers";

/*
 * The server is killed outright (SIGKILL: no shutdown, no flush) between steps and straight after
 * a send, and started again on the same database file and port. Whatever a young person saw
 * acknowledged (the next question shown after Next, the "sent" page after Send) must still be
 * there, once; and the scheduler, which runs on every start, sends a due reminder once.
 */

// A worker of its own: this test opens its own database and never uses the shared server.
test.use({ serverOfItsOwn: "crash safety" });

const lng = "en";

type Child = { name: string; userId: string; page: Page; acknowledged: Record<string, string> };

async function openForm(browser: Browser, baseURL: string, name: string, js: boolean) {
  const family = await buildFamily({ lng, age: 14, givenName: name });
  const context = await browser.newContext({ baseURL, javaScriptEnabled: js });
  const page = await context.newPage();
  await signInChild(page, family.child.username, lng);
  await page
    .getByRole("link", { name: new RegExp(t(lng, "consultation:templates.getting-ready.title")) })
    .click();
  await expectQuestion(page, lng, "getting-ready", "home", true);
  return { name, userId: family.child.id, page, acknowledged: {} } satisfies Child;
}

/** Picks a feeling and presses Next; the answer counts as acknowledged once the next question shows. */
async function answer(child: Child, questionId: string, code: string, nextQuestionId: string) {
  await pick(child.page, lng, code);
  await submitAndWait(child.page, t(lng, "consultation:ui.next"));
  await expectQuestion(child.page, lng, "getting-ready", nextQuestionId, true);
  child.acknowledged[questionId] = code;
}

function draftOf(child: Child) {
  return getDb()
    .select()
    .from(statements)
    .where(and(eq(statements.authorUserId, child.userId), eq(statements.status, "draft")))
    .all();
}

function sentBy(child: Child) {
  return getDb()
    .select()
    .from(statements)
    .where(and(eq(statements.authorUserId, child.userId), eq(statements.status, "submitted")))
    .all();
}

function remindersFor(userId: string) {
  return getDb()
    .select()
    .from(notifications)
    .where(and(eq(notifications.recipientUserId, userId), eq(notifications.kind, "reminder")))
    .all();
}

async function kill(server: RunningServer) {
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGKILL");
  await exited;
}

test("answers acknowledged before a SIGKILL survive it; a sent statement exists once; a reminder goes once", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), "own-voice-e2e-crash-"));
  process.env.DATABASE_PATH = path.join(dir, "crash.sqlite");
  process.env.SEED_DEMO = "false";
  let server: RunningServer | undefined;
  try {
    // A carer asked a week ago for something due in 2 working days: a reminder is due now.
    const carerFamily = await buildFamilyWithCarer("Dawit");
    getDb()
      .insert(consultationRequests)
      .values({
        organisationId: carerFamily.organisationId,
        reviewId: carerFamily.reviewId,
        youngPersonId: carerFamily.youngPersonId,
        kind: "carer",
        recipientUserId: carerFamily.carer.id,
        templateId: "carer-review",
        requestedBy: carerFamily.iro.id,
        dueOn: addWorkingDays(todayInEngland(), 2),
        createdAt: new Date(Date.now() - 7 * 86_400_000).toISOString(),
      })
      .run();

    // The in-server scheduler on: it runs once at every start, then every minute.
    server = await startServer({
      DATABASE_PATH: process.env.DATABASE_PATH,
      SEED_DEMO: "false",
      JOBS_INTERVAL_MINUTES: "1",
    });
    await expect.poll(() => remindersFor(carerFamily.carer.id).length).toBe(1);

    // Three young people, two without JavaScript and one with it, each answer the first question.
    const amina = await openForm(browser, server.baseURL, "Amina", false);
    const bilal = await openForm(browser, server.baseURL, "Bilal", false);
    const chloe = await openForm(browser, server.baseURL, "Chloe", true);
    await answer(amina, "home", "feeling-good", "school");
    await answer(bilal, "home", "feeling-okay", "school");
    await answer(chloe, "home", "feeling-sad", "school");

    // Killed between steps; started again. Each carries on from the page they were on.
    await kill(server);
    server = await restartServer(server);
    await answer(amina, "school", "feeling-great", "health");
    await answer(bilal, "school", "feeling-sad", "health");
    await answer(chloe, "school", "feeling-okay", "health");

    // Killed again while Bilal's next answer is on its way: not acknowledged, so nothing is asked
    // of it (it may or may not have been saved) but what was acknowledged before must be intact.
    await pick(bilal.page, lng, "feeling-good");
    const inFlight = bilal.page
      .getByRole("button", { name: t(lng, "consultation:ui.next") })
      .click()
      .catch(() => undefined);
    await kill(server);
    await inFlight;
    server = await restartServer(server);

    // Amina skips to the end and sends to her IRO; the server is killed as soon as "sent" shows.
    for (let i = 0; i < 14; i++) await submitAndWait(amina.page, t(lng, "consultation:ui.skip"));
    await expect(amina.page.getByRole("heading", { level: 1 })).toHaveText(
      t(lng, "consultation:ui.checkTitle"),
    );
    await amina.page.getByRole("link", { name: t(lng, "consultation:ui.continueToShare") }).click();
    await amina.page.getByLabel(t(lng, "consultation:sharing.iro.label")).check();
    await submitAndWait(amina.page, t(lng, "consultation:ui.send"));
    await expect(amina.page.getByRole("heading", { level: 1 })).toHaveText(
      t(lng, "consultation:ui.sentTitle"),
    );
    await kill(server);
    server = await restartServer(server);

    // Sending again (the browser's back button and Send once more) does not make a second one.
    await amina.page.goBack();
    await amina.page.reload();
    const sendAgain = amina.page.getByRole("button", { name: t(lng, "consultation:ui.send") });
    if (await sendAgain.isVisible())
      await submitAndWait(amina.page, t(lng, "consultation:ui.send"));

    // Every acknowledged answer is in the database; the sent statement exists exactly once.
    const sent = sentBy(amina);
    expect(sent, "Amina's sent statement, exactly once").toHaveLength(1);
    expect(sent[0]!.answers).toMatchObject({
      home: expect.anything() as unknown,
      school: expect.anything() as unknown,
    });
    expect(JSON.stringify(sent[0]!.answers)).toContain("feeling-good");
    expect(JSON.stringify(sent[0]!.answers)).toContain("feeling-great");
    expect(draftOf(amina), "no draft left beside the sent one").toHaveLength(0);
    for (const child of [bilal, chloe]) {
      const drafts = draftOf(child);
      expect(drafts, `${child.name}: one draft`).toHaveLength(1);
      for (const [questionId, code] of Object.entries(child.acknowledged))
        expect(
          JSON.stringify(drafts[0]!.answers[questionId]),
          `${child.name}: ${questionId}`,
        ).toContain(code);
      expect(sentBy(child)).toHaveLength(0);
    }

    // Chloe, with JavaScript, carries on after the restarts as if nothing happened.
    await chloe.page.reload();
    await expectQuestion(chloe.page, lng, "getting-ready", "health", true);
    await answer(chloe, "health", "feeling-great", "familyTime");
    expect(JSON.stringify(draftOf(chloe)[0]!.answers.health)).toContain("feeling-great");

    // The scheduler ran at each of the three starts since: still exactly one reminder.
    await expect.poll(() => server!.output.join("")).toMatch(/scheduled jobs ran/);
    expect(remindersFor(carerFamily.carer.id)).toHaveLength(1);

    // Bilal, whose Next met a dead server, opens his home page again: still signed in.
    await bilal.page.goto(`${server.baseURL}/me`);
    await expect(bilal.page).toHaveURL(/\/me$/);
  } finally {
    if (server) await test.info().attach("server output", { body: server.output.join("") });
    if (server) await kill(server).catch(() => undefined);
    closeDb();
    rmSync(dir, { recursive: true, force: true });
  }
});
