import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { auditEvents, letters, reviews } from "#db/schema";
import { addDays, todayInEngland } from "~/dates/calendar";
import { buildReview, buildUser } from "../fixtures/builders";
import { expectQuestion, next, signInChild, skip } from "./consultation-helpers";
import { buildFamily } from "../fixtures/family";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, submitAndWait, t } from "./helpers";
import { pdfText } from "./pdf-text";

const today = todayInEngland();
// Invented words, distinctive enough that any copy of them anywhere would be found.
const secret = "Please never say Kidane's hospital story in front of my carer.";
const open = "I want swimming lessons on Saturdays.";

test("a child's private answer is read by her IRO and reaches no letter, translator or PDF", async ({
  browser,
  page,
}) => {
  test.setTimeout(300_000);
  const family = await buildFamily({ lng: "ti", age: 15, givenName: "Selam" });
  const reviewId = buildReview(family.organisationId, family.youngPersonId, addDays(today, 10), {
    plannedOn: addDays(today, 8),
  });
  const translator = await buildUser(family.organisationId, {
    role: "translator",
    password: "translator-pass-1",
  });

  // The IRO asks Selam for her views before the review.
  await signIn(page, family.iro.username, "iro-pass-123");
  await page.goto(`/iro/reviews/${reviewId}`);
  await submitAndWait(page, t("en", "forms:request.send"));
  await expect(page.getByRole("status")).toContainText(t("en", "reviews:prep.done.requested"));

  // Selam answers in Tigrinya: one open wish, and one thing not to be said in front of everyone.
  const lng = "ti";
  const child = await (await browser.newContext()).newPage();
  await signInChild(child, family.child.username, lng);
  await child
    .getByRole("region", { name: /Ines Reviewer/ })
    .getByRole("link", { name: t(lng, "home:me.request.start") })
    .click();
  await expectQuestion(child, lng, "getting-ready", "home", true);
  for (let i = 0; i < 6; i++) await skip(child, lng);
  await expectQuestion(child, lng, "getting-ready", "change", true);
  await child.getByLabel(t(lng, "consultation:getting-ready.change.teen")).fill(open);
  await next(child, lng);
  for (let i = 0; i < 6; i++) await skip(child, lng);
  await expectQuestion(child, lng, "getting-ready", "notInFront");
  await child.getByLabel(t(lng, "consultation:getting-ready.notInFront.text")).fill(secret);
  await next(child, lng);
  for (let i = 0; i < 2; i++) await skip(child, lng);
  await child.getByRole("link", { name: t(lng, "consultation:ui.continueToShare") }).click();
  await child.getByLabel(t(lng, "consultation:sharing.iro.label")).check();
  await submitAndWait(child, t(lng, "consultation:ui.send"));
  await expect(child.getByRole("heading", { level: 1 })).toHaveText(
    t(lng, "consultation:ui.sentTitle"),
  );

  // The IRO, the reader Selam chose, reads it.
  await page.goto(`/iro/reviews/${reviewId}`);
  await page
    .getByRole("link", { name: t("en", "consultation:templates.getting-ready.title") })
    .click();
  await expect(page.getByText(secret).first()).toBeVisible();
  await expect(page.getByText(t("en", "consultation:reader.privateAnswer"))).toBeVisible();
  await expectAccessible(page);

  // The review is held (as recorded on the review page); the letter's first draft is made.
  getDb()
    .update(reviews)
    .set({ status: "held", heldOn: addDays(today, -1) })
    .where(eq(reviews.id, reviewId))
    .run();
  await page.goto(`/iro/reviews/${reviewId}/letter`);
  const youSaid = page.getByLabel(t("en", "letters:sections.youSaid"));
  await expect(youSaid).toHaveValue(new RegExp(open));
  await expect(youSaid).not.toHaveValue(new RegExp(secret));
  expect(await page.content()).not.toContain(secret);
  await expectAccessible(page);
  await page.getByLabel(t("en", "letters:sections.next")).fill("You will start swimming soon.");
  await page.getByLabel(t("en", "letters:iro.decisionText", { n: 1 })).fill("Swimming lessons.");
  await submitAndWait(page, t("en", "letters:iro.save"));
  await expect(page.getByRole("status")).toContainText(t("en", "letters:iro.saved"));

  // The translator sees the letter's words, and not Selam's private answer.
  const translatorPage = await (await browser.newContext()).newPage();
  await signIn(translatorPage, translator.username, "translator-pass-1");
  const letterId = getDb()
    .select({ id: letters.id })
    .from(letters)
    .where(eq(letters.reviewId, reviewId))
    .get()!.id;
  await translatorPage.goto(`/translate/letters/${letterId}`);
  await expect(translatorPage.getByText(open).first()).toBeVisible();
  expect(await translatorPage.content()).not.toContain(secret);
  await expectAccessible(translatorPage);
  const boxes = translatorPage.getByRole("textbox", { name: "Tigrinya" });
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).fill(`ትርጉም ${i + 1}`);
  await submitAndWait(translatorPage, t("en", "letters:translate.done"));
  await expect(translatorPage.getByRole("status")).toContainText(
    t("en", "letters:translate.saved"),
  );

  // Issued, and printed for the case file: still not there.
  await page.reload();
  await submitAndWait(page, t("en", "letters:iro.issue"));
  await expect(page.getByRole("status")).toContainText(t("en", "letters:iro.issued"));
  await expectAccessible(page);
  const pdf = await page.request.get(`/letters/${letterId}/pdf/1`);
  expect(pdf.status()).toBe(200);
  const printed = await pdfText(new Uint8Array(await pdf.body()));
  expect(printed).toContain(open);
  expect(printed).not.toContain("Kidane");

  // Every look at the letter is in the audit log, and the log holds no child's words.
  const audited = getDb()
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.organisationId, family.organisationId))
    .all();
  const who = { [family.iro.id]: "iro", [translator.id]: "translator" };
  const actions = audited.map((e) => `${who[e.actorUserId ?? ""] ?? "other"}:${e.action}`);
  expect(actions).toEqual(
    expect.arrayContaining([
      "iro:letter_opened",
      "translator:letter_opened",
      "iro:letter_pdf_downloaded",
    ]),
  );
  expect(JSON.stringify(audited)).not.toMatch(/Kidane|swimming/);
});
