import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Browser, Page } from "@playwright/test";
import { getDb } from "#db/db.server";
import { organisations } from "#db/schema";
import { demoPassword } from "#db/seed/demo";
import { formatDate } from "~/i18n/format";
import { allocate, buildUser, buildYoungPerson } from "../fixtures/builders";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, submitAndWait, t } from "./helpers";

/*
 * Issue 18, escalation: an administrator sets up a team, an IRO escalates a child's plan to the
 * team manager, who disagrees (without JavaScript); the IRO takes it to the service manager, who
 * agrees (in Arabic); the IRO resolves it and the page keeps every step. Someone of another team
 * gets a 404. Axe on every page.
 */

/** Words of the escalations namespace: English until the translators add the rest (fallback). */
function w(lng: string, key: string, values: Record<string, string | number> = {}) {
  try {
    return t(lng, key, values);
  } catch {
    return t("en", key, values);
  }
}

function demoOrganisationId() {
  return getDb()
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.isDemo, true))
    .get()!.id;
}

async function signedInPage(browser: Browser, username: string, lng = "en", javaScript = true) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  await signIn(page, username, demoPassword, lng);
  return page;
}

async function expectStep(page: Page, text: string) {
  await expect(page.getByRole("listitem").filter({ hasText: text }).first()).toBeVisible();
}

test("a team is set up, an escalation goes to stage 2 and is resolved; every step is kept", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const organisationId = demoOrganisationId();
  const suffix = randomUUID().slice(0, 6);
  const person = (role: Parameters<typeof buildUser>[1]["role"], name: string) =>
    buildUser(organisationId, {
      role,
      username: `${role}.${suffix}`,
      displayName: `${name} ${suffix}`,
      password: demoPassword,
    });
  const teamManager = await person("team_manager", "Imogen Walsh");
  const serviceManager = await person("service_manager", "Rafael Costa");
  const worker = await person("social_worker", "Nadia Rahman");
  const iro = await person("iro", "Femi Adebayo");
  const youngPersonId = buildYoungPerson(organisationId, { givenName: `Zara${suffix}` });
  allocate(organisationId, youngPersonId, iro.id, "iro");
  allocate(organisationId, youngPersonId, worker.id, "social_worker");
  const teamName = `Looked After Team ${suffix}`;

  // 1. The administrator adds the team with its managers and puts the social worker in it.
  await signIn(page, "admin.chris", demoPassword);
  await page.goto("/admin/settings");
  await page.getByRole("link", { name: w("en", "escalations:teams.link") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    w("en", "escalations:teams.title"),
  );
  await expectAccessible(page);
  await page.getByRole("link", { name: w("en", "escalations:teams.new") }).click();
  await expectAccessible(page);
  await submitAndWait(page, w("en", "escalations:teams.create"));
  await expect(page.getByRole("alert")).toContainText(w("en", "escalations:teams.errors.name"));
  await expectAccessible(page);
  await page.getByLabel(w("en", "escalations:teams.fields.name")).fill(teamName);
  await page
    .getByLabel(w("en", "escalations:teams.fields.teamManager"))
    .selectOption(teamManager.id);
  await page
    .getByLabel(w("en", "escalations:teams.fields.serviceManager"))
    .selectOption(serviceManager.id);
  await submitAndWait(page, w("en", "escalations:teams.create"));
  await expect(page.getByRole("status")).toHaveText(w("en", "escalations:teams.saved"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(teamName);
  await expectAccessible(page);

  await page.goto(`/admin/staff/${worker.id}`);
  await page.getByLabel(w("en", "escalations:teams.staffLabel")).selectOption({ label: teamName });
  await submitAndWait(page, w("en", "escalations:teams.staffSave"));
  await expect(page.getByText(w("en", "escalations:teams.staffSaved"))).toBeVisible();
  await expectAccessible(page);

  // The escalation stages, with their defaults.
  await page.goto("/admin/escalation-stages");
  await expect(
    page.getByRole("group", {
      name: /Stage 2: service manager \(head of service\) \(goes to: Service manager\)/,
    }),
  ).toBeVisible();
  await expectAccessible(page);

  // 2. The IRO raises an escalation at stage 1, to the team manager.
  const iroPage = await signedInPage(browser, iro.username);
  await iroPage.goto(`/iro/young-people/${youngPersonId}`);
  await expect(iroPage.getByText(w("en", "escalations:open.none"))).toBeVisible();
  await iroPage.getByRole("link", { name: w("en", "escalations:open.raise") }).click();
  await expectAccessible(iroPage);
  await submitAndWait(iroPage, w("en", "escalations:raise.submit"));
  const errors = iroPage.getByRole("alert");
  await expect(errors).toContainText(w("en", "escalations:errors.theme"));
  await expect(errors).toContainText(w("en", "escalations:errors.whatIsWrong"));
  await expectAccessible(iroPage);
  await iroPage
    .getByLabel(w("en", "escalations:raise.theme"))
    .selectOption({ label: w("en", "escalations:themes.permanence") });
  await iroPage
    .getByLabel(w("en", "escalations:raise.whatIsWrong"))
    .fill("There is still no permanence plan after the second review.");
  await iroPage
    .getByLabel(w("en", "escalations:raise.askingFor"))
    .fill("A permanence planning meeting within 20 working days.");
  await iroPage
    .getByLabel(w("en", "escalations:raise.addressee"))
    .selectOption(`1:${teamManager.id}`);
  await submitAndWait(iroPage, w("en", "escalations:raise.submit"));
  await expect(iroPage.getByRole("status")).toHaveText(w("en", "escalations:page.done.raised"));
  const escalationUrl = new URL(iroPage.url()).pathname;
  expect(escalationUrl).toMatch(/^\/escalations\/[\w-]+$/);
  await expectAccessible(iroPage);

  // 3. The team manager finds it on /oversight and disagrees, without JavaScript.
  const tmPage = await signedInPage(browser, teamManager.username, "en", false);
  await expect(tmPage).toHaveURL(/\/oversight$/);
  const forYou = tmPage.getByRole("region", { name: w("en", "escalations:forYou.title") });
  await expect(forYou).toContainText(`Zara${suffix}`);
  await expectAccessible(tmPage);
  await forYou.getByRole("link", { name: w("en", "escalations:themes.permanence") }).click();
  await expect(
    tmPage.getByRole("heading", { name: w("en", "escalations:respond.title") }),
  ).toBeVisible();
  await expectAccessible(tmPage);
  await tmPage.getByLabel(w("en", "escalations:respond.disagree")).check();
  await submitAndWait(tmPage, w("en", "escalations:respond.submit"));
  await expect(tmPage.getByRole("alert")).toContainText(w("en", "escalations:errors.reason"));
  await expect(tmPage.getByLabel(w("en", "escalations:respond.disagree"))).toBeChecked();
  await expectAccessible(tmPage);
  await tmPage
    .getByLabel(w("en", "escalations:respond.reason"))
    .fill("The family finding team has no capacity until next month.");
  await submitAndWait(tmPage, w("en", "escalations:respond.submit"));
  await expect(tmPage.getByRole("status")).toHaveText(w("en", "escalations:page.done.responded"));
  await expect(
    tmPage.getByRole("heading", { name: w("en", "escalations:respond.title") }),
  ).toHaveCount(0);
  await expectAccessible(tmPage);

  // 4. The IRO takes it to stage 2, to the service manager.
  await iroPage.goto(escalationUrl);
  await expectStep(iroPage, "The family finding team has no capacity");
  await iroPage
    .getByLabel(w("en", "escalations:move.addressee"))
    .selectOption(`2:${serviceManager.id}`);
  await submitAndWait(iroPage, w("en", "escalations:move.submit"));
  await expect(iroPage.getByRole("status")).toHaveText(w("en", "escalations:page.done.moved"));
  await expectAccessible(iroPage);

  // 5. The service manager agrees, in Arabic.
  const smPage = await signedInPage(browser, serviceManager.username, "ar");
  await expect(smPage).toHaveURL(/\/oversight$/);
  await expect(smPage.locator("html")).toHaveAttribute("dir", "rtl");
  await expectAccessible(smPage);
  await smPage.goto(escalationUrl);
  await smPage.getByLabel(w("ar", "escalations:respond.agreed")).check();
  await smPage.getByLabel(w("ar", "escalations:respond.actBy")).fill("2099-01-31");
  await submitAndWait(smPage, w("ar", "escalations:respond.submit"));
  await expect(smPage.getByRole("status")).toContainText(
    w("ar", "escalations:page.done.responded"),
  );
  await expectAccessible(smPage);

  // 6. The IRO resolves it; the page shows every step.
  await iroPage.goto(escalationUrl);
  await iroPage
    .getByLabel(w("en", "escalations:resolve.outcome"))
    .selectOption({ label: w("en", "escalations:outcomes.resolved") });
  await iroPage.getByLabel(w("en", "escalations:resolve.note")).fill("Meeting booked.");
  await submitAndWait(iroPage, w("en", "escalations:resolve.submit"));
  await expect(iroPage.getByRole("status")).toHaveText(w("en", "escalations:page.done.resolved"));
  const stage1 = w("en", "escalations:stages.names.team_manager");
  const stage2 = w("en", "escalations:stages.names.service_manager");
  for (const step of [
    w("en", "escalations:steps.kinds.raised", { stage: stage1 }),
    w("en", "escalations:steps.kinds.responded", { stage: stage1 }),
    w("en", "escalations:steps.disagreed"),
    w("en", "escalations:steps.kinds.moved", { stage: stage2 }),
    w("en", "escalations:steps.kinds.responded", { stage: stage2 }),
    w("en", "escalations:steps.kinds.resolved", { stage: stage2 }),
    "Meeting booked.",
  ])
    await expectStep(iroPage, step);
  await expect(
    iroPage.getByRole("button", { name: w("en", "escalations:resolve.submit") }),
  ).toHaveCount(0);
  await expectAccessible(iroPage);
  // No longer open on the child's page.
  await iroPage.goto(`/iro/young-people/${youngPersonId}`);
  await expect(iroPage.getByText(w("en", "escalations:open.none"))).toBeVisible();
  // Its timeline names the stages, theme, responses and outcome in the escalation's own words.
  const timeline = iroPage.getByRole("region", { name: w("en", "midway:timeline.title") });
  for (const line of [
    w("en", "midway:timeline.event.escalation_moved", { stage: stage2 }),
    w("en", "midway:timeline.event.escalation_raised", { stage: stage1 }),
    w("en", "escalations:themes.permanence"),
    w("en", "escalations:steps.disagreed"),
    w("en", "escalations:steps.agreed", { date: formatDate("2099-01-31", "en") }),
    `${w("en", "escalations:resolve.outcome")}: ${w("en", "escalations:outcomes.resolved")}`,
  ])
    await expect(timeline).toContainText(line);
  await expectAccessible(iroPage);

  // 7. A social worker of another team (the demo's Grace, team West): as if it did not exist.
  const otherPage = await signedInPage(browser, "sw.grace");
  const response = await otherPage.goto(escalationUrl);
  expect(response?.status()).toBe(404);
  await expectAccessible(otherPage);
});
