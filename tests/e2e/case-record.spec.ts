import { readFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { unzipSync, strFromU8 } from "fflate";
import type { Download, Page } from "@playwright/test";
import { getDb } from "#db/db.server";
import {
  auditEvents,
  interpreterRequests,
  reviews,
  statementReaders,
  statements,
  youngPeople,
} from "#db/schema";
import { addDays, todayInEngland } from "~/dates/calendar";
import { buildReview, buildUser } from "../fixtures/builders";
import { betweenWords, buildBetweenReviews } from "../fixtures/between-reviews";
import { buildFamily } from "../fixtures/family";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, t } from "./helpers";
import { pdfText } from "./pdf-text";

/*
 * "Download for the case record": an IRO takes a Tigrinya-speaking child's statement, a review
 * and the whole bundle into the council's case system; the PDFs are English with the child's own
 * words beside it; someone not allocated gets nothing.
 */

const changeWords = "ኣብ ቤት ትምህርቲ ዝያዳ ሓገዝ ክረክብ እደሊ";
const interpreted = "I would like more help at school.";

/** A 15-year-old who reads Tigrinya, a sent statement shared with their IRO and social worker, a held review. */
async function tigrinyaFamily() {
  const family = await buildFamily({ lng: "ti", age: 15, givenName: "Selam" });
  const db = getDb();
  db.update(youngPeople)
    .set({ caseReference: "CR 40/713" })
    .where(eq(youngPeople.id, family.youngPersonId))
    .run();
  // A social worker of the same council, named as a reader but not allocated to Selam.
  const stranger = await buildUser(family.organisationId, {
    role: "social_worker",
    password: "sw-pass-5678",
    displayName: "Other Worker",
  });
  const heldOn = addDays(todayInEngland(), -12);
  const reviewId = buildReview(family.organisationId, family.youngPersonId, heldOn, {
    status: "held",
    heldOn,
  });
  db.update(reviews)
    .set({
      attendees: ["Selam", "Ines Reviewer", "Sol Worker"],
      decisions: ["Selam stays with her foster family."],
      participationCode: "PN1",
      childAttended: true,
      viewsConveyed: "spoke",
    })
    .where(eq(reviews.id, reviewId))
    .run();
  const submittedAt = new Date(Date.now() - 20 * 86_400_000).toISOString();
  const statementId = db
    .insert(statements)
    .values({
      organisationId: family.organisationId,
      youngPersonId: family.youngPersonId,
      authorUserId: family.child.id,
      templateId: "getting-ready",
      templateVersion: 1,
      language: "ti",
      answers: {
        home: "feeling-good",
        change: { text: changeWords, language: "ti" },
        notInFront: { text: "ሚስጥራዊ ቃል", language: "ti" },
      },
      status: "submitted",
      sharing: "iro-and-social-worker",
      submittedAt,
    })
    .returning({ id: statements.id })
    .get().id;
  for (const userId of [family.iro.id, family.worker.id, stranger.id])
    db.insert(statementReaders).values({ statementId, userId, reason: "chosen" }).run();
  db.insert(interpreterRequests)
    .values({
      organisationId: family.organisationId,
      statementId,
      questionId: "change",
      language: "ti",
      requestedBy: family.iro.id,
      translation: interpreted,
      doneBy: family.iro.id,
      doneAt: new Date().toISOString(),
    })
    .run();
  // Between reviews (issue 18): an action, a midway check, a contact and an escalation.
  const manager = await buildUser(family.organisationId, {
    role: "team_manager",
    displayName: "Tia Manager",
  });
  const betweenOn = addDays(todayInEngland(), -6);
  buildBetweenReviews({
    organisationId: family.organisationId,
    youngPersonId: family.youngPersonId,
    reviewId,
    iroId: family.iro.id,
    ownerId: family.worker.id,
    managerId: manager.id,
    on: betweenOn,
  });
  return {
    ...family,
    betweenOn,
    stranger,
    reviewId,
    heldOn,
    statementId,
    sentOn: todayInEngland(new Date(submittedAt)),
  };
}

async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return file;
}

/** PDF text wraps lines without a space where they break: compare without whitespace. */
const squash = (text: string) => text.replace(/\s+/g, "");
const textOf = async (pdf: Uint8Array) => squash(await pdfText(pdf));

const bytes = async (file: Download) => new Uint8Array(readFileSync((await file.path())!));

test("an IRO takes a Tigrinya-speaking child's statement, review and bundle into the case record", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const family = await tigrinyaFamily();
  const label = t("en", "records:download");
  await signIn(page, family.iro.username, "iro-pass-123");

  // The statement, as the IRO reads it, offers the case-record PDF.
  await page.goto(`/iro/statements/${family.statementId}`);
  await expectAccessible(page);
  const statementPdf = await download(page, () => page.getByRole("link", { name: label }).click());
  expect(statementPdf.suggestedFilename()).toBe(`CR-40-713_statement_${family.sentOn}.pdf`);
  const statementText = await textOf(await bytes(statementPdf));
  expect(statementText).toContain(squash("Selam Example"));
  expect(statementText).toContain(squash("CR 40/713"));
  expect(statementText).toContain(squash(t("en", "consultation:getting-ready.change.teen")));
  expect(statementText).toContain(squash(changeWords));
  expect(statementText).toContain(squash(interpreted));
  // The coded answer in English words and in the Tigrinya the child chose.
  expect(statementText).toContain(squash(t("en", "consultation:options.feeling-good")));
  expect(statementText).toContain(squash(t("ti", "consultation:options.feeling-good")));
  // A private answer stays in Own Voice.
  expect(statementText).not.toContain(squash("ሚስጥራዊ ቃል"));

  // The review's record.
  await page.goto(`/iro/reviews/${family.reviewId}`);
  await expectAccessible(page);
  const reviewPdf = await download(page, () => page.getByRole("link", { name: label }).click());
  expect(reviewPdf.suggestedFilename()).toBe(`CR-40-713_review_${family.heldOn}.pdf`);
  const reviewText = await textOf(await bytes(reviewPdf));
  expect(reviewText).toContain(squash("CR 40/713"));
  expect(reviewText).toContain(squash("Selam stays with her foster family."));
  expect(reviewText).toContain(squash(`PN1: ${t("en", "reviews:pn.PN1")}`));
  // Its action, with who does it and where it stands, and the team manager's answer.
  expect(reviewText).toContain(squash("Who: Sol Worker"));
  expect(reviewText).toContain(squash(betweenWords.disagreeReason));

  // The whole case record, from the young person's page.
  await page.goto(`/iro/young-people/${family.youngPersonId}`);
  await expectAccessible(page);
  await page.getByLabel(t("en", "records:bundle.from")).fill(addDays(todayInEngland(), -60));
  const bundle = await download(page, () =>
    page.getByRole("button", { name: t("en", "records:bundle.download") }).click(),
  );
  expect(bundle.suggestedFilename()).toMatch(
    /^CR-40-713_case-record_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.zip$/,
  );
  const files = unzipSync(await bytes(bundle));
  expect(Object.keys(files).sort()).toEqual(
    [
      `CR-40-713_review_${family.heldOn}.pdf`,
      `CR-40-713_statement_${family.sentOn}.pdf`,
      `CR-40-713_midway_${family.betweenOn}.pdf`,
      `CR-40-713_escalation_${family.betweenOn}.pdf`,
      `CR-40-713_contacts_${family.betweenOn}.pdf`,
      "manifest.csv",
    ].sort(),
  );
  expect(await textOf(files[`CR-40-713_midway_${family.betweenOn}.pdf`]!)).toContain(
    squash(betweenWords.midwayNote),
  );
  const escalationText = await textOf(files[`CR-40-713_escalation_${family.betweenOn}.pdf`]!);
  expect(escalationText).toContain(squash(betweenWords.whatIsWrong));
  expect(escalationText).toContain(squash(betweenWords.response));
  expect(await textOf(files[`CR-40-713_contacts_${family.betweenOn}.pdf`]!)).toContain(
    squash(betweenWords.contactNote),
  );
  const manifest = strFromU8(files["manifest.csv"]!);
  expect(manifest).toContain(`CR-40-713_statement_${family.sentOn}.pdf,statement,${family.sentOn}`);
  expect(await textOf(files[`CR-40-713_statement_${family.sentOn}.pdf`]!)).toContain(
    squash(changeWords),
  );

  // Every download is in the audit trail.
  const audited = (action: string) =>
    getDb()
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.youngPersonId, family.youngPersonId), eq(auditEvents.action, action)),
      )
      .all().length;
  expect(audited("case_record_downloaded")).toBe(2);
  expect(audited("case_record_bundle_downloaded")).toBe(1);

  // A social worker named as a reader but not allocated to Selam gets nothing: 404.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, family.stranger.username, "sw-pass-5678");
  const refused = await other.request.get(`/records/statements/${family.statementId}/pdf`);
  expect(refused.status()).toBe(404);
  expect((await other.request.get(`/records/reviews/${family.reviewId}/pdf`)).status()).toBe(404);
  expect(
    (await other.request.get(`/records/young-people/${family.youngPersonId}/bundle`)).status(),
  ).toBe(404);
  expect(audited("case_record_downloaded")).toBe(2);
});

test("the allocated social worker, reading in Arabic, downloads the statement for the case record", async ({
  page,
}) => {
  const family = await tigrinyaFamily();
  await signIn(page, family.worker.username, "sw-pass-1234", "ar");
  await page.goto(`/worker/statements/${family.statementId}?lng=ar`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expectAccessible(page);
  const link = page.getByRole("link", { name: t("ar", "records:download") });
  await expect(link).toBeVisible();
  const pdf = await download(page, () => link.click());
  expect(pdf.suggestedFilename()).toBe(`CR-40-713_statement_${family.sentOn}.pdf`);
  // The case record stays English whatever the reader's language; the child's words stay theirs.
  const text = await textOf(await bytes(pdf));
  expect(text).toContain(squash(t("en", "records:document.kind.statement")));
  expect(text).toContain(squash(changeWords));
});
