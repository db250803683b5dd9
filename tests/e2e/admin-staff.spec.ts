import { readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Page } from "@playwright/test";
import { getDb } from "#db/db.server";
import { organisations } from "#db/schema";
import { demoPassword } from "#db/seed/demo";
import { buildUser } from "../fixtures/builders";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, submitAndWait, t } from "./helpers";

/** Words from the namespaces helpers.t does not load (staff, admin), in any language. */
function words(lng: string, key: string, values: Record<string, string> = {}) {
  const [ns, rest] = key.split(":") as [string, string];
  const tree = JSON.parse(readFileSync(path.resolve("locales", lng, `${ns}.json`), "utf8"));
  const found = rest.split(".").reduce((node, part) => node?.[part], tree) as unknown;
  if (typeof found !== "string") throw new Error(`No string ${lng}/${key}`);
  return found.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => values[name] ?? "");
}

const demoAdmin = "admin.chris";

function demoOrganisationId() {
  return getDb()
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.isDemo, true))
    .get()!.id;
}

async function expectDemoBanner(page: Page, lng: string) {
  await expect(page.getByRole("note")).toHaveText(t(lng, "common:demoBanner"));
}

test("in Arabic, an admin creates an IRO, who signs in with the code, sets a password and lands on /iro", async ({
  page,
  browser,
}) => {
  const lng = "ar";
  const suffix = randomUUID().slice(0, 6);
  const username = `iro.new${suffix}`;
  const name = `Yasmin Haddad ${suffix}`;

  await signIn(page, demoAdmin, demoPassword, lng);
  await expect(page).toHaveURL(/\/admin$/);
  await expectDemoBanner(page, lng);
  await expectAccessible(page);

  await page.getByRole("link", { name: words(lng, "admin:nav.staff"), exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(words(lng, "staff:list.title"));
  await expectDemoBanner(page, lng);
  await expectAccessible(page);

  await page.getByRole("link", { name: words(lng, "staff:list.add") }).click();
  await expectAccessible(page);

  // Sent empty: every field says what to fix, in Arabic.
  await submitAndWait(page, words(lng, "staff:new.submit"));
  const summary = page.getByRole("alert");
  await expect(summary).toContainText(words(lng, "staff:errors.displayName"));
  await expect(summary).toContainText(words(lng, "staff:errors.role"));
  await expectAccessible(page);

  // A username someone has already: the message sits beside the field, and what was typed stays.
  await page.getByLabel(words(lng, "staff:fields.displayName")).fill(name);
  await page.getByLabel(words(lng, "staff:fields.username")).fill("IRO.Amelia");
  await page.getByLabel(t(lng, "home:roles.iro")).check();
  await submitAndWait(page, words(lng, "staff:new.submit"));
  await expect(page.getByText(words(lng, "staff:errors.usernameTaken")).first()).toBeVisible();
  await expect(page.getByLabel(words(lng, "staff:fields.displayName"))).toHaveValue(name);
  await expect(page.getByLabel(t(lng, "home:roles.iro"))).toBeChecked();
  await expectAccessible(page);

  await page.getByLabel(words(lng, "staff:fields.username")).fill(username);
  await submitAndWait(page, words(lng, "staff:new.submit"));
  const issued = page.getByRole("status");
  await expect(issued).toContainText(words(lng, "staff:code.issued", { name }));
  const code = (await issued.locator(".code-display").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expectAccessible(page);

  // The new IRO, on their own computer.
  const iroPage = await (await browser.newContext()).newPage();
  await iroPage.goto(`/sign-in?lng=${lng}`);
  await iroPage.getByRole("link", { name: t(lng, "auth:signIn.withCode") }).click();
  await expectAccessible(iroPage);
  await iroPage.getByLabel(t(lng, "auth:start.codeLabel")).fill(code);
  await submitAndWait(iroPage, t(lng, "auth:start.next"));
  // Staff go straight to a password: no pictures.
  await expect(iroPage.getByRole("heading", { level: 1 })).toHaveText(
    words(lng, "staff:start.title"),
  );
  await expect(iroPage.getByText(username)).toBeVisible();
  await expect(iroPage.getByRole("button", { name: t(lng, "auth:start.usePictures") })).toHaveCount(
    0,
  );
  await expectAccessible(iroPage);
  await iroPage.getByLabel(t(lng, "auth:start.passwordLabel")).fill("a-long-new-password");
  await iroPage.getByLabel(t(lng, "auth:start.confirmLabel")).fill("a-long-new-password");
  await submitAndWait(iroPage, t(lng, "auth:start.save"));
  await expect(iroPage).toHaveURL(/\/iro$/);
  await expectDemoBanner(iroPage, lng);
  await expectAccessible(iroPage);

  // The admin's list shows the new IRO's last sign-in.
  await page.goto(`/admin/staff?role=iro&lng=${lng}`);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).not.toContainText(words(lng, "staff:never"));
  await expectAccessible(page);
});

test("an admin deactivates a social worker who is signed in elsewhere: their next click goes to sign-in", async ({
  page,
  browser,
}) => {
  const worker = await buildUser(demoOrganisationId(), {
    role: "social_worker",
    displayName: `Kit Marlow ${randomUUID().slice(0, 6)}`,
    password: "worker-password-1",
  });
  const workerPage = await (await browser.newContext()).newPage();
  await signIn(workerPage, worker.username, "worker-password-1");
  await expect(workerPage).toHaveURL(/\/worker$/);
  await expectAccessible(workerPage);

  await signIn(page, demoAdmin, demoPassword);
  await page.goto("/admin/staff?role=social_worker");
  await expectAccessible(page);
  await page.getByRole("link", { name: worker.displayName }).click();
  await expectAccessible(page);
  await submitAndWait(page, words("en", "staff:detail.deactivate", { name: worker.displayName }));
  await expect(page.getByRole("status")).toHaveText(
    words("en", "staff:done.deactivated", { name: worker.displayName }),
  );
  await expect(
    page.getByText(words("en", "staff:state.deactivated"), { exact: true }),
  ).toBeVisible();
  await expectAccessible(page);

  // The social worker's browser, still open on their caseload.
  await workerPage.reload();
  await expect(workerPage).toHaveURL(/\/sign-in\?next=%2Fworker/);
  await expectAccessible(workerPage);

  // An administrator cannot deactivate themselves: no such button on their own page.
  await page.goto("/admin/staff?role=admin");
  await page.getByRole("link", { name: "Chris Lowe" }).click();
  await expect(page.getByText(words("en", "staff:detail.ownAccess"))).toBeVisible();
  await expectAccessible(page);
});

test("an admin sets an IRO's working hours: a number out of range is refused next to the field", async ({
  page,
}) => {
  const iro = await buildUser(demoOrganisationId(), {
    role: "iro",
    displayName: `Tomasz Nowak ${randomUUID().slice(0, 6)}`,
  });
  await signIn(page, demoAdmin, demoPassword);
  await page.goto(`/admin/staff/${iro.id}`);
  const hours = page.getByLabel(words("en", "staff:fields.fte"));
  await expect(hours).toHaveValue("");
  await expect(
    page.getByRole("definition").filter({ hasText: words("en", "staff:detail.fteNotSet") }),
  ).toBeVisible();
  await expectAccessible(page);

  // Hours per week, as people often first think of them.
  await hours.fill("37.5");
  await submitAndWait(page, words("en", "staff:detail.saveHours"));
  await expect(page.getByRole("alert")).toContainText(words("en", "staff:errors.fteRange"));
  await expect(hours).toHaveAccessibleDescription(new RegExp(words("en", "staff:errors.fteRange")));
  await expect(hours).toHaveValue("37.5");
  await expectAccessible(page);

  await hours.fill("0.6");
  await submitAndWait(page, words("en", "staff:detail.saveHours"));
  await expect(page.getByRole("status")).toHaveText(
    words("en", "staff:done.hours", { name: iro.displayName }),
  );
  await expect(hours).toHaveValue("0.6");
  await expect(page.getByRole("definition").filter({ hasText: /^0\.6$/ })).toBeVisible();
  await expectAccessible(page);

  // A social worker holds no caseload of reviews: no working hours to set.
  const worker = await buildUser(demoOrganisationId(), { role: "social_worker" });
  await page.goto(`/admin/staff/${worker.id}`);
  await expect(page.getByLabel(words("en", "staff:fields.fte"))).toHaveCount(0);
});

test("the demo says so on every page, signed out too, below a child's safety bar", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await expectDemoBanner(page, "en");
  // On a page a child may see, help comes first: the safety bar before the banner.
  const order = await page.evaluate(() => {
    const bar = document.querySelector(".safety-bar");
    const note = document.querySelector('[role="note"]');
    return bar && note ? bar.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  expect(order).toBeTruthy();
  await expectAccessible(page);
});
