import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { organisations, users, youngPeople } from "#db/schema";
import { demoPassword } from "#db/seed/demo";
import type { SignedIn } from "~/auth/require-user.server";
import { saveAnswer, startStatement } from "~/consultation/drafts.server";
import { getOwnDraft } from "~/consultation/own-statements.server";
import { submitStatement } from "~/consultation/sending.server";
import { findTemplate } from "~/consultation/templates";
import { todayInEngland } from "~/dates/calendar";
import { allocate, requestFor } from "../fixtures/builders";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, signOut, t } from "./helpers";

/*
 * The audit trail as an IRO manager uses it: an IRO reads a child's statement; the manager finds
 * that read (by the child's case reference, and from the child's own page), downloads it as CSV,
 * and is told plainly when a date is wrong. In English and in Arabic.
 */

type Tree = { [key: string]: string | Tree };
const auditWords = new Map<string, Tree>();

/** A string of the audit namespace (helpers.ts `t` reads the older namespaces). */
function ta(lng: string, key: string, values: Record<string, string> = {}): string {
  let tree = auditWords.get(lng);
  if (!tree) {
    tree = JSON.parse(readFileSync(path.resolve("locales", lng, "audit.json"), "utf8")) as Tree;
    auditWords.set(lng, tree);
  }
  const found = key
    .split(".")
    .reduce<string | Tree | undefined>(
      (node, part) => (node && typeof node === "object" ? node[part] : undefined),
      tree,
    );
  if (typeof found !== "string") throw new Error(`No string ${lng}/audit:${key}`);
  return found.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => values[name] ?? "");
}

function demoSelam() {
  const db = getDb();
  const demo = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.isDemo, true))
    .get()!;
  const person = db
    .select()
    .from(youngPeople)
    .where(and(eq(youngPeople.organisationId, demo.id), eq(youngPeople.givenName, "Selam")))
    .get()!;
  const account = db.select().from(users).where(eq(users.id, person.userId!)).get()!;
  const manager = db
    .select()
    .from(users)
    .where(and(eq(users.organisationId, demo.id), eq(users.username, "manager.ruth")))
    .get()!;
  return { organisationId: demo.id, person, account, manager };
}

/** Selam (demo) sends a short statement to her IRO, as the form would. */
function selamSendsStatement() {
  const { person, account } = demoSelam();
  const child: SignedIn = { ...account, sessionId: "e2e", togetherYoungPersonId: null };
  const draft = startStatement(child, findTemplate("my-say")!, "ti", person.id);
  saveAnswer(draft, "tellIroWords", { text: "ኣብ ቤት ትምህርቲ ጽቡቕ ኣሎኹ" }, null);
  submitStatement(requestFor("/me"), child, getOwnDraft(child, draft.id), "iro");
  return draft.id;
}

async function filterByChild(page: Page, lng: string, child: string) {
  await page.getByLabel(ta(lng, "filters.child")).fill(child);
  await page.getByRole("button", { name: ta(lng, "filters.submit") }).click();
  await expect(page).toHaveURL(new RegExp(`child=${encodeURIComponent(child)}`));
}

test("an IRO reads a child's statement; the manager finds the read, downloads it, and is told about a wrong date", async ({
  page,
}) => {
  const statementId = selamSendsStatement();
  const { person } = demoSelam();
  const reference = person.caseReference!;

  // Amelia, Selam's IRO, opens the statement. She does not see the audit link on Selam's page.
  await signIn(page, "iro.amelia", demoPassword);
  await page.goto(`/iro/statements/${statementId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Selam Tekle");
  await expectAccessible(page);
  await page.goto(`/iro/young-people/${person.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Selam Tekle");
  await expect(page.getByRole("link", { name: ta("en", "link.whoOpened") })).toHaveCount(0);
  await expectAccessible(page);
  await signOut(page);

  // Ruth, the IRO manager, goes from her home to the audit trail and looks for Selam's records.
  await signIn(page, "manager.ruth", demoPassword);
  await expectAccessible(page);
  await page.getByRole("link", { name: ta("en", "title") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ta("en", "title"));
  await expectAccessible(page);
  await filterByChild(page, "en", reference);
  const read = page
    .getByRole("row")
    .filter({ hasText: ta("en", "action.statement_read") })
    .filter({ hasText: "Amelia Hart" });
  await expect(read).toHaveCount(1);
  await expect(read).toContainText("Selam Tekle");
  await expect(read).toContainText(ta("en", "table.caseReference", { reference }));
  await expect(read).toContainText(t("en", "home:roles.iro"));
  await expectAccessible(page);

  // The CSV holds the same rows.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: ta("en", "csv") }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("audit-trail.csv");
  const csv = readFileSync((await download.path())!, "utf8");
  const csvRead = csv
    .split("\r\n")
    .filter((line) => line.includes('"statement_read"') && line.includes('"Amelia Hart"'));
  expect(csvRead).toHaveLength(1);
  expect(csvRead[0]).toContain(`"Selam Tekle","${reference}","statement","${statementId}"`);

  // "To" before "from": the message is beside the field, and what she typed stays.
  const today = todayInEngland();
  await page.getByLabel(ta("en", "filters.from")).fill(today);
  await page.getByLabel(ta("en", "filters.to")).fill("2020-01-01");
  await page.getByRole("button", { name: ta("en", "filters.submit") }).click();
  await expect(page.locator("#field-to-error")).toContainText(ta("en", "errors.toBeforeFrom"));
  await expect(page.getByRole("alert")).toContainText(ta("en", "errors.toBeforeFrom"));
  await expect(page.getByLabel(ta("en", "filters.child"))).toHaveValue(reference);
  await expect(page.getByLabel(ta("en", "filters.from"))).toHaveValue(today);
  await expect(page.getByRole("row").filter({ hasText: "Amelia Hart" })).toHaveCount(0);
  await expect(page).toHaveTitle(/^Error:/);
  await expectAccessible(page);

  // A date that does not exist, sent from an address: the same, with the other filters kept.
  const response = await page.goto(`/manage/audit?child=${reference}&kind=opened&from=2026-02-30`);
  expect(response?.status()).toBe(400);
  await expect(page.locator("#field-from-error")).toContainText(ta("en", "errors.from"));
  await expect(page.getByLabel(ta("en", "filters.child"))).toHaveValue(reference);
  await expect(page.getByLabel(ta("en", "filters.kind"))).toHaveValue("opened");
  await expectAccessible(page);
});

test("a manager holding a caseload follows 'who has opened this young person's records' from the child's page", async ({
  page,
}) => {
  const statementId = selamSendsStatement();
  const { person, organisationId, manager } = demoSelam();
  // Ruth also holds Selam as IRO (an IRO manager with a small caseload).
  allocate(organisationId, person.id, manager.id, "iro", todayInEngland());

  await signIn(page, "iro.amelia", demoPassword);
  await page.goto(`/iro/statements/${statementId}`);
  await expectAccessible(page);
  await signOut(page);

  await signIn(page, "manager.ruth", demoPassword);
  await page.goto(`/iro/young-people/${person.id}`);
  await expectAccessible(page);
  await page.getByRole("link", { name: ta("en", "link.whoOpened") }).click();
  await expect(page).toHaveURL(/\/manage\/audit\?youngPersonId=.*kind=opened/);
  await expect(
    page.getByText(
      ta("en", "filters.aboutChildWithReference", {
        name: "Selam Tekle",
        reference: person.caseReference!,
      }),
    ),
  ).toBeVisible();
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: ta("en", "action.statement_read") })
      .filter({ hasText: "Amelia Hart" })
      .first(),
  ).toBeVisible();
  // Only Selam's records, and only records opened.
  for (const row of await page.getByRole("row").all()) {
    const text = await row.innerText();
    if (text.includes(ta("en", "table.when"))) continue;
    expect(text).toContain("Selam Tekle");
  }
  await expectAccessible(page);
});

test("the audit trail in Arabic: labels, dates and a wrong date's message", async ({ page }) => {
  selamSendsStatement();
  const lng = "ar";
  const { person } = demoSelam();
  await signIn(page, "manager.ruth", demoPassword, lng);
  await page.goto("/manage/audit");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ta(lng, "title"));
  await expectAccessible(page);

  await filterByChild(page, lng, person.caseReference!);
  await page.getByLabel(ta(lng, "filters.kind")).selectOption("statement_submitted");
  await page.getByRole("button", { name: ta(lng, "filters.submit") }).click();
  const sent = page.getByRole("row").filter({ hasText: ta(lng, "action.statement_submitted") });
  await expect(sent.first()).toContainText("Selam Tekle");
  // Who sent it: Selam herself, a young person.
  await expect(sent.first()).toContainText(t(lng, "home:roles.young_person"));
  await expectAccessible(page);

  await page.getByLabel(ta(lng, "filters.from")).fill("2026-03-10");
  await page.getByLabel(ta(lng, "filters.to")).fill("2026-03-01");
  await page.getByRole("button", { name: ta(lng, "filters.submit") }).click();
  await expect(page.locator("#field-to-error")).toContainText(ta(lng, "errors.toBeforeFrom"));
  await expect(page.getByLabel(ta(lng, "filters.kind"))).toHaveValue("statement_submitted");
  await expectAccessible(page);
});
