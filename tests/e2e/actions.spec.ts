import type { Browser } from "@playwright/test";
import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { notifications as schemaNotifications, reviews } from "#db/schema";
import { addDays, todayInEngland } from "~/dates/calendar";
import {
  allocate,
  buildReview,
  buildUser,
  buildYoungPerson,
  issueTigrinyaLetter as issueLetter,
} from "../fixtures/builders";
import { buildFamily, childPictures } from "../fixtures/family";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, signInWithPictures, submitAndWait, t } from "./helpers";

const today = todayInEngland();

/** The child's words until the translators add Tigrinya ones: i18next falls back to English. */
function childWords(key: string, values: Record<string, string | number> = {}) {
  try {
    return t("ti", key, values);
  } catch {
    return t("en", key, values);
  }
}

async function newPage(browser: Browser, options = {}) {
  return (await browser.newContext(options)).newPage();
}

test("a decision tracked to done: recorded with owners, marked done by the social worker, seen by the IRO and, in Tigrinya, by the child", async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const family = await buildFamily({ lng: "ti", age: 14, givenName: "Selam" });
  const reviewId = buildReview(family.organisationId, family.youngPersonId, addDays(today, 5), {
    plannedOn: today,
  });
  // Another child's social worker, in the same council.
  const otherWorker = await buildUser(family.organisationId, {
    role: "social_worker",
    password: "sw-other-1234",
    displayName: "Oli Other",
  });
  allocate(
    family.organisationId,
    buildYoungPerson(family.organisationId, { givenName: "Yonas" }),
    otherWorker.id,
    "social_worker",
  );

  // The IRO records the review: two decisions, one for the social worker, one for the IRO.
  await signIn(page, family.iro.username, "iro-pass-123");
  await page.goto(`/iro/reviews/${reviewId}/record`);
  await expectAccessible(page);
  await page
    .getByRole("group", {
      name: t("en", "reviews:record.childAttended", { name: "Selam Example" }),
    })
    .getByLabel(t("en", "reviews:record.yes"), { exact: true })
    .check();
  await page.getByLabel(new RegExp("^PN1")).check();
  await page
    .getByLabel(t("en", "reviews:record.decisions"))
    .fill("Selam joins the swimming club.\nThe IRO checks the school plan.");
  await page
    .getByLabel(t("en", "actions:record.owner", { n: 1 }))
    .selectOption({ label: `Sol Worker (${t("en", "actions:relationship.social_worker")})` });
  await page.getByLabel(t("en", "actions:record.due", { n: 1 })).fill(addDays(today, 14));
  await page
    .getByLabel(t("en", "actions:record.owner", { n: 2 }))
    .selectOption({ label: t("en", "actions:ownerRoles.iro") });
  await submitAndWait(page, t("en", "reviews:record.save"));
  await expect(page).toHaveTitle(new RegExp(`^${t("en", "common:error.titlePrefix")}`));
  // A question left out: the owners and dates chosen are kept with everything else.
  await expect(page.getByRole("alert")).toContainText(t("en", "reviews:errors.viewsConveyed"));
  await expect(page.getByLabel(t("en", "reviews:record.decisions"))).toHaveValue(
    "Selam joins the swimming club.\nThe IRO checks the school plan.",
  );
  await expect(page.getByLabel(t("en", "actions:record.owner", { n: 2 }))).toHaveValue("role:iro");
  await expectAccessible(page);
  await expect(page.getByLabel(t("en", "actions:record.due", { n: 1 }))).toHaveValue(
    addDays(today, 14),
  );
  await page.getByLabel(t("en", "reviews:views.spoke")).check();
  await submitAndWait(page, t("en", "reviews:record.save"));
  await expect(page.getByRole("status")).toContainText(t("en", "reviews:prep.done.recorded"));
  // Recording goes on to the monitoring form; the review's own page shows its actions.
  await page.goto(`/iro/reviews/${reviewId}`);
  await expect(
    page.getByText(t("en", "actions:progress.countThis_other", { done: 0, count: 2 })),
  ).toBeVisible();
  await expectAccessible(page);
  issueLetter(reviewId, family.iro.id, [
    "Selam joins the swimming club.",
    "The IRO checks the school plan.",
  ]);

  // The social worker, without JavaScript, finds it under "Actions for you" and marks it done.
  const worker = await newPage(browser, { javaScriptEnabled: false });
  await signIn(worker, family.worker.username, "sw-pass-1234");
  const forYou = worker.getByRole("region", { name: t("en", "actions:forYou.title") });
  await expect(forYou).toContainText("Selam joins the swimming club.");
  await expect(forYou).not.toContainText("The IRO checks the school plan.");
  await expectAccessible(worker);
  await forYou.getByRole("link", { name: /swimming club/ }).click();
  await expect(worker.getByRole("heading", { level: 1 })).toHaveText(t("en", "actions:page.title"));
  await expectAccessible(worker);
  const actionUrl = worker.url();
  // "Not done" needs a note.
  await worker.getByLabel(t("en", "actions:states.not_done"), { exact: true }).check();
  await submitAndWait(worker, t("en", "actions:page.save"));
  await expect(worker.getByRole("alert")).toContainText(t("en", "actions:errors.noteNotDone"));
  await expect(
    worker.getByLabel(t("en", "actions:states.not_done"), { exact: true }),
  ).toBeChecked();
  await expectAccessible(worker);
  await worker.getByLabel(t("en", "actions:states.done"), { exact: true }).check();
  await worker.getByLabel(t("en", "actions:page.note")).fill("Joined on Saturday.");
  await submitAndWait(worker, t("en", "actions:page.save"));
  await expect(worker.getByRole("status")).toContainText(t("en", "actions:page.updated"));
  await expect(
    worker.getByRole("definition").filter({ hasText: "Joined on Saturday." }),
  ).toContainText(t("en", "actions:states.done"));
  await expectAccessible(worker);

  // The IRO's child page and the next review's preparation page: 1 of 2 done.
  await page.goto(`/iro/young-people/${family.youngPersonId}`);
  const childActions = page.getByRole("region", { name: t("en", "actions:child.title") });
  await expect(childActions.getByRole("row", { name: /swimming club/ })).toContainText(
    t("en", "actions:states.done"),
  );
  await expect(childActions).toContainText(
    t("en", "actions:child.summary", { open: 1, overdue: 0 }),
  );
  await expectAccessible(page);
  await page.goto(`/iro/reviews/${reviewId}`);
  await page.getByRole("link", { name: t("en", "reviews:record.nextLink") }).click();
  await expect(
    page.getByText(t("en", "actions:progress.countLast_other", { done: 1, count: 2 })),
  ).toBeVisible();
  await expectAccessible(page);
  await page.goto("/iro");
  const counts = page.getByRole("region", { name: t("en", "actions:caseload.title") });
  await expect(counts.getByRole("row", { name: /Selam Example/ })).toContainText("1");
  await expectAccessible(page);

  // Selam sees, in her language, that one decision is done; never the note or who does it.
  const child = await newPage(browser);
  await signInWithPictures(child, family.child.username, childPictures, "ti");
  await child.goto("/me/letters");
  await expect(
    child.getByText(childWords("letters:me.actionsDone_other", { done: 1, count: 2 })),
  ).toBeVisible();
  await expectAccessible(child);
  await child.getByRole("link", { name: /Ines Reviewer/ }).click();
  const decided = child.locator(".letter__decisions li");
  await expect(decided.nth(0)).toContainText("ውሳነ 1");
  await expect(decided.nth(0)).toContainText(childWords("letters:actions.done"));
  await expect(decided.nth(1)).toContainText(childWords("letters:actions.notStarted"));
  await expect(child.getByText("Joined on Saturday.")).toHaveCount(0);
  await expect(child.getByText("Sol Worker")).toHaveCount(0);
  await expectAccessible(child);

  // Another child's social worker: nothing for them, and the action answers 404.
  const other = await newPage(browser);
  await signIn(other, otherWorker.username, "sw-other-1234");
  await expect(other.getByRole("region", { name: t("en", "actions:forYou.title") })).toContainText(
    t("en", "actions:forYou.none"),
  );
  await expectAccessible(other);
  expect((await other.goto(actionUrl))?.status()).toBe(404);
});

test("decisions circulated go to the team manager, who disagrees; the IRO sees it on the queue", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  const family = await buildFamily({ lng: "en", age: 13, givenName: "Dawit" });
  const manager = await buildUser(family.organisationId, {
    role: "team_manager",
    password: "tm-pass-12345",
    displayName: "Tamsin Manager",
  });
  const reviewId = buildReview(family.organisationId, family.youngPersonId, addDays(today, -2), {
    status: "held",
    heldOn: addDays(today, -3),
  });
  getDb()
    .update(reviews)
    .set({ decisions: ["Dawit moves school in September."] })
    .where(eq(reviews.id, reviewId))
    .run();

  // No team manager is set for Dawit's social worker: the IRO names one when circulating.
  await signIn(page, family.iro.username, "iro-pass-123");
  await page.goto(`/iro/reviews/${reviewId}`);
  await expect(page.getByText(t("en", "actions:agreement.noTeamManager"))).toBeVisible();
  await page
    .getByLabel(t("en", "actions:agreement.choose"))
    .selectOption({ label: "Tamsin Manager" });
  await submitAndWait(page, t("en", "reviews:record.markCirculated"));
  const agreement = page.getByRole("region", { name: t("en", "actions:agreement.title") });
  await expect(agreement).toContainText(/Tamsin Manager has been asked/);
  await expectAccessible(page);

  // The team manager answers: a disagreement needs a reason.
  const tm = await newPage(browser);
  await signIn(tm, manager.username, "tm-pass-12345");
  const answerPath = getDb()
    .select()
    .from(schemaNotifications)
    .where(eq(schemaNotifications.recipientUserId, manager.id))
    .get()!.link;
  await tm.goto(answerPath);
  await expect(tm.getByText("Dawit moves school in September.")).toBeVisible();
  await expectAccessible(tm);
  await tm.getByLabel(t("en", "actions:answer.disagree"), { exact: true }).check();
  await submitAndWait(tm, t("en", "actions:answer.send"));
  await expect(tm.getByRole("alert")).toContainText(t("en", "actions:errors.reason"));
  await expectAccessible(tm);
  await tm.getByLabel(t("en", "actions:answer.reason")).fill("The new school has no place yet.");
  await submitAndWait(tm, t("en", "actions:answer.send"));
  await expect(tm.getByRole("status")).toContainText("The new school has no place yet.");
  await expectAccessible(tm);

  // The IRO sees the disagreement on the queue and on the review.
  await page.goto("/iro/queue");
  const disagreements = page.getByRole("region", {
    name: t("en", "actions:disagreements.title"),
  });
  await expect(disagreements).toContainText("The new school has no place yet.");
  await expectAccessible(page);
  await disagreements.getByRole("link", { name: /Tamsin Manager/ }).click();
  await expect(
    page.getByRole("region", { name: t("en", "actions:agreement.title") }),
  ).toContainText("The new school has no place yet.");
  await expectAccessible(page);
});
