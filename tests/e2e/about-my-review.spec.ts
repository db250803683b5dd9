import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { letters, organisations } from "#db/schema";
import { saveLetter } from "~/letters/drafts.server";
import { issueLetter } from "~/letters/issue.server";
import { signedInAs } from "../fixtures/builders";
import { buildFamily, buildHeldReviewFamily, childPictures } from "../fixtures/family";
import { expect, expectAccessible, test } from "./fixtures";
import { signInWithPictures, t } from "./helpers";

/*
 * "What is my review?": short pages for children, open to everyone. A signed-in child sees their own
 * council's advocacy service; a child who is not signed in sees the national helpline.
 */

type PartId = "review" | "iro" | "advocate" | "rights" | "complain";

/** The part's heading, picture and read aloud, checked with axe. */
async function expectPart(page: Page, lng: string, part: PartId) {
  await expect(page).toHaveURL(new RegExp(`/about-my-review/${part}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    t(lng, `about:parts.${part}.title`),
  );
  await expect(
    page.getByText(t(lng, `about:parts.${part}.${part === "rights" ? "r1" : "p1"}`)),
  ).toBeVisible();
  await expect(page.locator(".question-picture img")).toHaveAttribute(
    "src",
    /\/icons\/[\w-]+\.svg$/,
  );
  await expect(page.locator(".read-aloud")).toBeVisible();
  await expectAccessible(page);
}

/** Follows "Next" from the part shown to the next one. */
async function next(page: Page, lng: string, to: PartId) {
  await page
    .getByRole("link", { name: t(lng, "about:next", { title: t(lng, `about:parts.${to}.title`) }) })
    .click();
  await expectPart(page, lng, to);
}

test("a Tigrinya-speaking child opens it from their page and finds their council's advocacy number", async ({
  page,
}) => {
  const family = await buildFamily({ lng: "ti", age: 13, givenName: "Selam" });
  getDb()
    .update(organisations)
    .set({
      advocacyServiceName: "Kestrelford Young People's Advocacy",
      advocacyServicePhone: "0808 157 0123",
    })
    .where(eq(organisations.id, family.organisationId))
    .run();
  const lng = "ti";
  await signInWithPictures(page, family.child.username, childPictures, lng);
  await expect(page).toHaveURL(/\/me$/);
  await expectAccessible(page);
  await page.getByRole("link", { name: t(lng, "about:title") }).click();
  await expect(page).toHaveURL(/\/about-my-review$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(lng, "about:title"));
  await expectAccessible(page);

  await page.getByRole("link", { name: t(lng, "about:parts.review.title") }).click();
  await expectPart(page, lng, "review");
  await next(page, lng, "iro");
  await next(page, lng, "advocate");
  await expect(page.getByText(t(lng, "about:parts.advocate.p1"))).toBeVisible();
  const ask = page.getByRole("region", { name: t(lng, "about:parts.advocate.howTitle") });
  await expect(ask.getByText("Kestrelford Young People's Advocacy")).toBeVisible();
  await expect(ask.getByRole("link", { name: "0808 157 0123" })).toHaveAttribute(
    "href",
    "tel:08081570123",
  );
  await expect(ask.getByText(t(lng, "about:parts.advocate.service"))).toBeVisible();
  // Their own council's service, so not the national helpline.
  await expect(page.getByText("Coram Voice")).toHaveCount(0);
  // Back to the part before, by its name.
  await page
    .getByRole("link", {
      name: t(lng, "about:previous", { title: t(lng, "about:parts.iro.title") }),
    })
    .click();
  await expectPart(page, lng, "iro");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a child who is not signed in reads every part in Arabic, right to left", async ({
    page,
  }) => {
    const lng = "ar";
    await page.goto(`/about-my-review?lng=${lng}`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(lng, "about:title"));
    await expectAccessible(page);
    await page.getByRole("link", { name: t(lng, "about:parts.review.title") }).click();
    await expectPart(page, lng, "review");
    await next(page, lng, "iro");
    await next(page, lng, "advocate");
    // No council is known: the national advocacy helpline, and "ask your IRO".
    await expect(page.getByText("Coram Voice")).toBeVisible();
    await expect(page.getByRole("link", { name: "0808 800 5792" })).toHaveAttribute(
      "href",
      "tel:08088005792",
    );
    await expect(page.getByText(t(lng, "about:parts.advocate.ask"))).toBeVisible();
    await next(page, lng, "rights");
    for (const right of ["r1", "r2", "r3", "r4", "r5"])
      await expect(
        page.getByRole("listitem").filter({ hasText: t(lng, `about:parts.rights.${right}`) }),
      ).toBeVisible();
    await next(page, lng, "complain");
    await expect(page.getByText("Childline", { exact: true })).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "0800 1111" })).toHaveAttribute(
      "href",
      "tel:08001111",
    );
    // The last part leads back to all of them.
    await page
      .getByRole("link", { name: t(lng, "about:allParts") })
      .last()
      .click();
    await expect(page).toHaveURL(/\/about-my-review$/);
    await expectAccessible(page);
  });
});

test("every letter a child reads links to it", async ({ page }) => {
  const family = await buildHeldReviewFamily("en", "Kofi");
  const iro = signedInAs(family.iro);
  saveLetter(iro.request, iro.user, family.reviewId, {
    about: "You came to your review.",
    next: "Your social worker will ring your school.",
  });
  expect(
    issueLetter(iro.request, iro.user, family.reviewId, { reason: "", shareWithCarer: false }),
  ).toMatchObject({ ok: true });
  const letter = getDb().select().from(letters).where(eq(letters.reviewId, family.reviewId)).get()!;

  const lng = "en";
  await signInWithPictures(page, family.child.username, childPictures, lng);
  await page.goto(`/me/letters/${letter.id}`);
  await expect(page.getByText("Your social worker will ring your school.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: t(lng, "about:fromLetter") }).click();
  await expect(page).toHaveURL(/\/about-my-review$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(lng, "about:title"));
  await expectAccessible(page);
});
