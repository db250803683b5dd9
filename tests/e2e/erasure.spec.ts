import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { auditEvents, statementReaders, statements } from "#db/schema";
import { buildUser } from "../fixtures/builders";
import { buildFamily } from "../fixtures/family";
import { expect, expectAccessible, test } from "./fixtures";
import { escapeRegExp, signIn, submitAndWait, t } from "./helpers";

// Invented words, distinctive enough that any copy of them on a page would be found.
const words = "Invented words about Kalkidan's weekend visits that a court ordered erased.";

/** A statement the child sent to their IRO, as the sending page would leave it. */
function sentStatement(family: Awaited<ReturnType<typeof buildFamily>>, submittedAt: string) {
  const id = getDb()
    .insert(statements)
    .values({
      organisationId: family.organisationId,
      youngPersonId: family.youngPersonId,
      authorUserId: family.child.id,
      templateId: "my-say",
      templateVersion: 1,
      language: "en",
      status: "submitted",
      sharing: "iro",
      submittedAt,
      answers: { tellIro: { text: words, language: "en" } },
    })
    .returning({ id: statements.id })
    .get().id;
  getDb()
    .insert(statementReaders)
    .values({ statementId: id, userId: family.iro.id, reason: "chosen" })
    .run();
  return id;
}

test("an administrator erases a child's statement; the IRO sees the tombstone, not the words", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  const family = await buildFamily({ lng: "en", age: 14, givenName: "Kalkidan" });
  const admin = await buildUser(family.organisationId, {
    role: "admin",
    password: "admin-pass-123",
    displayName: "Ada Admin",
  });
  const statementId = sentStatement(family, "2025-05-01T10:00:00.000Z");

  // The IRO can read the words before.
  const iro = await (await browser.newContext()).newPage();
  await signIn(iro, family.iro.username, "iro-pass-123");
  await iro.goto(`/iro/statements/${statementId}`);
  await expect(iro.getByText(words)).toBeVisible();

  // The administrator finds the statement on the child's record.
  await signIn(page, admin.username, "admin-pass-123");
  await page.goto(`/admin/young-people/${family.youngPersonId}`);
  await expect(
    page.getByRole("heading", { name: t("en", "retention:statements.title") }),
  ).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole("link", {
      name: new RegExp(`^${escapeRegExp(t("en", "retention:statements.erase"))}`),
    })
    .click();

  // The confirmation page says what goes and asks why; no reason, no erasure.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    t("en", "retention:erase.heading.statement", { name: "Kalkidan Example" }),
  );
  await expect(page.getByText(t("en", "retention:erase.letters"))).toBeVisible();
  await expectAccessible(page);
  await submitAndWait(page, t("en", "retention:erase.submit.statement"));
  await expect(page).toHaveTitle(
    new RegExp(`^${escapeRegExp(t("en", "common:error.titlePrefix"))}`),
  );
  await expect(page.locator("#reason-error, [id$='reason-error']").first()).toHaveText(
    new RegExp(escapeRegExp(t("en", "retention:errors.reason"))),
  );
  await expectAccessible(page);
  expect(
    getDb().select().from(statements).where(eq(statements.id, statementId)).get()!.erasedAt,
  ).toBeNull();

  await page.getByLabel(t("en", "retention:erase.reason")).fill("Court order of 2 June");
  await submitAndWait(page, t("en", "retention:erase.submit.statement"));
  await expect(page.getByRole("status")).toContainText(t("en", "retention:statements.done"));
  await expect(
    page.getByRole("link", {
      name: new RegExp(`^${escapeRegExp(t("en", "retention:statements.erase"))}`),
    }),
  ).toHaveCount(0);
  await expectAccessible(page);

  // The IRO opening it now sees when, by whom and why, and not the words.
  await iro.goto(`/iro/statements/${statementId}`);
  await expect(iro.getByText(t("en", "retention:tombstone.title"), { exact: true })).toBeVisible();
  await expect(iro.getByText(/Ada Admin because: Court order of 2 June/)).toBeVisible();
  await expect(iro.getByText(words)).toHaveCount(0);
  await expectAccessible(iro);

  // The audit keeps the fact, never the words.
  const audit = getDb()
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, "statement_erased"))
    .all();
  expect(audit).toHaveLength(1);
  expect(JSON.stringify(audit)).not.toContain("Kalkidan's weekend");
});

test("the erase page in Arabic, right to left, with its error in Arabic", async ({ page }) => {
  const family = await buildFamily({ lng: "ar", age: 15, givenName: "Amal" });
  const admin = await buildUser(family.organisationId, {
    role: "admin",
    password: "admin-pass-123",
  });
  const statementId = sentStatement(family, "2025-06-01T10:00:00.000Z");
  await signIn(page, admin.username, "admin-pass-123");
  const erase = `/admin/young-people/${family.youngPersonId}/statements/${statementId}/erase`;
  await page.goto(`${erase}?lng=ar`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    t("ar", "retention:erase.heading.statement", { name: "Amal Example" }),
  );
  await expectAccessible(page);
  await submitAndWait(page, t("ar", "retention:erase.submit.statement"));
  await expect(page.getByRole("alert")).toContainText(t("ar", "retention:errors.reason"));
  await expectAccessible(page);
  await page.goto(`${erase}?lng=en`);
});

test("retention settings: a wrong number is refused beside its field; what would go today is listed", async ({
  page,
}) => {
  const family = await buildFamily({ lng: "en", age: 15, givenName: "Rin" });
  const admin = await buildUser(family.organisationId, {
    role: "admin",
    password: "admin-pass-123",
  });
  await signIn(page, admin.username, "admin-pass-123");
  await page.goto("/admin/settings");
  await page.getByRole("link", { name: t("en", "retention:page.link") }).click();
  await expect(page.getByRole("heading", { name: t("en", "retention:page.today") })).toBeVisible();
  await expect(page.getByText(t("en", "retention:kinds.drafts"), { exact: true })).toBeVisible();
  await expectAccessible(page);
  const remind = page.getByLabel(t("en", "retention:fields.remindDraftsDays.label"));
  await expect(remind).toHaveValue("60");
  await remind.fill("88");
  await submitAndWait(page, t("en", "retention:page.save"));
  await expect(page.getByRole("alert")).toContainText(
    t("en", "retention:errors.remindBeforeDelete"),
  );
  await expect(remind).toHaveValue("88");
  await expectAccessible(page);
  await remind.fill("45");
  await submitAndWait(page, t("en", "retention:page.save"));
  await expect(page.getByRole("status")).toContainText(t("en", "retention:page.saved"));
  await expect(page.getByLabel(t("en", "retention:fields.remindDraftsDays.label"))).toHaveValue(
    "45",
  );
});
