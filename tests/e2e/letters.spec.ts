import type { Browser, Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { letters, letterVersions } from "#db/schema";
import { toneWav } from "../fixtures/audio";
import { buildUser } from "../fixtures/builders";
import { buildHeldReviewFamily, childPictures } from "../fixtures/family";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, signInWithPictures, submitAndWait, t } from "./helpers";
import { pdfText } from "./pdf-text";

async function newPage(browser: Browser, options = {}) {
  return (await browser.newContext(options)).newPage();
}

/** The IRO writes the letter: what happens next (with jargon, flagged), and one decision. */
async function writeLetter(page: Page, lng: string, reviewId: string, name: string) {
  await page.goto(`/iro/reviews/${reviewId}`);
  await page.getByRole("link", { name: t(lng, "letters:iro.open", { name }) }).click();
  await expect(page).toHaveURL(new RegExp(`/iro/reviews/${reviewId}/letter$`));
  await expectAccessible(page);
  const next = page.getByLabel(t(lng, "letters:sections.next"));
  await next.fill("Your contact with your brother will be every week.");
  // The plain-words checker advises as the IRO types (JavaScript on).
  const advice = page.locator(".plain-words").filter({ hasText: "contact" });
  await expect(advice.getByText(/family time/)).toBeVisible();
  await next.fill("You will see your brother every week.");
  await expect(advice).toHaveCount(0);
  await page.getByLabel(t(lng, "letters:iro.decisionText", { n: 1 })).fill("You stay with Cara.");
  await page.getByLabel(t(lng, "letters:iro.decisionWho")).first().fill("Sol");
  await page.getByLabel(t(lng, "letters:iro.decisionBy")).first().fill("2027-01-15");
  await submitAndWait(page, t(lng, "letters:iro.save"));
  await expect(page.getByRole("status")).toContainText(t(lng, "letters:iro.saved"));
  await expect(page.getByLabel(t(lng, "letters:sections.next"))).toHaveValue(
    "You will see your brother every week.",
  );
  await expectAccessible(page);
}

test("an IRO writes to a Tigrinya-speaking 15-year-old; translated, issued, read, answered, corrected", async ({
  browser,
  page,
}) => {
  test.setTimeout(300_000);
  const family = await buildHeldReviewFamily("ti", "Selam");
  const lng = "en";
  await signIn(page, family.iro.username, "iro-pass-123", lng);
  await writeLetter(page, lng, family.reviewId, "Selam Example");
  await expect(
    page.getByText(t(lng, "letters:iro.translationNeeded", { language: "Tigrinya" })),
  ).toBeVisible();
  // Not yet: it needs its Tigrinya first.
  await submitAndWait(page, t(lng, "letters:iro.issue"));
  await expect(
    page.getByText(t(lng, "letters:errors.notTranslated", { language: "Tigrinya" })).first(),
  ).toBeVisible();
  await expectAccessible(page);

  // The translator writes the Tigrinya beside the English.
  const translator = await newPage(browser);
  await signIn(translator, family.translator.username, "translator-pass-1");
  await translator.goto("/translate");
  await expectAccessible(translator);
  // The list names the language and the date, never the child.
  const waiting = translator.getByRole("link", { name: /Tigrinya/ });
  await expect(waiting).toHaveCount(1);
  await expect(waiting).not.toContainText("Selam");
  await waiting.click();
  await expectAccessible(translator);
  await expect(translator.getByRole("heading", { level: 1 })).not.toContainText("Selam");
  const translateUrl = translator.url();
  const boxes = translator.getByRole("textbox", { name: "Tigrinya" });
  const count = await boxes.count();
  expect(count).toBeGreaterThanOrEqual(4);
  for (let i = 0; i < count; i++) await boxes.nth(i).fill(`ትርጉም ${i + 1}: ሰላም ሰላም`);
  await translator
    .locator(".translate-part")
    .filter({ hasText: "You will see your brother every week." })
    .getByRole("textbox")
    .fill("ንሓውካ ኩሉ ሰሙን ክትርእዮ ኢኻ።");
  // Saved, each translated part can be read aloud by the translator, for a child who reads poorly.
  await Promise.all([
    translator.waitForURL(/saved=save/),
    translator
      .getByRole("button", { name: t("en", "letters:translate.save"), exact: true })
      .click(),
  ]);
  await expectAccessible(translator);
  const recorder = translator
    .locator("form.studio-item")
    .filter({ hasText: "ንሓውካ ኩሉ ሰሙን ክትርእዮ ኢኻ።" });
  await recorder.locator('input[type="file"]').setInputFiles({
    name: "part.wav",
    mimeType: "audio/wav",
    buffer: toneWav(2),
  });
  await recorder.getByRole("button", { name: t("en", "staff:studio.save") }).click();
  await expect(translator.getByText(t("en", "staff:studio.saved"))).toBeVisible();
  await expectAccessible(translator);
  await submitAndWait(translator, t("en", "letters:translate.done"));
  await expect(translator.getByRole("status")).toContainText(t("en", "letters:translate.saved"));
  // Done, it no longer waits for the translator: gone from the list, and no longer theirs to open.
  await expect(translator).toHaveURL(/\/translate\?translated=1$/);
  await expect(translator.getByRole("link", { name: /Tigrinya/ })).toHaveCount(0);
  await expect(translator.getByText(t("en", "letters:translate.none"))).toBeVisible();
  await expectAccessible(translator);
  expect((await translator.goto(translateUrl))?.status()).toBe(404);

  // The IRO sees both side by side, and issues it.
  await page.reload();
  await expect(page.getByText("ንሓውካ ኩሉ ሰሙን ክትርእዮ ኢኻ።")).toBeVisible();
  await submitAndWait(page, t(lng, "letters:iro.issue"));
  await expect(page.getByRole("status")).toContainText(t(lng, "letters:iro.issued"));
  await expect(page.getByText(t(lng, "letters:iro.notRead"))).toBeVisible();
  await expectAccessible(page);

  // Selam reads it in Tigrinya, and in English if she wants.
  const child = await newPage(browser);
  await signInWithPictures(child, family.child.username, childPictures, "ti");
  await child.getByRole("link", { name: new RegExp(t("ti", "letters:me.tile")) }).click();
  await expectAccessible(child);
  await child.getByRole("link", { name: /Ines Reviewer/ }).click();
  await expect(
    child.getByRole("heading", { name: t("ti", "letters:sections.next") }),
  ).toBeVisible();
  await expect(child.getByText("ንሓውካ ኩሉ ሰሙን ክትርእዮ ኢኻ።")).toBeVisible();
  // That part is read in the translator's voice.
  await expect(
    child
      .locator("section.letter__section")
      .filter({ hasText: "ንሓውካ ኩሉ ሰሙን ክትርእዮ ኢኻ።" })
      .locator('.read-aloud[data-voice="recording"]'),
  ).toBeVisible();
  await expect(child.locator("article.letter")).toHaveAttribute("lang", "ti");
  await expectAccessible(child);
  const letterUrl = child.url();
  await child.getByRole("link", { name: t("ti", "letters:me.seeEnglish") }).click();
  await expect(child.getByText("You will see your brother every week.")).toBeVisible();
  await expectAccessible(child);

  // The IRO sees it was read.
  await page.reload();
  await expect(page.getByText(/read by Selam/)).toBeVisible();

  // "I don't agree with something": her words go to the IRO like a statement.
  await child.goto(letterUrl);
  await child.getByRole("link", { name: t("ti", "letters:me.disagree") }).click();
  await expect(child.getByRole("heading", { level: 1 })).toHaveText(
    t("ti", "consultation:letter-reply.what.text"),
  );
  await expectAccessible(child);
  await child
    .getByLabel(t("ti", "consultation:letter-reply.what.text"))
    .fill("ሓወይ ክልተ ግዜ ክርእዮ እደሊ");
  await submitAndWait(child, t("ti", "consultation:ui.next"));
  await submitAndWait(child, t("ti", "consultation:ui.skip"));
  await child.getByRole("link", { name: t("ti", "consultation:ui.continueToShare") }).click();
  await child.getByLabel(t("ti", "consultation:sharing.iro.label")).check();
  await submitAndWait(child, t("ti", "consultation:ui.send"));
  await expect(child.getByRole("heading", { level: 1 })).toHaveText(
    t("ti", "consultation:ui.sentTitle"),
  );
  await page.goto(`/iro/reviews/${family.reviewId}`);
  await expect(
    page.getByRole("link", { name: t(lng, "consultation:templates.letter-reply.title") }),
  ).toBeVisible();

  // The IRO corrects the date of the decision; both versions stay readable.
  await page.goto(`/iro/reviews/${family.reviewId}/letter`);
  await page.getByLabel(t(lng, "letters:iro.decisionBy")).first().fill("2027-01-22");
  await submitAndWait(page, t(lng, "letters:iro.issueCorrection"));
  await expect(page.getByText(t(lng, "letters:errors.reason")).first()).toBeVisible();
  await expect(page.getByLabel(t(lng, "letters:iro.decisionBy")).first()).toHaveValue("2027-01-22");
  await page.getByLabel(t(lng, "letters:iro.reason")).fill("The date for Sol was wrong.");
  await submitAndWait(page, t(lng, "letters:iro.issueCorrection"));
  await expect(page.getByRole("status")).toContainText(t(lng, "letters:iro.issued"));
  await page.getByRole("link", { name: /^Letter 1 issued/ }).click();
  await expectAccessible(page);
  await page.goBack();
  await page.getByRole("link", { name: /^Letter 2 issued/ }).click();
  await expect(page.getByText("The date for Sol was wrong.")).toBeVisible();

  // The PDF of each version, for the case file: the child's Tigrinya is in it, as text.
  const letterId = new URL(letterUrl).pathname.split("/").at(-1)!;
  const pdfOf = async (n: number) => {
    const response = await page.request.get(`/letters/${letterId}/pdf/${n}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    return pdfText(new Uint8Array(await response.body()));
  };
  const first = await pdfOf(1);
  expect(first).toContain("ንሓውካ ኩሉ ሰሙን ክትርእዮ ኢኻ።");
  expect(first).toContain("ጥሪ 15, 2027");
  expect(first).toContain("You will see your brother every week.");
  const second = await pdfOf(2);
  expect(second).toContain("ጥሪ 22, 2027");
  expect(second).toContain("The date for Sol was wrong.");

  await child.goto(letterUrl);
  await expect(child.getByText("The date for Sol was wrong.")).toBeVisible();
  await expectAccessible(child);
  await child.getByRole("link", { name: /1/ }).filter({ hasText: "2026" }).first().click();
  await expect(child.getByText("ንሓውካ ኩሉ ሰሙን ክትርእዮ ኢኻ።")).toBeVisible();

  // Her carer cannot read it: Selam did not agree to share it.
  const carer = await newPage(browser);
  await signIn(carer, family.carer.username, "carer-pass-123");
  const response = await carer.goto(`/carer/letters/${letterId}`);
  expect(response?.status()).toBe(404);
  await expectAccessible(carer);
  expect((await carer.request.get(`/letters/${letterId}/pdf/2`)).status()).toBe(404);

  // Nor can the translator: issued versions are not theirs to read.
  expect((await translator.goto(translateUrl))?.status()).toBe(404);
  expect((await translator.request.get(`/letters/${letterId}/pdf/1`)).status()).toBe(404);
});

test("an IRO working in Arabic writes and issues a letter to an English-speaking child", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  const family = await buildHeldReviewFamily("en", "Jade");
  const lng = "ar";
  await signIn(page, family.iro.username, "iro-pass-123", lng);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await writeLetter(page, lng, family.reviewId, "Jade Example");
  await page.getByLabel(t(lng, "letters:iro.shareWithCarer", { name: "Jade" })).check();
  await submitAndWait(page, t(lng, "letters:iro.issue"));
  await expect(page.getByRole("status")).toContainText(t(lng, "letters:iro.issued"));
  await expectAccessible(page);

  const child = await newPage(browser, { javaScriptEnabled: false });
  await signInWithPictures(child, family.child.username, childPictures, "en");
  await child.goto("/me/letters");
  await child.getByRole("link", { name: /Ines Reviewer/ }).click();
  await expect(child.getByText("You will see your brother every week.")).toBeVisible();
  await expect(child.getByText(/Sol will do this by 15 January 2027/)).toBeVisible();
  await expectAccessible(child);

  // The register lists it; the CSV holds the same row.
  await page.goto("/iro/letters");
  const row = page.getByRole("row").filter({ hasText: "Jade Example" });
  await expect(row).toContainText("English");
  await expectAccessible(page);
  const csv = await (await page.request.get("/iro/letters.csv")).text();
  expect(csv).toContain('"Jade Example","Ines Reviewer"');
  const manager = await newPage(browser);
  await buildUser(family.organisationId, {
    role: "manager",
    username: `manager.${family.reviewId.slice(0, 8)}`,
    password: "manager-pass-1",
  });
  await signIn(manager, `manager.${family.reviewId.slice(0, 8)}`, "manager-pass-1");
  await manager.goto("/manage/letters");
  await expect(manager.getByRole("row").filter({ hasText: "Jade Example" })).toBeVisible();
  await expectAccessible(manager);

  // Jade agreed: her carer can read it.
  const carer = await newPage(browser);
  await signIn(carer, family.carer.username, "carer-pass-123");
  await carer
    .getByRole("link", { name: new RegExp(t("en", "letters:carer.open", { date: "" }).trim()) })
    .click();
  await expect(carer.getByText("You will see your brother every week.")).toBeVisible();
  await expectAccessible(carer);
});

test("typing in the letter only saves it: nothing is issued until the IRO presses Issue", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  const family = await buildHeldReviewFamily("en", "Amani");
  const lng = "en";
  const letterPath = `/iro/reviews/${family.reviewId}/letter`;
  const versions = () => {
    const letter = getDb()
      .select({ id: letters.id })
      .from(letters)
      .where(eq(letters.reviewId, family.reviewId))
      .get();
    if (!letter) return 0;
    return getDb()
      .select({ id: letterVersions.id })
      .from(letterVersions)
      .where(eq(letterVersions.letterId, letter.id))
      .all().length;
  };
  /** The autosave the editor sends once the IRO pauses, and the server's answer to it. */
  const autosaved = () =>
    page.waitForResponse(
      (r) =>
        r.request().method() === "POST" &&
        new URL(r.url()).pathname === letterPath &&
        (r.request().postData() ?? "").includes("autosave"),
    );
  await signIn(page, family.iro.username, "iro-pass-123", lng);
  await page.goto(letterPath);
  await expectAccessible(page);

  // The IRO types and pauses: the words are kept, the letter stays a draft.
  let answer = autosaved();
  await page.getByLabel(t(lng, "letters:sections.next")).fill("You will see your brother.");
  expect((await answer).status()).toBe(200);
  await expect(page.getByText(t(lng, "letters:iro.saved"))).toBeVisible();
  expect(versions()).toBe(0);
  await page.reload();
  await expect(page.getByLabel(t(lng, "letters:sections.next"))).toHaveValue(
    "You will see your brother.",
  );
  await expect(page.getByRole("button", { name: t(lng, "letters:iro.issue") })).toBeVisible();
  await expect(page.getByRole("heading", { name: t(lng, "letters:iro.versions") })).toHaveCount(0);
  await expectAccessible(page);

  // The same post sent by hand only saves too; an intent the page never sends is refused.
  const csrf = await page.locator('input[name="csrf"]').first().inputValue();
  const post = (form: Record<string, string>) =>
    page.request.post(`${letterPath}?index`, {
      form: { csrf, ...form },
      headers: { origin: new URL(page.url()).origin },
      maxRedirects: 0,
    });
  expect(
    (await post({ intent: "autosave", next: "You will see your brother every week." })).status(),
  ).toBe(200);
  expect((await post({ intent: "publish", next: "Something else." })).status()).toBe(400);
  expect((await post({ next: "Something else." })).status()).toBe(400);
  expect(versions()).toBe(0);

  // Amani has no letter and no message about one.
  const child = await newPage(browser);
  await signInWithPictures(child, family.child.username, childPictures, "en");
  await child.goto("/me/letters");
  await expect(child.getByRole("link", { name: /Ines Reviewer/ })).toHaveCount(0);
  await expectAccessible(child);

  // Issued on purpose, then a half-written reason for a correction is only saved, never issued.
  await page.reload();
  await expect(page.getByLabel(t(lng, "letters:sections.next"))).toHaveValue(
    "You will see your brother every week.",
  );
  await submitAndWait(page, t(lng, "letters:iro.issue"));
  await expect(page.getByRole("status")).toContainText(t(lng, "letters:iro.issued"));
  expect(versions()).toBe(1);
  answer = autosaved();
  await page.getByLabel(t(lng, "letters:iro.reason")).fill("The date");
  expect((await answer).status()).toBe(200);
  answer = autosaved();
  await page.getByLabel(t(lng, "letters:sections.next")).fill("You will see your brother often.");
  expect((await answer).status()).toBe(200);
  expect(versions()).toBe(1);
  await page.reload();
  await expect(page.getByRole("link", { name: /^Letter 2 issued/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Letter 1 issued/ })).toBeVisible();
});

test("a letter part that is too long is refused beside it, with everything else kept", async ({
  page,
}) => {
  const family = await buildHeldReviewFamily("en", "Noor");
  const lng = "en";
  await signIn(page, family.iro.username, "iro-pass-123", lng);
  await page.goto(`/iro/reviews/${family.reviewId}/letter`);
  const next = page.getByLabel(t(lng, "letters:sections.next"));
  await next.fill("x".repeat(4001));
  await page.getByLabel(t(lng, "letters:iro.decisionText", { n: 1 })).fill("You stay with Cara.");
  await submitAndWait(page, t(lng, "letters:iro.save"));
  const message = t(lng, "common:tooLong.4000");
  await expect(next).toHaveAccessibleDescription(new RegExp(message));
  await expect(page.getByRole("alert").getByRole("link", { name: message })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${t(lng, "common:error.titlePrefix")}`));
  await expect(next).toHaveValue("x".repeat(4001));
  await expect(page.getByLabel(t(lng, "letters:iro.decisionText", { n: 1 }))).toHaveValue(
    "You stay with Cara.",
  );
  await expectAccessible(page);
});
