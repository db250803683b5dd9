import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { statements } from "#db/schema";
import { buildFamily } from "../fixtures/family";
import { expectQuestion, signInChild } from "./consultation-helpers";
import { expect, expectAccessible, test } from "./fixtures";
import { t } from "./helpers";

// Invented words.
const secret = "Please do not talk about my brother's court date in front of everyone.";

test("words typed on one question never become the next question's answer, however slow the phone", async ({
  page,
}) => {
  const family = await buildFamily({ lng: "en", age: 15, givenName: "Hana" });
  await signInChild(page, family.child.username, "en");
  await page.goto("/me/start/getting-ready");
  await expect(page).toHaveURL(/\/questions\//);
  const statementUrl = page.url().replace(/\/questions\/.*$/, "");
  await page.goto(`${statementUrl}/questions/notInFront`);
  await expectQuestion(page, "en", "getting-ready", "notInFront");

  // She types a private answer and presses Next at once, before the autosave's pause is over.
  await page.getByLabel(t("en", "consultation:getting-ready.notInFront.text")).fill(secret);
  await page.getByRole("button", { name: t("en", "consultation:ui.next") }).click();
  await expect(page).toHaveURL(/\/questions\/anythingElse/);
  await expectQuestion(page, "en", "getting-ready", "anythingElse");
  const anythingElse = page.getByRole("textbox");
  await expect(anythingElse).toHaveValue("");
  // Longer than the autosave's pause: a save still waiting would have been posted by now.
  await page.waitForTimeout(2500);
  await expect(anythingElse).toHaveValue("");
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByRole("textbox")).toHaveValue("");
  const statementId = statementUrl.split("/").pop()!;
  const saved = getDb()
    .select({ answers: statements.answers })
    .from(statements)
    .where(eq(statements.id, statementId))
    .get()!.answers;
  expect(saved.notInFront).toMatchObject({ text: secret });
  expect(saved.anythingElse).toBeUndefined();
});
