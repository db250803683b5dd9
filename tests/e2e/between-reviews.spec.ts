import type { Browser, Page } from "@playwright/test";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { escalations, notifications, reviews, teams, users } from "#db/schema";
import { addDays, todayInEngland } from "~/dates/calendar";
import { formatDate } from "~/i18n/format";
import { midwayDueOn } from "~/midway/due";
import { runScheduledJobs } from "~/notifications/scheduler.server";
import {
  allocate,
  buildReview,
  buildUser,
  buildYoungPerson,
  issueTigrinyaLetter,
} from "../fixtures/builders";
import { buildFamily, childPictures } from "../fixtures/family";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, signInWithPictures, submitAndWait, t } from "./helpers";

/*
 * Issue 18, the whole journey between two reviews, with the IRO working in Arabic (right to
 * left): a review with two decisions and a red monitoring rating → the team manager is told →
 * the social worker marks their action done → the child sees "done" in Tigrinya under Letters to
 * me (and never the rating) → the midway check shows 1 of 2 done and raises an escalation → the
 * team manager does not answer in time → overdue, the IRO takes it to stage 2 → the service
 * manager responds → the IRO resolves it → the monthly monitoring page counts it. A social worker
 * of another team gets 404. Axe on every page visited. Everyone here is invented.
 */

const today = todayInEngland();
const thisMonth = today.slice(0, 7);
const ar = "ar";
const password = "journey-pass-1";
const childName = "Selam Example";
const decisions = ["Selam joins the swimming club.", "The IRO checks the school plan."] as const;
const whatIsWrong = "Invented: the school plan is still not agreed.";
const askingFor = "Invented: a school plan meeting within ten working days.";

/** A counted string in the plural form the language uses for that count (Arabic has six). */
function counted(lng: string, key: string, values: { count: number } & Record<string, number>) {
  const form = new Intl.PluralRules(lng).select(values.count);
  try {
    return t(lng, `${key}_${form}`, values);
  } catch {
    return t(lng, `${key}_other`, values);
  }
}

async function signedInPage(browser: Browser, username: string, secret: string, lng = "en") {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username, secret, lng);
  return page;
}

async function expectStep(page: Page, text: string) {
  await expect(page.getByRole("listitem").filter({ hasText: text }).first()).toBeVisible();
}

/** The child's Letters to me: one of two decisions done, and nothing of monitoring or escalations. */
async function childSeesDoneAndNothingElse(page: Page) {
  await page.goto("/me/letters");
  await expect(page.locator("html")).toHaveAttribute("lang", "ti");
  await expect(
    page.getByText(counted("ti", "letters:me.actionsDone", { done: 1, count: 2 })),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /Ines Reviewer/ }).click();
  const decided = page.locator(".letter__decisions li");
  await expect(decided.nth(0)).toContainText("ውሳነ 1");
  await expect(decided.nth(0)).toContainText(t("ti", "letters:actions.done"));
  await expect(decided.nth(1)).toContainText(t("ti", "letters:actions.notStarted"));
  await expectAccessible(page);
  // Never the rating, in Tigrinya or English, nor anything of an escalation.
  const body = page.locator("body");
  for (const word of [
    t("ti", "monitoring:rag.red"),
    t("en", "monitoring:rag.red"),
    t("ti", "escalations:page.title"),
    t("en", "escalations:page.title"),
    whatIsWrong,
    askingFor,
  ])
    await expect(body).not.toContainText(word);
}

test("between reviews: tracked to done, midway check, red rating, escalated to stage 2 and resolved", async ({
  browser,
  page,
}) => {
  test.setTimeout(300_000);

  // 1. The people: Selam (Tigrinya), her IRO and social worker (from buildFamily), the social
  // worker's team with its team manager and service manager, an IRO manager, and a social worker
  // of another team. Teams go straight into the database (the admin pages have escalations.spec).
  const family = await buildFamily({ lng: "ti", age: 14, givenName: "Selam" });
  const { organisationId } = family;
  const person = (
    role: "team_manager" | "service_manager" | "social_worker" | "manager",
    displayName: string,
  ) => buildUser(organisationId, { role, password, displayName });
  const teamManager = await person("team_manager", "Tomas Manager");
  const serviceManager = await person("service_manager", "Sena Head");
  const manager = await person("manager", "Mona Manager");
  const otherWorker = await person("social_worker", "Oli Other");
  const otherManager = await person("team_manager", "Olga Otherteam");
  const team = (name: string, teamManagerUserId: string) =>
    getDb()
      .insert(teams)
      .values({
        organisationId,
        name,
        serviceAreaName: "Children in care",
        teamManagerUserId,
        serviceManagerUserId: serviceManager.id,
      })
      .returning({ id: teams.id })
      .get().id;
  const east = team("Children in care East", teamManager.id);
  const west = team("Children in care West", otherManager.id);
  getDb().update(users).set({ teamId: east }).where(eq(users.id, family.worker.id)).run();
  getDb().update(users).set({ teamId: west }).where(eq(users.id, otherWorker.id)).run();
  allocate(
    organisationId,
    buildYoungPerson(organisationId, { givenName: "Yonas" }),
    otherWorker.id,
    "social_worker",
  );
  const reviewId = buildReview(organisationId, family.youngPersonId, addDays(today, 5), {
    plannedOn: today,
  });

  // 2. The IRO, in Arabic, records the review: two decisions, one for the social worker and one
  // for the IRO; the monitoring form follows: red, with why and a theme.
  const iro = page;
  await signIn(iro, family.iro.username, "iro-pass-123", ar);
  await iro.goto(`/iro/reviews/${reviewId}/record`);
  await expect(iro.locator("html")).toHaveAttribute("dir", "rtl");
  await expectAccessible(iro);
  await iro
    .getByRole("group", { name: t(ar, "reviews:record.childAttended", { name: childName }) })
    .getByLabel(t(ar, "reviews:record.yes"), { exact: true })
    .check();
  await iro.getByLabel(new RegExp("^PN1")).check();
  await iro.getByLabel(t(ar, "reviews:views.spoke")).check();
  await iro.getByLabel(t(ar, "reviews:record.decisions")).fill(decisions.join("\n"));
  await iro
    .getByLabel(t(ar, "actions:record.owner", { n: 1 }))
    .selectOption({ label: `Sol Worker (${t(ar, "actions:relationship.social_worker")})` });
  await iro.getByLabel(t(ar, "actions:record.due", { n: 1 })).fill(addDays(today, 14));
  await iro
    .getByLabel(t(ar, "actions:record.owner", { n: 2 }))
    .selectOption({ label: t(ar, "actions:ownerRoles.iro") });
  await submitAndWait(iro, t(ar, "reviews:record.save"));

  await expect(iro).toHaveURL(new RegExp(`/iro/reviews/${reviewId}/monitoring`));
  await expect(iro.getByRole("status")).toContainText(t(ar, "reviews:prep.done.recorded"));
  await expectAccessible(iro);
  await iro
    .getByRole("group", { name: t(ar, "monitoring:form.planQuality") })
    .getByLabel(t(ar, "monitoring:planQuality.requires_improvement"))
    .check();
  await iro
    .getByRole("group", { name: t(ar, "monitoring:form.currentAssessment") })
    .getByLabel(t(ar, "monitoring:form.no"), { exact: true })
    .check();
  await iro
    .getByRole("group", { name: t(ar, "monitoring:form.rag") })
    .getByLabel(t(ar, "monitoring:ragChoice.red"))
    .check();
  await iro
    .getByRole("group", { name: t(ar, "monitoring:form.activeMonitoring") })
    .getByLabel(t(ar, "monitoring:form.yes"), { exact: true })
    .check();
  await iro.getByLabel(t(ar, "monitoring:themes.education")).check();
  await iro
    .getByRole("textbox", { name: t(ar, "monitoring:form.note") })
    .fill("Invented: no school plan for a term");
  await submitAndWait(iro, t(ar, "monitoring:form.save"));
  await expect(iro).toHaveURL(new RegExp(`/iro/reviews/${reviewId}\\?monitored=1$`));
  await expect(iro.getByRole("status")).toContainText(t(ar, "monitoring:line.saved"));
  await expect(
    iro.getByText(t(ar, "monitoring:line.recorded", { rating: t(ar, "monitoring:rag.red") })),
  ).toBeVisible();
  await expectAccessible(iro);

  // 3. The team manager finds the monitoring notification on their home page.
  const tm = await signedInPage(browser, teamManager.username, password);
  await expect(tm).toHaveURL(/\/oversight$/);
  const waiting = tm.getByRole("region", { name: t("en", "forms:notifications.title") });
  await expect(
    waiting.getByRole("link", { name: t("en", "forms:notifications.kinds.monitoring") }),
  ).toBeVisible();
  expect(
    getDb()
      .select({ id: notifications.id })
      .from(notifications)
      .where(
        and(
          eq(notifications.recipientUserId, teamManager.id),
          eq(notifications.kind, "monitoring"),
        ),
      )
      .all(),
  ).toHaveLength(1);
  await expectAccessible(tm);

  // 4. The social worker marks their action done.
  const worker = await signedInPage(browser, family.worker.username, "sw-pass-1234");
  const forYou = worker.getByRole("region", { name: t("en", "actions:forYou.title") });
  await expect(forYou).toContainText(decisions[0]);
  await expect(forYou).not.toContainText(decisions[1]);
  await expectAccessible(worker);
  await forYou.getByRole("link", { name: /swimming club/ }).click();
  await expect(worker.getByRole("heading", { level: 1 })).toHaveText(t("en", "actions:page.title"));
  await expectAccessible(worker);
  await worker.getByLabel(t("en", "actions:states.done"), { exact: true }).check();
  await worker.getByLabel(t("en", "actions:page.note")).fill("Joined on Saturday.");
  await submitAndWait(worker, t("en", "actions:page.save"));
  await expect(worker.getByRole("status")).toContainText(t("en", "actions:page.updated"));
  await expectAccessible(worker);
  await worker.context().close();

  // 5. The letter is issued; Selam, in Tigrinya, sees one decision done and never the rating.
  issueTigrinyaLetter(reviewId, family.iro.id, [...decisions]);
  const child = await (await browser.newContext()).newPage();
  await signInWithPictures(child, family.child.username, childPictures, "ti");
  await childSeesDoneAndNothingElse(child);

  // 6. Weeks pass: the test stands in for them by moving the review back 40 days, with the next
  // review 20 days ahead, so that the midway check is due (as midway.spec.ts sets it up).
  getDb()
    .update(reviews)
    .set({ heldOn: addDays(today, -40) })
    .where(eq(reviews.id, reviewId))
    .run();
  const planned = getDb()
    .select({ id: reviews.id })
    .from(reviews)
    .where(and(eq(reviews.youngPersonId, family.youngPersonId), eq(reviews.status, "planned")))
    .all();
  if (planned.length)
    getDb()
      .update(reviews)
      .set({ dueOn: addDays(today, 20) })
      .where(
        inArray(
          reviews.id,
          planned.map((r) => r.id),
        ),
      )
      .run();
  else buildReview(organisationId, family.youngPersonId, addDays(today, 20));

  const midwayDue = midwayDueOn(addDays(today, -40), addDays(today, 20))!;
  await iro.goto(`/iro/young-people/${family.youngPersonId}`);
  await expect(
    iro.getByText(t(ar, "midway:due.overdue", { date: formatDate(midwayDue, ar) })),
  ).toBeVisible();
  await expectAccessible(iro);
  await iro.getByRole("link", { name: t(ar, "midway:due.record") }).click();
  await expect(
    iro.getByText(counted(ar, "midway:page.progress", { done: 1, count: 2 })),
  ).toBeVisible();
  await expectAccessible(iro);
  await iro.getByLabel(t(ar, "midway:checkedWith.social_worker")).check();
  await iro.getByLabel(t(ar, "midway:rag.red")).check();
  await iro
    .getByRole("group", { name: t(ar, "midway:form.escalate") })
    .getByLabel(t(ar, "midway:form.yes"))
    .check();
  await submitAndWait(iro, t(ar, "midway:form.save"));
  await expect(iro).toHaveURL(
    new RegExp(`/iro/young-people/${family.youngPersonId}/escalations/new\\?midwayCheckId=`),
  );
  await expect(iro.getByRole("heading", { level: 1 })).toHaveText(t(ar, "escalations:raise.title"));
  await expectAccessible(iro);
  await iro
    .getByLabel(t(ar, "escalations:raise.theme"))
    .selectOption({ label: t(ar, "escalations:themes.education") });
  await iro.getByLabel(t(ar, "escalations:raise.whatIsWrong")).fill(whatIsWrong);
  await iro.getByLabel(t(ar, "escalations:raise.askingFor")).fill(askingFor);
  await iro.getByLabel(t(ar, "escalations:raise.addressee")).selectOption(`1:${teamManager.id}`);
  await submitAndWait(iro, t(ar, "escalations:raise.submit"));
  await expect(iro.getByRole("status")).toHaveText(t(ar, "escalations:page.done.raised"));
  const escalationUrl = new URL(iro.url()).pathname;
  expect(escalationUrl).toMatch(/^\/escalations\/[\w-]+$/);
  const escalationId = escalationUrl.split("/").pop()!;
  await expect(iro.getByText(t(ar, "escalations:state.waiting"))).toBeVisible();
  await expectAccessible(iro);

  // The team manager sees it on their home page, and does not answer.
  await tm.goto("/oversight");
  await expect(tm.getByRole("region", { name: t("en", "escalations:forYou.title") })).toContainText(
    "Selam",
  );
  await expectAccessible(tm);
  await tm.context().close();

  // 7. The days for an answer go by: the test stands in for them by moving the response date
  // into the past in the database, then runs the scheduler once, in this process, against the
  // same database file (DATABASE_PATH, set by the server fixture), as the server's own timer would.
  getDb()
    .update(escalations)
    .set({ respondBy: addDays(today, -1) })
    .where(eq(escalations.id, escalationId))
    .run();
  const report = await runScheduledJobs();
  expect(report.escalations.overdue).toBe(1);
  const stage1 = t(ar, "escalations:stages.names.team_manager");
  const stage2 = t(ar, "escalations:stages.names.service_manager");
  await iro.goto(escalationUrl);
  await expect(iro.getByText(t(ar, "escalations:state.overdue"), { exact: true })).toBeVisible();
  await expectStep(iro, t(ar, "escalations:steps.kinds.overdue", { stage: stage1 }));
  await expectAccessible(iro);

  // 8. The IRO takes it to stage 2, to the service manager, who agrees and acts by a date.
  await iro.getByLabel(t(ar, "escalations:move.addressee")).selectOption(`2:${serviceManager.id}`);
  await submitAndWait(iro, t(ar, "escalations:move.submit"));
  await expect(iro.getByRole("status")).toHaveText(t(ar, "escalations:page.done.moved"));
  await expectAccessible(iro);

  const sm = await signedInPage(browser, serviceManager.username, password);
  await expect(sm).toHaveURL(/\/oversight$/);
  const smForYou = sm.getByRole("region", { name: t("en", "escalations:forYou.title") });
  await expect(smForYou).toContainText("Selam");
  await expectAccessible(sm);
  await smForYou.getByRole("link", { name: t("en", "escalations:themes.education") }).click();
  await expect(sm).toHaveURL(new RegExp(`${escalationUrl}$`));
  await expectAccessible(sm);
  await sm.getByLabel(t("en", "escalations:respond.agreed")).check();
  await sm.getByLabel(t("en", "escalations:respond.actBy")).fill(addDays(today, 10));
  await submitAndWait(sm, t("en", "escalations:respond.submit"));
  await expect(sm.getByRole("status")).toHaveText(t("en", "escalations:page.done.responded"));
  await expectAccessible(sm);
  await sm.context().close();

  await iro.goto(escalationUrl);
  await iro
    .getByLabel(t(ar, "escalations:resolve.outcome"))
    .selectOption({ label: t(ar, "escalations:outcomes.resolved") });
  await iro.getByLabel(t(ar, "escalations:resolve.note")).fill("Invented: meeting booked.");
  await submitAndWait(iro, t(ar, "escalations:resolve.submit"));
  await expect(iro.getByRole("status")).toHaveText(t(ar, "escalations:page.done.resolved"));
  for (const step of [
    t(ar, "escalations:steps.kinds.raised", { stage: stage1 }),
    t(ar, "escalations:steps.kinds.overdue", { stage: stage1 }),
    t(ar, "escalations:steps.kinds.moved", { stage: stage2 }),
    t(ar, "escalations:steps.kinds.responded", { stage: stage2 }),
    t(ar, "escalations:steps.kinds.resolved", { stage: stage2 }),
    "Invented: meeting booked.",
  ])
    await expectStep(iro, step);
  await expectAccessible(iro);

  // 9. The month's monitoring page: Selam listed as red, the escalation resolved at stage 2.
  const managerPage = await signedInPage(browser, manager.username, password);
  await managerPage.goto(`/manage/monitoring?month=${thisMonth}`);
  const red = managerPage
    .getByRole("table", { name: t("en", "monitoring:page.redAmber.title"), exact: true })
    .getByRole("row")
    .filter({ has: managerPage.getByRole("rowheader", { name: childName, exact: true }) });
  await expect(red).toContainText(t("en", "monitoring:rag.red"));
  await expect(red).toContainText("Invented: no school plan for a term");
  const resolved = managerPage.getByRole("table", {
    name: t("en", "monitoring:page.resolved.byStage"),
    exact: true,
  });
  await expect(
    resolved
      .getByRole("row")
      .filter({ hasText: t("en", "escalations:stages.names.service_manager") }),
  ).toContainText("1");
  await expect(
    managerPage.getByText(
      counted("en", "monitoring:page.resolved.summary", { count: 1, total: 1 }),
    ),
  ).toBeVisible();
  await expectAccessible(managerPage);
  await managerPage.context().close();

  // 10. A social worker of another team: as if the escalation did not exist.
  const other = await signedInPage(browser, otherWorker.username, password);
  expect((await other.goto(escalationUrl))?.status()).toBe(404);
  await expectAccessible(other);
  await other.context().close();

  // And Selam, after all of it, still sees only what was decided and what was done.
  await childSeesDoneAndNothingElse(child);
  await child.context().close();
});
