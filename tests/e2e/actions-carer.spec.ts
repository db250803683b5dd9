import type { Browser } from "@playwright/test";
import { ownerChoices } from "~/actions/owners.server";
import { reviewActionsFrom, saveReviewActions } from "~/actions/record.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import { recordReview } from "~/reviews/reviews.server";
import {
  allocate,
  buildReview,
  buildUser,
  buildYoungPerson,
  signedInAs,
} from "../fixtures/builders";
import { buildFamily } from "../fixtures/family";
import { expect, expectAccessible, test } from "./fixtures";
import { escapeRegExp, signIn, submitAndWait, t } from "./helpers";

const today = todayInEngland();

/** A carer's words in their language; English until the translators add the new ones. */
function words(lng: string, key: string, values: Record<string, string | number> = {}) {
  try {
    return t(lng, key, values);
  } catch {
    return t("en", key, values);
  }
}

/** A control's exact name in the carer's language, allowing the "[English]" mark of a fallback. */
function exactly(lng: string, key: string) {
  return new RegExp(`^(?:\\[[^\\]]*\\] )?${escapeRegExp(words(lng, key))}$`);
}

async function newPage(browser: Browser, options = {}) {
  return (await browser.newContext(options)).newPage();
}

/** A family whose child lives with a foster carer; another child's carer in the same council. */
async function familyWithCarer(givenName: string, carerLanguage: string) {
  const family = await buildFamily({ lng: "en", age: 11, givenName });
  const carer = await buildUser(family.organisationId, {
    role: "carer",
    password: "carer-pass-123",
    displayName: "Cara Carer",
    preferredLanguage: carerLanguage,
  });
  allocate(family.organisationId, family.youngPersonId, carer.id, "carer");
  const otherCarer = await buildUser(family.organisationId, {
    role: "carer",
    password: "carer-other-123",
    displayName: "Otto Carer",
  });
  allocate(
    family.organisationId,
    buildYoungPerson(family.organisationId, { givenName: "Yusuf" }),
    otherCarer.id,
    "carer",
  );
  const reviewId = buildReview(family.organisationId, family.youngPersonId, addDays(today, 5), {
    plannedOn: today,
  });
  return { ...family, carer, otherCarer, reviewId };
}

test("a decision owned by the foster carer: recorded by the IRO, marked done by the carer without JavaScript, seen by the IRO", async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const family = await familyWithCarer("Lina", "en");

  // The IRO records the review: one decision for the carer, one for the IRO.
  await signIn(page, family.iro.username, "iro-pass-123");
  await page.goto(`/iro/reviews/${family.reviewId}/record`);
  await page
    .getByRole("group", {
      name: t("en", "reviews:record.childAttended", { name: "Lina Example" }),
    })
    .getByLabel(t("en", "reviews:record.yes"), { exact: true })
    .check();
  await page.getByLabel(new RegExp("^PN1")).check();
  await page.getByLabel(t("en", "reviews:views.spoke")).check();
  await page
    .getByLabel(t("en", "reviews:record.decisions"))
    .fill("Lina joins the swimming club.\nThe IRO checks the school plan.");
  await page
    .getByLabel(t("en", "actions:record.owner", { n: 1 }))
    .selectOption({ label: `Cara Carer (${t("en", "actions:relationship.carer")})` });
  await page.getByLabel(t("en", "actions:record.due", { n: 1 })).fill(addDays(today, 14));
  await page
    .getByLabel(t("en", "actions:record.owner", { n: 2 }))
    .selectOption({ label: t("en", "actions:ownerRoles.iro") });
  await expectAccessible(page);
  await submitAndWait(page, t("en", "reviews:record.save"));
  await expect(page.getByRole("status")).toContainText(t("en", "reviews:prep.done.recorded"));

  // The carer, without JavaScript, finds it under "Actions for you": the child's first name.
  const carer = await newPage(browser, { javaScriptEnabled: false });
  await signIn(carer, family.carer.username, "carer-pass-123");
  await expect(carer).toHaveURL(/\/carer$/);
  const forYou = carer.getByRole("region", { name: t("en", "home:actions.title") });
  const row = forYou.getByRole("row", { name: /swimming club/ });
  await expect(row).toContainText("Lina");
  await expect(row).toContainText(t("en", "home:actions.states.not_started"));
  await expect(forYou).not.toContainText("The IRO checks the school plan.");
  await expectAccessible(carer);
  // Named by the IRO, the carer is also told, with a link to the same page.
  const told = t("en", "forms:notifications.kinds.action", { date: "" }).replace(/\.$/, "");
  await carer.getByRole("link", { name: new RegExp(`^${escapeRegExp(told.trim())}`) }).click();
  await expect(carer.getByRole("heading", { level: 1 })).toHaveText(
    t("en", "home:actions.page.title"),
  );
  await expect(carer.getByText("Lina joins the swimming club.")).toBeVisible();
  await expectAccessible(carer);
  const actionUrl = carer.url();
  expect(actionUrl).toMatch(/\/carer\/actions\//);
  await carer.goto("/carer");
  await row.getByRole("link").click();
  await expect(carer).toHaveURL(actionUrl);

  // No state chosen: the note typed is kept.
  await carer.getByLabel(t("en", "home:actions.page.note")).fill("She went twice.");
  await submitAndWait(carer, t("en", "home:actions.page.save"));
  await expect(carer).toHaveTitle(new RegExp(`^${t("en", "common:error.titlePrefix")}`));
  await expect(carer.getByRole("alert")).toContainText(t("en", "home:actions.errors.state"));
  await expect(carer.getByLabel(t("en", "home:actions.page.note"))).toHaveValue("She went twice.");
  await expectAccessible(carer);
  // "Not done" needs a note: the message is beside the field and the choice is kept.
  await carer.getByLabel(t("en", "home:actions.states.not_done"), { exact: true }).check();
  await carer.getByLabel(t("en", "home:actions.page.note")).fill("");
  await submitAndWait(carer, t("en", "home:actions.page.save"));
  await expect(carer.getByRole("alert")).toContainText(t("en", "home:actions.errors.noteNotDone"));
  await expect(carer.getByLabel(t("en", "home:actions.page.note"))).toHaveAccessibleDescription(
    new RegExp(t("en", "home:actions.errors.noteNotDone")),
  );
  await expect(
    carer.getByLabel(t("en", "home:actions.states.not_done"), { exact: true }),
  ).toBeChecked();
  await expectAccessible(carer);
  await carer.getByLabel(t("en", "home:actions.states.done"), { exact: true }).check();
  await carer.getByLabel(t("en", "home:actions.page.note")).fill("Lina joined on Saturday.");
  await submitAndWait(carer, t("en", "home:actions.page.save"));
  await expect(carer.getByRole("status")).toContainText(t("en", "home:actions.page.saved"));
  const history = carer.getByRole("region", { name: t("en", "home:actions.page.history") });
  await expect(history.getByRole("listitem").last()).toContainText("Lina joined on Saturday.");
  await expect(history.getByRole("listitem").last()).toContainText("Cara Carer");
  await expectAccessible(carer);
  await carer.goto("/carer");
  await expect(forYou.getByRole("row", { name: /swimming club/ })).toContainText(
    t("en", "home:actions.states.done"),
  );
  await expectAccessible(carer);

  // The IRO sees "done" and the carer's name in the action's history.
  await page.goto(`/iro/young-people/${family.youngPersonId}`);
  const childActions = page.getByRole("region", { name: t("en", "actions:child.title") });
  const iroRow = childActions.getByRole("row", { name: /swimming club/ });
  await expect(iroRow).toContainText(t("en", "actions:states.done"));
  await iroRow.getByText(t("en", "actions:history.title")).click();
  await expect(iroRow.getByRole("listitem").last()).toContainText(
    `${t("en", "actions:states.done")}, by Cara Carer`,
  );
  await expect(iroRow).toContainText("Lina joined on Saturday.");
  await expectAccessible(page);

  // Another carer: nothing for them, and the action answers 404.
  const other = await newPage(browser);
  await signIn(other, family.otherCarer.username, "carer-other-123");
  await expect(other).toHaveURL(/\/carer$/);
  await expect(other.getByRole("region", { name: t("en", "home:actions.title") })).toHaveCount(0);
  await expectAccessible(other);
  expect((await other.goto(actionUrl))?.status()).toBe(404);
  await expectAccessible(other);
});

test("a carer who reads Arabic updates 'the carer' action with JavaScript, right to left", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const family = await familyWithCarer("Samir", "ar");
  // The review is recorded as the IRO's page records it: one decision for "the carer".
  const iro = signedInAs(family.iro);
  const decisions = ["Samir has a new bike helmet."];
  const form = new FormData();
  form.set("actionOwner1", "role:carer");
  form.set("actionDue1", addDays(today, -1));
  const parsed = reviewActionsFrom(form, decisions, ownerChoices(family.youngPersonId));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  recordReview(
    iro.request,
    iro.user,
    family.reviewId,
    {
      meetings: [today],
      attendees: [],
      childAttended: true,
      childChaired: false,
      participationCode: "PN1",
      viewsConveyed: "own-voice-statement",
      decisions,
    },
    (tx, review) => saveReviewActions(tx, iro.user, review, parsed.actions),
  );

  const carer = await newPage(browser);
  await signIn(carer, family.carer.username, "carer-pass-123", "ar");
  await expect(carer).toHaveURL(/\/carer$/);
  await expect(carer.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(carer.locator("html")).toHaveAttribute("lang", "ar");
  const forYou = carer.getByRole("region", { name: words("ar", "home:actions.title") });
  const row = forYou.getByRole("row", { name: /bike helmet/ });
  await expect(row).toContainText("Samir");
  // Due yesterday and not done: marked late.
  await expect(row).toContainText(words("ar", "home:actions.late"));
  await expectAccessible(carer);
  await row.getByRole("link").click();
  await expect(carer.getByRole("heading", { level: 1 })).toContainText(
    words("ar", "home:actions.page.title"),
  );
  await expectAccessible(carer);
  await carer.getByLabel(exactly("ar", "home:actions.states.done")).check();
  await carer.getByLabel(words("ar", "home:actions.page.note")).fill("اشترينا الخوذة يوم السبت.");
  await submitAndWait(carer, words("ar", "home:actions.page.save"));
  await expect(carer.getByRole("status")).toContainText(words("ar", "home:actions.page.saved"));
  const history = carer.getByRole("region", { name: words("ar", "home:actions.page.history") });
  await expect(history.getByRole("listitem").last()).toContainText("اشترينا الخوذة يوم السبت.");
  await expect(carer.locator("html")).toHaveAttribute("dir", "rtl");
  await expectAccessible(carer);
});

test("a parent marks 'the parent' action in progress without JavaScript; another family's parent gets 404", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const family = await buildFamily({ lng: "en", age: 9, givenName: "Mira" });
  const parent = await buildUser(family.organisationId, {
    role: "parent",
    password: "parent-pass-123",
    displayName: "Pat Parent",
  });
  allocate(family.organisationId, family.youngPersonId, parent.id, "parent");
  const otherParent = await buildUser(family.organisationId, {
    role: "parent",
    password: "parent-other-123",
    displayName: "Olu Parent",
  });
  allocate(
    family.organisationId,
    buildYoungPerson(family.organisationId, { givenName: "Tomas" }),
    otherParent.id,
    "parent",
  );
  const reviewId = buildReview(family.organisationId, family.youngPersonId, addDays(today, 5), {
    plannedOn: today,
  });
  // The review is recorded as the IRO's page records it: one decision for "the parent".
  const iro = signedInAs(family.iro);
  const decisions = ["Mira spends Saturdays with her mother."];
  const form = new FormData();
  form.set("actionOwner1", "role:parent");
  form.set("actionDue1", addDays(today, 20));
  const parsed = reviewActionsFrom(form, decisions, ownerChoices(family.youngPersonId));
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
      participationCode: "PN1",
      viewsConveyed: "own-voice-statement",
      decisions,
    },
    (tx, review) => saveReviewActions(tx, iro.user, review, parsed.actions),
  );

  const page = await newPage(browser, { javaScriptEnabled: false });
  await signIn(page, parent.username, "parent-pass-123");
  await expect(page).toHaveURL(/\/parent$/);
  const forYou = page.getByRole("region", { name: t("en", "home:actions.title") });
  const row = forYou.getByRole("row", { name: /Saturdays/ });
  await expect(row).toContainText("Mira");
  await expect(row).toContainText(t("en", "home:actions.states.not_started"));
  await expectAccessible(page);
  await row.getByRole("link").click();
  await expect(page).toHaveURL(/\/parent\/actions\//);
  const actionUrl = page.url();
  await expectAccessible(page);
  await page.getByLabel(t("en", "home:actions.states.in_progress"), { exact: true }).check();
  await page.getByLabel(t("en", "home:actions.page.note")).fill("Two Saturdays so far.");
  await page.getByRole("button", { name: t("en", "home:actions.page.save") }).click();
  await expect(page.getByRole("status")).toContainText(t("en", "home:actions.page.saved"));
  const history = page.getByRole("region", { name: t("en", "home:actions.page.history") });
  await expect(history.getByRole("listitem").last()).toContainText("Pat Parent");
  await expect(history.getByRole("listitem").last()).toContainText("Two Saturdays so far.");
  await expectAccessible(page);

  const other = await newPage(browser, { javaScriptEnabled: false });
  await signIn(other, otherParent.username, "parent-other-123");
  await expect(other).toHaveURL(/\/parent$/);
  await expect(other.getByRole("region", { name: t("en", "home:actions.title") })).toHaveCount(0);
  expect((await other.goto(actionUrl))?.status()).toBe(404);
  await expectAccessible(other);
});
