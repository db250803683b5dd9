import { and, eq } from "drizzle-orm";
import type { Page } from "@playwright/test";
import { getDb } from "#db/db.server";
import { audioRecordings } from "#db/schema";
import { buildFamily } from "../fixtures/family";
import { buildUser } from "../fixtures/builders";
import { toneWav } from "../fixtures/audio";
import { signInChild } from "./consultation-helpers";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, submitAndWait, t } from "./helpers";

/*
 * Read aloud (issue 15): a person's recording first, then the computer voice (and it says so),
 * then the browser's voice, then "no audio yet". Headless Chromium has no voices of its own, so
 * what a child hears here comes from the server, or nothing.
 */

const question = (lng: string) => t(lng, "consultation:getting-ready.home.teen");

/** The child opens "Get ready for my review" and is on its first question. */
async function openFirstQuestion(page: Page, lng: string) {
  await page
    .getByRole("link", { name: new RegExp(t(lng, "consultation:templates.getting-ready.title")) })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(question(lng));
  await expectAccessible(page);
}

/** The studio's "Show" (a GET form): waits for the page it asked for. */
async function show(page: Page, check: (url: URL) => boolean) {
  await Promise.all([
    page.waitForURL(check),
    page.getByRole("button", { name: t("en", "staff:studio.show") }).click(),
  ]);
  await page.waitForLoadState("load");
}

/** The studio's item showing exactly these words (found with the studio's search). */
async function studioItem(page: Page, words: string) {
  await page.getByLabel(t("en", "staff:studio.find")).fill(words);
  await show(page, (url) => url.searchParams.get("q") === words);
  await expectAccessible(page);
  return page
    .getByRole("listitem")
    .filter({ has: page.getByText(words, { exact: true }) })
    .first();
}

async function expectClip(page: Page, href: string | null, source: "recording" | "computer") {
  expect(href).toBeTruthy();
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["x-audio-source"]).toBe(source);
  expect(response.headers()["content-type"]).toBe("audio/ogg");
  expect((await response.body()).length).toBeGreaterThan(500);
}

test("a translator records three Tigrinya clips; Selam hears the recording on her question, until its words change", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const family = await buildFamily({ lng: "ti", age: 15, givenName: "Selam" });
  const child = await (await browser.newContext()).newPage();
  await signInChild(child, family.child.username, "ti");
  await openFirstQuestion(child, "ti");
  // Nobody has recorded it, Tigrinya has no computer voice, and the browser has none: honestly.
  await expect(child.locator('.read-aloud[data-voice="none"]')).toHaveText(
    t("ti", "common:audio.noAudio"),
  );

  await signIn(page, "translator.hanna", "ownvoice-demo");
  await page.goto("/translate");
  await page.getByRole("link", { name: t("en", "home:translate.studio") }).click();
  await page.getByRole("combobox", { name: t("en", "staff:studio.language") }).selectOption("ti");
  await show(page, (url) => url.searchParams.get("language") === "ti");
  await expectAccessible(page);
  await expect(page.getByTestId("studio-coverage")).toHaveText(/^Tigrinya: 0 of \d+ recorded$/);

  // 1. The question, recorded in the browser (the test browser's microphone plays a tone).
  const first = await studioItem(page, question("ti"));
  await first
    .getByRole("button", { name: t("en", "consultation:ui.voiceRecord"), exact: true })
    .click();
  await expect(first.getByText(t("en", "consultation:ui.voiceRecording"))).toBeVisible();
  await page.waitForTimeout(1500);
  await first
    .getByRole("button", { name: t("en", "consultation:ui.voiceStop"), exact: true })
    .click();
  await expect(first.getByLabel(t("en", "consultation:ui.voicePlayBack"))).toBeVisible();
  await first.getByRole("button", { name: t("en", "staff:studio.save") }).click();
  await expect(page.getByText(t("en", "staff:studio.saved"))).toBeVisible();
  await expectAccessible(page);

  // 2 and 3. Two picture words, from sound files (as without JavaScript).
  for (const code of ["feeling-great", "feeling-good"]) {
    const item = await studioItem(page, t("ti", `consultation:options.${code}`));
    await item.locator('input[type="file"]').setInputFiles({
      name: `${code}.wav`,
      mimeType: "audio/wav",
      buffer: toneWav(1),
    });
    await item.getByRole("button", { name: t("en", "staff:studio.save") }).click();
    await expect(page.getByText(t("en", "staff:studio.saved"))).toBeVisible();
  }
  // Something that is not sound is refused beside the item, in the translator's language.
  const refused = await studioItem(page, t("ti", "consultation:options.feeling-okay"));
  await refused.locator('input[type="file"]').setInputFiles({
    name: "letter.wav",
    mimeType: "audio/wav",
    buffer: Buffer.from("%PDF-1.7 this is a document"),
  });
  await refused.getByRole("button", { name: t("en", "staff:studio.save") }).click();
  await expect(page.getByText(t("en", "staff:studio.notAudio"))).toBeVisible();
  await expectAccessible(page);
  await page.goto("/translate/studio?language=ti");
  await expect(page.getByTestId("studio-coverage")).toHaveText(/^Tigrinya: 3 of \d+ recorded$/);

  // Selam now hears the recording: the question and the two pictures offer recorded clips.
  await child.reload();
  const readAloud = child.locator('.read-aloud[data-voice="recording"]').first();
  await expect(readAloud).toHaveText(t("ti", "common:audio.readAloud"));
  await expect(child.getByText(t("ti", "common:audio.noAudio"))).toHaveCount(0);
  await expectClip(child, await readAloud.getAttribute("href"), "recording");
  for (const code of ["feeling-great", "feeling-good"]) {
    const word = t("ti", `consultation:options.${code}`);
    // The speaker in the picture's corner is named "Listen" and described by the picture's word.
    const speaker = child.getByRole("link", {
      name: t("ti", "common:audio.listen"),
      description: word,
      exact: true,
    });
    await expect(speaker).toHaveAttribute("data-voice", "recording");
    await expect(speaker).toHaveAccessibleDescription(word);
  }
  await expectAccessible(child);

  // The English of the question changes (as after a new release): its recording is out of date,
  // no child hears it, and the studio asks for it again.
  getDb()
    .update(audioRecordings)
    .set({ englishHash: "0123456789ab" })
    .where(
      and(
        eq(audioRecordings.language, "ti"),
        eq(audioRecordings.stringKey, "consultation:getting-ready.home.teen"),
      ),
    )
    .run();
  await child.reload();
  await expect(child.locator('.read-aloud[data-voice="none"]')).toBeVisible();
  await page.goto("/translate/studio?language=ti");
  const stale = await studioItem(page, question("ti"));
  await expect(stale.getByText(t("en", "staff:studio.outOfDate"))).toBeVisible();
  await expect(page.getByTestId("studio-coverage")).toHaveText(/^Tigrinya: 2 of \d+ recorded$/);
});

test("an Oromo question plays the computer voice and says so; the council can switch it off", async ({
  page,
  browser,
}) => {
  const family = await buildFamily({ lng: "om", age: 15, givenName: "Lensa" });
  await signInChild(page, family.child.username, "om");
  await openFirstQuestion(page, "om");
  const readAloud = page.locator('.read-aloud[data-voice="computer"]').first();
  await expect(readAloud).toContainText(t("om", "common:audio.readAloud"));
  await expect(readAloud).toContainText(`(${t("om", "common:audio.computerVoice")})`);
  await expectClip(page, await readAloud.getAttribute("href"), "computer");

  // The council's administrator switches the Oromo computer voice off.
  await buildUser(family.organisationId, {
    role: "admin",
    username: `admin.${family.child.username}`,
    password: "admin-pass-123",
  });
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, `admin.${family.child.username}`, "admin-pass-123");
  await admin.goto("/admin/settings");
  const oromo = admin.getByLabel(
    t("en", "settings:computerVoice.label", { language: "Afaan Oromoo" }),
  );
  await expect(oromo).toBeChecked();
  await oromo.uncheck();
  await submitAndWait(admin, t("en", "settings:save"));
  await expect(admin.getByText(t("en", "settings:saved"))).toBeVisible();
  await expectAccessible(admin);

  await page.reload();
  await expect(page.locator('.read-aloud[data-voice="none"]')).toHaveText(
    t("om", "common:audio.noAudio"),
  );
  await expectAccessible(page);
});

test("a Somali question, with no recording and no computer voice, says there is no audio yet", async ({
  page,
}) => {
  const family = await buildFamily({ lng: "so", age: 15, givenName: "Hodan" });
  await signInChild(page, family.child.username, "so");
  await openFirstQuestion(page, "so");
  await expect(page.locator('.read-aloud[data-voice="none"]')).toHaveText(
    t("so", "common:audio.noAudio"),
  );
  // The pictures show no speaker at all rather than ten "no audio" notes.
  await expect(page.locator(".read-aloud--icon")).toHaveCount(0);
});

test("where the browser has a voice for the language, it reads what the server cannot", async ({
  page,
}) => {
  // A Somali voice in the browser: headless Chromium has none, so the test brings one and records what is read.
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { __spoken: string[] }).__spoken = spoken;
    const voice = {
      name: "Test voice",
      lang: "so-SO",
      default: true,
      localService: true,
      voiceURI: "test",
    };
    class Utterance {
      text: string;
      voice: unknown = null;
      lang = "";
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance });
    Object.defineProperty(window, "speechSynthesis", {
      value: {
        getVoices: () => [voice],
        speak: (u: Utterance) => spoken.push(u.text),
        cancel: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
      },
    });
  });
  const family = await buildFamily({ lng: "so", age: 15, givenName: "Ayaan" });
  await signInChild(page, family.child.username, "so");
  await openFirstQuestion(page, "so");
  const readAloud = page.locator('.read-aloud:not(.read-aloud--icon)[data-voice="browser"]');
  await expect(readAloud).toHaveText(t("so", "common:audio.readAloud"));
  await readAloud.click();
  expect(await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)).toEqual(
    [question("so")],
  );
  await expectAccessible(page);
});
