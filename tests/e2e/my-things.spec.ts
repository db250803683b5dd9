import type { Download } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { unzipSync, strFromU8 } from "fflate";
import { readFileSync } from "node:fs";
import { getDb } from "#db/db.server";
import { auditEvents } from "#db/schema";
import { addDays, todayInEngland } from "~/dates/calendar";
import { buildReview, buildUser } from "../fixtures/builders";
import { betweenWords, buildBetweenReviews } from "../fixtures/between-reviews";
import { buildFamily } from "../fixtures/family";
import { buildIssuedLetter, buildSentStatement, readStatement, reply } from "../fixtures/my-things";
import { signInChild } from "./consultation-helpers";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, t } from "./helpers";
import { pdfText } from "./pdf-text";

/*
 * The child's rights (issue 17): a Tigrinya-speaking child downloads "My things" from /me and
 * finds their own words in the PDF; an administrator's subject access copy for the same child
 * holds the audit of who opened their records, the child's own download among them.
 */

const words = "ኣብ ኩዕሶ እግሪ ጋንታ ኣትየ ኣለኹ";

/** PDF text wraps lines without a space where they break: compare without whitespace. */
const squash = (text: string) => text.replace(/\s+/g, "");

async function unzipped(download: Download) {
  return unzipSync(new Uint8Array(readFileSync((await download.path())!)));
}

test("a Tigrinya-speaking child downloads their things; the administrator's copy has the audit", async ({
  page,
  browser,
}) => {
  const family = await buildFamily({ lng: "ti", age: 12, givenName: "Selam" });
  const { organisationId, youngPersonId, child, iro } = family;
  const sent = buildSentStatement(organisationId, youngPersonId, child.id, {
    language: "ti",
    text: words,
  });
  readStatement(sent, iro.id);
  reply(sent, iro.id, "Well done, Selam!");
  const reviewId = buildReview(organisationId, youngPersonId, addDays(todayInEngland(), -8), {
    status: "held",
    heldOn: addDays(todayInEngland(), -10),
  });
  buildIssuedLetter(organisationId, youngPersonId, reviewId, iro.id, {
    language: "ti",
    next: "You will see your brother every week.",
    nextTranslated: "ንሓውካ ኩሉ ሰሙን ክትርእዮ ኢኻ።",
    decided: betweenWords.decisions,
  });
  // Between reviews (issue 18): the first decision is done; staff keep notes, a contact, an escalation.
  const manager = await buildUser(organisationId, {
    role: "team_manager",
    displayName: "Tia Manager",
  });
  buildBetweenReviews({
    organisationId,
    youngPersonId,
    reviewId,
    iroId: iro.id,
    ownerId: family.worker.id,
    managerId: manager.id,
    on: addDays(todayInEngland(), -5),
  });

  await signInChild(page, child.username, "ti");
  await expectAccessible(page);
  await page.getByRole("link", { name: t("ti", "mythings:tile") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("ti", "mythings:title"));
  await expect(page.getByText(t("ti", "mythings:inside"))).toBeVisible();
  await expectAccessible(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: t("ti", "mythings:download") }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^my-things-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = await unzipped(download);
  expect(Object.keys(files).sort()).toEqual([
    "my-things-en.pdf",
    "my-things-ti.pdf",
    "my-things.json",
  ]);
  const tigrinya = await pdfText(files["my-things-ti.pdf"]!);
  expect(tigrinya).toContain(words);
  expect(tigrinya).toContain(t("ti", "mythings:pdf.sent"));
  expect(tigrinya).toContain("ንሓውካ ኩሉ ሰሙን ክትርእዮ ኢኻ።");
  expect(tigrinya).toContain("Well done, Selam!");
  const english = await pdfText(files["my-things-en.pdf"]!);
  // Her own words stay as she wrote them; the rest is in English.
  expect(english).toContain(words);
  expect(english).toContain("Ines Reviewer read it on");
  expect(english).toContain("You will see your brother every week.");
  // Each decision, and whether it was done: the words of Letters to me, nothing staff keep.
  expect(squash(english)).toContain(
    squash(`${betweenWords.decisions[0]} ${t("en", "letters:actions.done")}`),
  );
  const json = JSON.parse(strFromU8(files["my-things.json"]!));
  expect(json.letters[0].decisions[0]).toMatchObject({
    decision: betweenWords.decisions[0],
    state: "done",
  });
  for (const staffWords of [
    betweenWords.contactNote,
    betweenWords.actionNote,
    betweenWords.whatIsWrong,
  ]) {
    expect(squash(english)).not.toContain(squash(staffWords));
    expect(strFromU8(files["my-things.json"]!)).not.toContain(staffWords);
  }
  expect(json.format).toBe("own-voice/my-things");
  expect(json.statements[0].answers).toContainEqual(
    expect.objectContaining({ questionId: "tellMore", words }),
  );
  // The page is still there: the download did not navigate away.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("ti", "mythings:title"));

  // Subject access: an administrator of the council downloads the same for Selam.
  const admin = await buildUser(organisationId, { role: "admin", password: "admin-pass-123" });
  const context = await browser.newContext();
  const adminPage = await context.newPage();
  await signIn(adminPage, admin.username, "admin-pass-123");
  await adminPage.goto(`/admin/young-people/${youngPersonId}`);
  await expect(
    adminPage.getByRole("heading", { name: t("en", "mythings:staff.title") }),
  ).toBeVisible();
  // The page says the copy holds the staff records, to be checked for exemptions first.
  await expect(
    adminPage.getByText(t("en", "records:subjectAccess.hint", { name: "Selam Example" })),
  ).toBeVisible();
  await expectAccessible(adminPage);
  const adminDownloading = adminPage.waitForEvent("download");
  await adminPage.getByRole("button", { name: t("en", "mythings:staff.download") }).click();
  const copy = await unzipped(await adminDownloading);
  expect(Object.keys(copy)).toEqual(
    expect.arrayContaining(["my-things-ti.pdf", "my-things-en.pdf", "audit.csv", "audit.json"]),
  );
  expect(await pdfText(copy["my-things-ti.pdf"]!)).toContain(words);
  // Subject access covers what staff keep about her too, apart, with the notice to check it.
  const copyEnglish = squash(await pdfText(copy["my-things-en.pdf"]!));
  expect(copyEnglish).toContain(squash(t("en", "records:subjectAccess.title")));
  expect(copyEnglish).toContain(squash(t("en", "records:subjectAccess.notice")));
  expect(copyEnglish).toContain(squash(betweenWords.contactNote));
  expect(copyEnglish).toContain(squash(betweenWords.whatIsWrong));
  const copyJson = JSON.parse(strFromU8(copy["my-things.json"]!));
  expect(copyJson.staffRecords.contacts[0].note).toBe(betweenWords.contactNote);
  expect(copyJson.staffRecords.escalations[0].steps).toHaveLength(2);
  const audit = JSON.parse(strFromU8(copy["audit.json"]!)) as { action: string; by: string }[];
  expect(audit).toContainEqual(
    expect.objectContaining({ action: "my_things_downloaded", by: "Selam" }),
  );
  expect(strFromU8(copy["audit.csv"]!)).toContain("Downloaded their own things (My things)");
  // And the administrator's download is itself in the audit trail.
  const recorded = getDb()
    .select({ actor: auditEvents.actorUserId })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.youngPersonId, youngPersonId),
        eq(auditEvents.action, "subject_access_downloaded"),
      ),
    )
    .all();
  expect(recorded).toEqual([{ actor: admin.id }]);
  await context.close();
});

test("without JavaScript, the button still gives the child their zip", async ({ browser }) => {
  const family = await buildFamily({ lng: "ar", age: 14, givenName: "Layla" });
  buildSentStatement(family.organisationId, family.youngPersonId, family.child.id, {
    language: "ar",
    text: "انضممت إلى فريق كرة القدم",
  });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInChild(page, family.child.username, "ar");
  await page.goto("/me/my-things");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: t("ar", "mythings:download") }).click();
  const files = await unzipped(await downloading);
  // PDF text of Arabic comes out in shaped presentation forms; her words are checked in the JSON.
  expect(await pdfText(files["my-things-ar.pdf"]!)).toContain("Layla Example");
  expect(await pdfText(files["my-things-en.pdf"]!)).toContain("What I sent");
  expect(strFromU8(files["my-things.json"]!)).toContain("انضممت إلى فريق كرة القدم");
  await context.close();
});
