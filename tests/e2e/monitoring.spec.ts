import { readFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { notifications, teams, users } from "#db/schema";
import { addDays, todayInEngland } from "~/dates/calendar";
import { formatDate } from "~/i18n/format";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
} from "../fixtures/builders";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, submitAndWait, t } from "./helpers";
import { pdfText } from "./pdf-text";

/*
 * Monitoring after a review (issue 18), as people use it: the IRO records a review and then the
 * monitoring form without JavaScript (red, two themes; a mistake first, every answer kept), the
 * child's team manager is told and finds the child on the monthly page, an IRO manager sees the
 * child as red with why and downloads the CSV, a social worker gets 404, and the page in Arabic.
 * Everyone here is invented.
 */

// A long journey: four people, axe on every page, and a PDF rendered (slow on a busy machine).
test.describe.configure({ timeout: 180_000 });

const password = "monitoring-pass-1";
const today = todayInEngland();
const thisMonth = today.slice(0, 7);
const reason = "No school place for six weeks";

async function buildTeamAndChild() {
  const organisationId = buildOrganisation("Monitoring Borough Council");
  const staff = async (
    role: "iro" | "team_manager" | "service_manager" | "social_worker" | "manager",
    displayName: string,
  ) => buildUser(organisationId, { role, password, displayName });
  const iro = await staff("iro", "Iris Okafor");
  const teamManager = await staff("team_manager", "Tomas Manager");
  const serviceManager = await staff("service_manager", "Sena Head");
  const worker = await staff("social_worker", "Wanjiru Worker");
  const manager = await staff("manager", "Mona Manager");
  const team = getDb()
    .insert(teams)
    .values({
      organisationId,
      name: "Children in care East",
      serviceAreaName: "Children in care",
      teamManagerUserId: teamManager.id,
      serviceManagerUserId: serviceManager.id,
    })
    .returning({ id: teams.id })
    .get();
  getDb().update(users).set({ teamId: team.id }).where(eq(users.id, worker.id)).run();
  const youngPersonId = buildYoungPerson(organisationId, { givenName: "Hanna" });
  allocate(organisationId, youngPersonId, iro.id, "iro");
  allocate(organisationId, youngPersonId, worker.id, "social_worker");
  const reviewId = buildReview(organisationId, youngPersonId, addDays(today, 10));
  return { iro, teamManager, serviceManager, worker, manager, youngPersonId, reviewId };
}

test("a red rating after a review reaches the team manager and the monthly page", async ({
  browser,
  page,
}) => {
  const org = await buildTeamAndChild();
  const name = "Hanna Example";

  // The IRO, without JavaScript, records the review held today...
  const iroPage = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(iroPage, org.iro.username, password);
  await iroPage.goto(`/iro/reviews/${org.reviewId}/record`);
  await iroPage
    .getByRole("group", { name: t("en", "reviews:record.childAttended", { name }) })
    .getByLabel(t("en", "reviews:record.yes"), { exact: true })
    .check();
  await iroPage.getByLabel(new RegExp("^PN1")).check();
  await iroPage.getByLabel(t("en", "reviews:views.spoke")).check();
  await iroPage.getByLabel(t("en", "reviews:record.decisions")).fill("Find a school place.");
  await submitAndWait(iroPage, t("en", "reviews:record.save"));

  // ...and the monitoring form follows.
  await expect(iroPage).toHaveURL(new RegExp(`/iro/reviews/${org.reviewId}/monitoring`));
  await expect(iroPage.getByRole("status")).toContainText(t("en", "reviews:prep.done.recorded"));
  await expect(iroPage.getByRole("heading", { level: 1 })).toHaveText(
    `${t("en", "monitoring:form.title")}: ${name}`,
  );
  await expectAccessible(iroPage);

  // The review page says monitoring is still to do, and links back to it.
  await iroPage.goto(`/iro/reviews/${org.reviewId}`);
  await expect(iroPage.getByText(t("en", "monitoring:line.notYet"))).toBeVisible();
  await iroPage.getByRole("link", { name: t("en", "monitoring:line.record") }).click();
  await expect(iroPage).toHaveURL(new RegExp(`/iro/reviews/${org.reviewId}/monitoring$`));

  // Red and two themes, but no reason and the plan's quality forgotten.
  const rag = iroPage.getByRole("group", { name: t("en", "monitoring:form.rag") });
  await rag.getByLabel(t("en", "monitoring:ragChoice.red")).check();
  await iroPage
    .getByRole("group", { name: t("en", "monitoring:form.currentAssessment") })
    .getByLabel(t("en", "monitoring:form.no"), { exact: true })
    .check();
  await iroPage
    .getByRole("group", { name: t("en", "monitoring:form.activeMonitoring") })
    .getByLabel(t("en", "monitoring:form.yes"), { exact: true })
    .check();
  await iroPage.getByLabel(t("en", "monitoring:themes.education")).check();
  await iroPage.getByLabel(t("en", "monitoring:themes.placement_stability")).check();
  await submitAndWait(iroPage, t("en", "monitoring:form.save"));

  await expect(iroPage).toHaveTitle(new RegExp(`^${t("en", "common:error.titlePrefix")}`));
  const summary = iroPage.getByRole("alert");
  await expect(summary).toContainText(t("en", "monitoring:errors.planQuality"));
  const quality = iroPage.getByRole("group", { name: t("en", "monitoring:form.planQuality") });
  await expect(quality).toContainText(t("en", "monitoring:errors.planQuality"));
  // Every answer is kept.
  await expect(rag.getByLabel(t("en", "monitoring:ragChoice.red"))).toBeChecked();
  await expect(iroPage.getByLabel(t("en", "monitoring:themes.education"))).toBeChecked();
  await expect(iroPage.getByLabel(t("en", "monitoring:themes.placement_stability"))).toBeChecked();
  await expectAccessible(iroPage);

  // The quality chosen, red still without why: the message sits beside the reason box.
  await quality.getByLabel(t("en", "monitoring:planQuality.requires_improvement")).check();
  await submitAndWait(iroPage, t("en", "monitoring:form.save"));
  await expect(iroPage.getByRole("alert")).toContainText(t("en", "monitoring:errors.noteNeeded"));
  const why = iroPage.getByRole("textbox", { name: t("en", "monitoring:form.note") });
  await expect(why).toHaveAccessibleDescription(
    new RegExp(t("en", "monitoring:errors.noteNeeded")),
  );
  await expectAccessible(iroPage);
  await why.fill(reason);
  await submitAndWait(iroPage, t("en", "monitoring:form.save"));

  // Back on the review page: the rating is there.
  await expect(iroPage).toHaveURL(new RegExp(`/iro/reviews/${org.reviewId}\\?monitored=1$`));
  await expect(iroPage.getByRole("status")).toContainText(t("en", "monitoring:line.saved"));
  await expect(
    iroPage.getByText(
      t("en", "monitoring:line.recorded", { rating: t("en", "monitoring:rag.red") }),
    ),
  ).toBeVisible();
  await expectAccessible(iroPage);
  await iroPage.context().close();

  // The team manager (and the service manager) are told; the team manager follows it.
  const told = getDb()
    .select({ id: notifications.id, to: notifications.recipientUserId })
    .from(notifications)
    .where(and(eq(notifications.kind, "monitoring"), eq(notifications.channel, "app")))
    .all()
    .filter((n) => [org.teamManager.id, org.serviceManager.id].includes(n.to));
  expect(told.map((n) => n.to).sort()).toEqual([org.teamManager.id, org.serviceManager.id].sort());
  const forTeamManager = told.find((n) => n.to === org.teamManager.id)!;
  await signIn(page, org.teamManager.username, password);
  await page.goto(`/notifications/${forTeamManager.id}`);
  await expect(page).toHaveURL(new RegExp(`/manage/monitoring\\?month=${thisMonth}$`));
  const redAmber = t("en", "monitoring:page.redAmber.title");
  const row = page
    .getByRole("table", { name: redAmber, exact: true })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  await expect(row).toContainText(t("en", "monitoring:rag.red"));
  await expect(row).toContainText(reason);
  await expectAccessible(page);

  // An IRO manager: the last complete month first, then this month chosen.
  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, org.manager.username, password);
  await manager.getByRole("link", { name: t("en", "monitoring:page.link") }).click();
  await expect(manager.getByRole("heading", { level: 1 })).toHaveText(
    t("en", "monitoring:page.title"),
  );
  await expect(manager.getByRole("table", { name: redAmber, exact: true })).toHaveCount(0);
  await expectAccessible(manager);
  await manager
    .getByRole("textbox", { name: t("en", "monitoring:page.monthLabel"), exact: true })
    .fill(thisMonth);
  await manager.getByRole("button", { name: t("en", "monitoring:page.show") }).click();
  const managerRow = manager
    .getByRole("table", { name: redAmber, exact: true })
    .getByRole("row")
    .filter({ has: manager.getByRole("rowheader", { name, exact: true }) });
  await expect(managerRow).toContainText(t("en", "monitoring:rag.red"));
  await expect(managerRow).toContainText(reason);
  await expect(managerRow).toContainText(
    `${t("en", "monitoring:themes.placement_stability")}, ${t("en", "monitoring:themes.education")}`,
  );
  await expect(managerRow).toContainText("Iris Okafor");
  await expect(
    manager.getByText(
      t("en", "monitoring:page.ratings.summary", { active: 1, total: 1, percent: "100%" }),
    ),
  ).toBeVisible();
  await expectAccessible(manager);

  const downloading = manager.waitForEvent("download");
  await manager.getByRole("link", { name: t("en", "monitoring:page.csv") }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`monitoring-${thisMonth}.csv`);
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv).toContain(
    [
      t("en", "monitoring:page.redAmber.noCaseReference"),
      t("en", "monitoring:rag.red"),
      `"${t("en", "monitoring:themes.placement_stability")}, ${t("en", "monitoring:themes.education")}"`,
      reason,
      formatDate(today, "en"),
      "Iris Okafor",
    ].join(","),
  );
  expect(csv).not.toContain(name);

  // The PDF for the managers' meeting: the same figures, the reason, no name.
  const pdfDownloading = manager.waitForEvent("download");
  await manager.getByRole("link", { name: t("en", "monitoring:page.pdf") }).click();
  const pdfFile = await pdfDownloading;
  expect(pdfFile.suggestedFilename()).toBe(`own-voice-monitoring-${thisMonth}.pdf`);
  const pdf = await pdfText(new Uint8Array(readFileSync((await pdfFile.path())!)));
  expect(pdf).toContain(t("en", "monitoring:page.redAmber.title"));
  // Words wrapped in a table cell come back without the space at the line's end.
  const squeezed = (text: string) => text.replace(/\s+/g, "");
  expect(squeezed(pdf)).toContain(squeezed(reason));
  expect(pdf).not.toContain(name);
  await manager.context().close();

  // A social worker: no such page.
  const workerPage = await (await browser.newContext()).newPage();
  await signIn(workerPage, org.worker.username, password);
  expect((await workerPage.request.get("/manage/monitoring.csv")).status()).toBe(404);
  expect((await workerPage.goto("/manage/monitoring"))?.status()).toBe(404);
  await expectAccessible(workerPage);
  await workerPage.context().close();
});

test("the monthly page in Arabic", async ({ page }) => {
  const org = await buildTeamAndChild();
  const lng = "ar";
  await signIn(page, org.manager.username, password, lng);
  await page.goto(`/manage/monitoring?month=${thisMonth}`);
  await expect(page.locator("html")).toHaveAttribute("lang", lng);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
});
