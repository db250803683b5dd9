import { readFileSync } from "node:fs";
import path from "node:path";
import { like } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { allocations, youngPeople } from "#db/schema";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, submitAndWait } from "./helpers";

/*
 * An administrator brings a council's young people and their IROs in from CSV files: downloads
 * the template, uploads a file with two bad rows (sees both, with their row numbers, and nothing
 * is saved), uploads the corrected file, confirms, finds them in the list, then their allocations.
 */

const fixture = (name: string) => path.resolve("tests/fixtures/import", name);

type Tree = { [key: string]: string | Tree };
const words = (lng: string): Tree =>
  JSON.parse(readFileSync(path.resolve("locales", lng, "import.json"), "utf8")) as Tree;
/** A string of the "import" namespace, with its {{values}} filled in. */
function t(key: string, values: Record<string, string | number> = {}, lng = "en") {
  const found = key
    .split(".")
    .reduce<string | Tree | undefined>(
      (node, part) => (node && typeof node === "object" ? node[part] : undefined),
      words(lng),
    );
  if (typeof found !== "string") throw new Error(`No string import:${key}`);
  return found.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ""));
}
const people = JSON.parse(readFileSync(path.resolve("locales/en/people.json"), "utf8")) as {
  errors: Record<string, string>;
};

const importedCount = () =>
  getDb().select().from(youngPeople).where(like(youngPeople.caseReference, "IMPE2E-%")).all()
    .length;

async function uploadFile(page: import("@playwright/test").Page, kind: string, file: string) {
  await page.goto("/admin/import");
  await expectAccessible(page);
  await page.getByRole("radio", { name: t(`kinds.${kind}`), exact: true }).check();
  await page.getByLabel(t("upload.file")).setInputFiles(fixture(file));
  await page.getByRole("button", { name: t("upload.submit") }).click();
  await page.waitForURL(/\/admin\/import\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: t("preview.title") })).toBeVisible();
  await expectAccessible(page);
}

/** The preview's figure for one count ("To add": 28). */
const count = (page: import("@playwright/test").Page, key: string) =>
  page
    .locator(".summary-list div", {
      has: page.getByText(t(`preview.counts.${key}`), { exact: true }),
    })
    .locator("dd");

test("an administrator imports young people and their IROs from CSV, after fixing two bad rows", async ({
  page,
}) => {
  await signIn(page, "admin.chris", "ownvoice-demo");
  await page.goto("/admin");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Import from the case system" }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("title") })).toBeVisible();
  await expectAccessible(page);

  // The template: a CSV with every column, as Excel's "CSV UTF-8" writes it.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: t("template", { kind: t("kinds.young_people") }) }).click();
  const template = readFileSync((await (await downloading).path())!, "utf8");
  expect(template.startsWith("\uFEFFcase_reference,given_name,family_name,date_of_birth")).toBe(
    true,
  );
  expect(template.split("\r\n").length).toBeGreaterThanOrEqual(3);

  // Two bad rows: each shown with the row number the spreadsheet shows, and why; no way to confirm.
  await uploadFile(page, "young_people", "young-people-30-two-bad-rows.csv");
  await expect(count(page, "create")).toHaveText("28");
  await expect(count(page, "errorRows")).toHaveText("2");
  const errors = page.getByRole("table", { name: t("preview.errorsTitle") });
  await expect(errors.getByRole("row")).toHaveCount(3);
  await expect(errors.getByRole("row").nth(1)).toContainText(
    `8date_of_birth${people.errors.dateOfBirth}`,
  );
  await expect(errors.getByRole("row").nth(2)).toContainText(
    `17preferred_language${people.errors.language}`,
  );
  await expect(page.getByText(t("preview.errorsExplained"))).toBeVisible();
  await expect(page.getByRole("button", { name: t("preview.confirm") })).toHaveCount(0);
  expect(importedCount()).toBe(0);

  // The same preview in Arabic.
  const previewUrl = page.url();
  await page.goto(`${previewUrl}?lng=ar`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(
    page.getByRole("heading", { level: 1, name: t("preview.title", {}, "ar") }),
  ).toBeVisible();
  await expect(page.getByText(t("preview.errorsExplained", {}, "ar"))).toBeVisible();
  await expectAccessible(page);
  await page.goto(`${previewUrl}?lng=en`);

  // The corrected file: 30 to add, confirmed, all in at once.
  await uploadFile(page, "young_people", "young-people-30-fixed.csv");
  await expect(count(page, "create")).toHaveText("30");
  await expect(count(page, "errorRows")).toHaveText("0");
  expect(importedCount()).toBe(0);
  await submitAndWait(page, t("preview.confirm"));
  await expect(page.getByRole("heading", { level: 1, name: t("applied.heading") })).toBeVisible();
  await expectAccessible(page);
  expect(importedCount()).toBe(30);

  await page.getByRole("link", { name: t("applied.seeYoungPeople") }).click();
  await page.waitForURL(/\/admin\/young-people$/);
  await expectAccessible(page);
  await page.goto("/admin/young-people?q=IMPE2E-016");
  await expect(page.getByText("Rahel Testfamily")).toBeVisible();
  await expectAccessible(page);

  // The same file again changes nothing.
  await uploadFile(page, "young_people", "young-people-30-fixed.csv");
  await expect(count(page, "unchanged")).toHaveText("30");
  await expect(page.getByText(t("preview.nothingToDo"))).toBeVisible();

  // Their IROs, found by username in any case.
  await uploadFile(page, "allocations", "allocations-30.csv");
  await expect(count(page, "create")).toHaveText("30");
  await submitAndWait(page, t("preview.confirm"));
  await expect(page.getByRole("heading", { level: 1, name: t("applied.heading") })).toBeVisible();
  await expectAccessible(page);
  const imported = getDb()
    .select()
    .from(youngPeople)
    .where(like(youngPeople.caseReference, "IMPE2E-%"))
    .all();
  const allocated = getDb()
    .select()
    .from(allocations)
    .all()
    .filter((a) => imported.some((p) => p.id === a.youngPersonId));
  expect(allocated.map((a) => a.relationship)).toEqual(Array(30).fill("iro"));
});
