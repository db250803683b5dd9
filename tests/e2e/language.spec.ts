import { expect, expectAccessible, test } from "./fixtures";
import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { users } from "#db/schema";
import { buildOrganisation, buildUser } from "../fixtures/builders";
import { signIn, t } from "./helpers";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the language picker switches to Tigrinya, then Arabic; <html lang dir> follows and is remembered", async ({
    page,
  }) => {
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByText(t("en", "common:language.label"), { exact: false }).first().click();
    await page.getByRole("button", { name: "ትግርኛ" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ti");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("ti", "auth:signIn.title"));
    await expectAccessible(page);

    // Remembered: a page without ?lng= is still in Tigrinya.
    await page.goto("/help");
    await expect(page.locator("html")).toHaveAttribute("lang", "ti");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("ti", "common:help.title"));
    await expectAccessible(page);

    await page.getByText(t("ti", "common:language.label"), { exact: false }).first().click();
    await page.getByRole("button", { name: "العربية" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("ar", "common:help.title"));
    await expectAccessible(page);
  });

  test("the browser's language is used when nothing was chosen", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "om-ET" });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "om");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("om", "auth:signIn.title"));
    await expectAccessible(page);
  });

  test("Get help now is a page of its own, with Childline and 999", async ({ page }) => {
    await page.goto("/sign-in?lng=ar");
    await page.getByRole("link", { name: t("ar", "common:help.button") }).click();
    await expect(page).toHaveURL(/\/help/);
    await expect(page.getByRole("link", { name: "0800 1111" })).toHaveAttribute(
      "href",
      "tel:08001111",
    );
    await expect(page.getByRole("link", { name: "999" })).toHaveAttribute("href", "tel:999");
    await expect(page.getByText("Childline")).toBeVisible();
    await expectAccessible(page);
  });

  test("a page that does not exist answers 404 with a friendly page in the chosen language", async ({
    page,
  }) => {
    const response = await page.goto("/no/such/page?lng=ti");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      t("ti", "common:errorPage.notFoundTitle"),
    );
    await expect(page.locator("body")).not.toContainText("Error:");
    await expectAccessible(page);
  });
});

test.describe("choosing a language", () => {
  test.use({ javaScriptEnabled: false });

  test("a ?lng= link changes the page, but only the picker saves a signed-in person's preference", async ({
    page,
  }) => {
    const organisationId = buildOrganisation();
    const worker = await buildUser(organisationId, {
      role: "social_worker",
      password: "worker-pass-123",
      preferredLanguage: "en",
    });
    const preference = () =>
      getDb().select().from(users).where(eq(users.id, worker.id)).get()!.preferredLanguage;
    await signIn(page, worker.username, "worker-pass-123");

    // A link anyone could send: this page is in Arabic, the saved preference is untouched.
    await page.goto("/help?lng=ar");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("ar", "common:help.title"));
    await expectAccessible(page);
    expect(preference()).toBe("en");

    // The picker posts the choice: saved, and back on the same page.
    await page.getByText(t("ar", "common:language.label"), { exact: false }).first().click();
    await page.getByRole("button", { name: "ትግርኛ" }).click();
    await expect(page).toHaveURL(/\/help$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ti");
    await expectAccessible(page);
    expect(preference()).toBe("ti");
  });

  test("the picker on a page reached by //host/... stays on this site", async ({
    page,
    baseURL,
  }) => {
    const response = await page.goto(`${baseURL}//evil.example/help`);
    expect(response?.status()).toBe(404);
    await page.getByText(t("en", "common:language.label"), { exact: false }).first().click();
    await page.getByRole("button", { name: "العربية" }).click();
    expect(new URL(page.url()).origin).toBe(baseURL);
    expect(new URL(page.url()).pathname).toBe("/evil.example/help");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  });
});

test.describe("with JavaScript", () => {
  test("Get help now opens a dialog over the page, and Escape closes it", async ({ page }) => {
    await page.goto("/sign-in?lng=ti");
    await page.getByRole("link", { name: t("ti", "common:help.button") }).click();
    const dialog = page.getByRole("dialog", { name: t("ti", "common:help.title") });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("link", { name: "0800 1111" })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
    await expectAccessible(page);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
  });

  test("Exit quickly leaves for a neutral site and replaces this page in the history", async ({
    page,
  }) => {
    await page.route("https://www.bbc.co.uk/**", (route) =>
      route.fulfill({
        status: 200,
        contentType: "text/html",
        body: "<title>Weather</title><p>Weather</p>",
      }),
    );
    await page.goto("/help");
    await page.goto("/sign-in");
    await page.getByRole("link", { name: t("en", "common:exit.button") }).click();
    await expect(page).toHaveURL(/bbc\.co\.uk\/weather/);
    await page.goBack();
    // Back skips the page the child was on (it was replaced), landing on the one before.
    await expect(page).toHaveURL(/\/help$/);
  });
});
