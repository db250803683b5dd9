import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { reviewActions, reviews } from "#db/schema";
import { addDays, todayInEngland } from "~/dates/calendar";
import { formatDate } from "~/i18n/format";
import { midwayDueOn } from "~/midway/due";
import { buildReview, buildUser } from "../fixtures/builders";
import { buildFamily } from "../fixtures/family";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, submitAndWait, t } from "./helpers";

/*
 * Between reviews, without JavaScript: the IRO logs a contact and records the midway check,
 * sees both on the child's timeline and filters it; the social worker's timeline keeps the
 * IRO's note and rating out; another IRO gets 404; the child's page in Arabic, right to left.
 */
test.use({ javaScriptEnabled: false });

const today = todayInEngland();
const en = (key: string, values: Record<string, string | number> = {}) => t("en", key, values);

test("an IRO logs a contact and records a midway check; the timeline shows each to whom it may", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const family = await buildFamily({ lng: "en", age: 14, givenName: "Noor" });
  const name = "Noor Example";
  const heldOn = addDays(today, -40);
  const nextDueOn = addDays(today, 20);
  const reviewId = buildReview(family.organisationId, family.youngPersonId, addDays(today, -38), {
    status: "held",
    heldOn,
  });
  getDb()
    .update(reviews)
    .set({ decisions: ["Book a dentist visit", "Arrange family time with Gran"] })
    .where(eq(reviews.id, reviewId))
    .run();
  for (const position of [0, 1])
    getDb()
      .insert(reviewActions)
      .values({
        organisationId: family.organisationId,
        reviewId,
        youngPersonId: family.youngPersonId,
        position,
        ownerRole: "social_worker",
      })
      .run();
  buildReview(family.organisationId, family.youngPersonId, nextDueOn);
  const dueOn = formatDate(midwayDueOn(heldOn, nextDueOn)!, "en");

  // The caseload and the queue: the midway check is overdue.
  await signIn(page, family.iro.username, "iro-pass-123");
  await expect(page).toHaveURL(/\/iro$/);
  // The caseload's row for the child (the page's other tables name the child too).
  const overdue = en("midway:due.overdue", { date: dueOn });
  await expect(
    page.getByRole("row").filter({ hasText: name }).filter({ hasText: overdue }),
  ).toHaveCount(1);
  await expectAccessible(page);
  await page.goto("/iro/queue");
  const queue = page.getByRole("region", { name: en("midway:queue.title") });
  await expect(queue.getByRole("link", { name: en("midway:queue.item", { name }) })).toBeVisible();
  await expectAccessible(page);

  // Log a contact: refused without answers (everything explained), then saved.
  await page.goto(`/iro/young-people/${family.youngPersonId}`);
  await expect(page.getByText(en("midway:due.overdue", { date: dueOn }))).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: en("midway:contacts.list.log") }).click();
  await expectAccessible(page);
  await page.getByLabel(en("midway:contacts.form.withWhom")).fill("Noor and her carer");
  await submitAndWait(page, en("midway:contacts.form.save"));
  await expect(page).toHaveTitle(new RegExp(`^${en("common:error.titlePrefix")}`));
  const summary = page.getByRole("alert");
  await expect(summary).toContainText(en("midway:contacts.errors.kind"));
  await expect(summary).toContainText(en("midway:contacts.errors.seenAlone"));
  await expect(page.getByLabel(en("midway:contacts.form.withWhom"))).toHaveValue(
    "Noor and her carer",
  );
  await expectAccessible(page);
  await page.getByLabel(en("midway:contacts.kind.visit")).check();
  await page.getByLabel(en("midway:contacts.seenAlone.yes")).check();
  await page
    .getByLabel(en("midway:contacts.form.note"))
    .fill("Invented: Noor showed me her new room");
  await submitAndWait(page, en("midway:contacts.form.save"));
  await expect(page.getByRole("status")).toContainText(en("midway:contacts.page.logged"));
  const contacts = page.getByRole("region", { name: en("midway:contacts.list.title") });
  await expect(contacts).toContainText("Noor and her carer");
  await expect(contacts).toContainText(en("midway:contacts.seenAlone.yes"));
  await expectAccessible(page);

  // Record the midway check: one action done, amber.
  await page.getByRole("link", { name: en("midway:due.record") }).click();
  await expect(page.getByText("0 of 2 actions done")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(en("midway:checkedWith.social_worker")).check();
  await page.getByLabel(en("midway:checkedWith.young_person")).check();
  const first = page.getByRole("group", {
    name: en("midway:form.action", { n: 1, decision: "Book a dentist visit" }),
  });
  await first.getByLabel(en("midway:state.done"), { exact: true }).check();
  await page
    .getByLabel(en("midway:form.note"), { exact: true })
    .fill("Invented: family time slips");
  await submitAndWait(page, en("midway:form.save"));
  await expect(page.getByRole("alert")).toContainText(en("midway:errors.rag"));
  await expect(page.getByLabel(en("midway:checkedWith.young_person"))).toBeChecked();
  await expect(first.getByLabel(en("midway:state.done"), { exact: true })).toBeChecked();
  await expectAccessible(page);
  await page.getByLabel(en("midway:rag.amber")).check();
  await page
    .getByRole("group", { name: en("midway:form.escalate") })
    .getByLabel(en("midway:form.no"))
    .check();
  await submitAndWait(page, en("midway:form.save"));
  await expect(page).toHaveURL(new RegExp(`/iro/young-people/${family.youngPersonId}\\?midway=1`));
  await expect(page.getByRole("status")).toContainText(en("midway:page.recorded"));
  await expect(page.getByText(en("midway:due.overdue", { date: dueOn }))).toHaveCount(0);

  // Both on the timeline, newest first; then only contacts.
  const timeline = page.getByRole("region", { name: en("midway:timeline.title") });
  await expect(timeline).toContainText(en("midway:timeline.event.midway_recorded"));
  await expect(timeline).toContainText(en("midway:rag.amber"));
  await expect(timeline).toContainText(en("midway:timeline.event.contact_logged"));
  await expect(timeline).toContainText("Invented: Noor showed me her new room");
  await expect(timeline).toContainText(en("midway:timeline.event.action_updated"));
  await expectAccessible(page);
  await page.getByLabel(en("midway:timeline.show")).selectOption("contacts");
  await page.getByRole("button", { name: en("midway:timeline.apply") }).click();
  await expect(page).toHaveURL(/timeline=contacts/);
  await expect(timeline).toContainText(en("midway:timeline.event.contact_logged"));
  await expect(timeline).not.toContainText(en("midway:timeline.event.midway_recorded"));
  await expectAccessible(page);

  // The check's page now counts one of two actions done, and keeps it recorded.
  await page.goto(`/iro/young-people/${family.youngPersonId}/midway`);
  await expect(page.getByText("1 of 2 actions done")).toBeVisible();
  await expect(page.getByRole("button", { name: en("midway:form.save") })).toHaveCount(0);
  await expectAccessible(page);

  // The social worker's timeline: the check and the contact, never the note or the rating.
  const worker = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(worker, family.worker.username, "sw-pass-1234");
  await worker.goto(`/worker/young-people/${family.youngPersonId}`);
  const workerTimeline = worker.getByRole("region", { name: en("midway:timeline.title") });
  await expect(workerTimeline).toContainText(en("midway:timeline.event.midway_recorded"));
  await expect(workerTimeline).toContainText("Noor and her carer");
  await expect(workerTimeline).not.toContainText("new room");
  await expect(workerTimeline).not.toContainText(en("midway:rag.amber"));
  await expect(workerTimeline).not.toContainText("family time slips");
  await expectAccessible(worker);

  // Another IRO of the same council: 404 on each page.
  const other = await buildUser(family.organisationId, {
    role: "iro",
    password: "other-iro-pass-1",
  });
  const otherPage = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(otherPage, other.username, "other-iro-pass-1");
  for (const path of ["midway", "contacts/new", ""]) {
    const response = await otherPage.goto(`/iro/young-people/${family.youngPersonId}/${path}`);
    expect(response?.status()).toBe(404);
  }
  await expectAccessible(otherPage);

  // The child's page in Arabic, right to left.
  const arabic = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(arabic, family.iro.username, "iro-pass-123", "ar");
  await arabic.goto(`/iro/young-people/${family.youngPersonId}`);
  await expect(arabic.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(
    arabic.getByRole("region", { name: t("ar", "midway:timeline.title") }),
  ).toBeVisible();
  await expectAccessible(arabic);
  await arabic.goto(`/iro/young-people/${family.youngPersonId}/contacts/new`);
  await expectAccessible(arabic);
});
