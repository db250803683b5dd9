import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { demoPassword } from "#db/seed/demo";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, signOut, submitAndWait, t } from "./helpers";

// These tests change the demo council's settings: a server of their own, so no other test sees them.
test.use({ serverOfItsOwn: "admin settings" });

type Tree = { [key: string]: string | Tree };

/** Words of the settings pages, from the same locale files the app uses. */
function st(lng: string, key: string, values: Record<string, string | number> = {}): string {
  const tree = JSON.parse(
    readFileSync(path.resolve("locales", lng, "settings.json"), "utf8"),
  ) as Tree;
  const found = key
    .split(".")
    .reduce<string | Tree | undefined>(
      (node, part) => (node && typeof node === "object" ? node[part] : undefined),
      tree,
    );
  if (typeof found !== "string") throw new Error(`No string ${lng}/settings:${key}`);
  return found.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ""));
}

async function openSettings(page: Page, lng = "en") {
  await page.goto(`/admin/settings?lng=${lng}`);
  await expect(page.getByRole("heading", { level: 1, name: st(lng, "title") })).toBeVisible();
  await expectAccessible(page);
}

/** The message shown beside a field: the text of the element its aria-describedby names. */
async function messageBeside(page: Page, label: string) {
  const field = page.getByLabel(label, { exact: true });
  const ids = ((await field.getAttribute("aria-describedby")) ?? "").split(" ");
  const error = ids.find((id) => id.endsWith("-error"));
  if (!error) return "";
  return (await page.locator(`[id="${error}"]`).textContent()) ?? "";
}

test("the admin changes the IRO service number and turns a form off; a young person sees both", async ({
  page,
}) => {
  await signIn(page, "admin.chris", demoPassword);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "Organisation settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: st("en", "title") })).toBeVisible();
  await expectAccessible(page);

  // A wrong number first, with other changes: the number is refused, the rest is kept.
  const phone = st("en", "contact.iroServicePhone");
  const advocacy = st("en", "contact.advocacyServiceName");
  const reply = st("en", "standards.replyWithinDays");
  await page.getByLabel(phone, { exact: true }).fill("ring the office");
  await page.getByLabel(advocacy, { exact: true }).fill("Kestrelford Young People's Advocacy");
  await page.getByLabel(reply, { exact: true }).fill("4");
  await page
    .getByRole("checkbox", { name: t("en", "consultation:templates.good-news.title") })
    .uncheck();
  await submitAndWait(page, st("en", "save"));

  await expect(page).toHaveTitle(new RegExp(`^${t("en", "common:error.titlePrefix")}`));
  const summary = page.getByRole("alert");
  await expect(summary).toContainText(st("en", "errors.iroServicePhone"));
  expect(await messageBeside(page, phone)).toContain(st("en", "errors.iroServicePhone"));
  await expect(page.getByLabel(phone, { exact: true })).toHaveValue("ring the office");
  await expect(page.getByLabel(advocacy, { exact: true })).toHaveValue(
    "Kestrelford Young People's Advocacy",
  );
  await expect(page.getByLabel(reply, { exact: true })).toHaveValue("4");
  await expect(
    page.getByRole("checkbox", { name: t("en", "consultation:templates.good-news.title") }),
  ).not.toBeChecked();
  await expect(
    page.getByRole("checkbox", { name: t("en", "consultation:templates.change.title") }),
  ).toBeChecked();
  await expectAccessible(page);

  // The error summary's link takes the admin to the field.
  await summary.getByRole("link", { name: st("en", "errors.iroServicePhone") }).click();
  await expect(page.getByLabel(phone, { exact: true })).toBeFocused();
  await page.getByLabel(phone, { exact: true }).fill("01632 960 444");
  await submitAndWait(page, st("en", "save"));
  await expect(page.getByRole("status")).toContainText(st("en", "saved"));
  await expect(page.getByLabel(phone, { exact: true })).toHaveValue("01632 960 444");
  await expect(page.getByLabel(reply, { exact: true })).toHaveValue("4");
  await expectAccessible(page);

  // The help page gives the council's new number to its own people.
  await page.goto("/help");
  await expect(page.getByRole("link", { name: "01632 960 444" })).toHaveAttribute(
    "href",
    "tel:01632960444",
  );
  await expect(page.getByText("Kestrelford Young People's Advocacy")).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // Nobody signed in: nothing of any council on the help page.
  await page.goto("/help");
  await expect(page.getByRole("link", { name: "0800 1111" })).toBeVisible();
  await expect(page.getByText("01632 960 444")).toHaveCount(0);
  await expectAccessible(page);

  // A young person of the council: "Something good happened" is no longer offered.
  await signIn(page, "jayden", demoPassword);
  await expect(page).toHaveURL(/\/me$/);
  await expect(
    page.getByRole("link", { name: t("en", "consultation:templates.getting-ready.title") }),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: t("en", "consultation:templates.worried.title") }),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: t("en", "consultation:templates.good-news.title") }),
  ).toHaveCount(0);
  await expectAccessible(page);

  // "Get help now" (the safety bar's, at the top of every page) gives the number in its dialog too.
  await page
    .getByRole("link", { name: t("en", "common:help.button") })
    .first()
    .click();
  const dialog = page.getByRole("dialog", { name: t("en", "common:help.title") });
  await expect(dialog.getByRole("link", { name: "01632 960 444" })).toBeVisible();
  await expect(dialog).toContainText(st("en", "help.iroServiceTitle"));
  await expectAccessible(page);
  await dialog.getByRole("button", { name: t("en", "common:dialog.close") }).click();

  // Its old address answers "not found".
  const response = await page.goto("/me/start/good-news");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    t("en", "common:errorPage.notFoundTitle"),
  );
  await expectAccessible(page);
});

test.describe("in Arabic, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the settings page names each wrong closure day, and keeps what was typed", async ({
    page,
  }) => {
    await signIn(page, "admin.chris", demoPassword, "ar");
    await openSettings(page, "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

    const closure = st("ar", "closure.label");
    await page.getByLabel(closure, { exact: true }).fill("2026-12-29\n29/12/2026\n2026-02-30");
    await page.getByLabel(st("ar", "standards.letterWithinDays"), { exact: true }).fill("61");
    await submitAndWait(page, st("ar", "save"));

    const summary = page.getByRole("alert");
    await expect(summary).toContainText(st("ar", "errors.closureDays"));
    await expect(summary).toContainText(st("ar", "errors.letterWithinDays"));
    await expect(
      page.getByText(st("ar", "errors.closureDayLine", { line: 2, text: "29/12/2026" })),
    ).toBeVisible();
    await expect(
      page.getByText(st("ar", "errors.closureDayLine", { line: 3, text: "2026-02-30" })),
    ).toBeVisible();
    await expect(
      page.getByText(st("ar", "errors.closureDayLine", { line: 1, text: "2026-12-29" })),
    ).toHaveCount(0);
    await expect(page.getByLabel(closure, { exact: true })).toHaveValue(
      "2026-12-29\n29/12/2026\n2026-02-30",
    );
    await expect(
      page.getByLabel(st("ar", "standards.letterWithinDays"), { exact: true }),
    ).toHaveValue("61");
    await expectAccessible(page);

    // Password sign-in for staff cannot be turned off while single sign-on is not set up.
    await page.getByLabel(closure, { exact: true }).fill("2026-12-29");
    await page.getByLabel(st("ar", "standards.letterWithinDays"), { exact: true }).fill("20");
    await page.getByRole("checkbox", { name: st("ar", "signIn.label") }).uncheck();
    await submitAndWait(page, st("ar", "save"));
    await expect(page.getByRole("alert")).toContainText(st("ar", "errors.staffPasswordSignIn"));
    await expect(page.getByRole("checkbox", { name: st("ar", "signIn.label") })).not.toBeChecked();
    await expectAccessible(page);

    await page.getByRole("checkbox", { name: st("ar", "signIn.label") }).check();
    await submitAndWait(page, st("ar", "save"));
    await expect(page.getByRole("status")).toContainText(st("ar", "saved"));
    await expect(page.getByLabel(closure, { exact: true })).toHaveValue("2026-12-29");
    await expectAccessible(page);
  });
});
