import { and, eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { allocations, users, youngPeople } from "#db/schema";
import { demoPassword } from "#db/seed/demo";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, t } from "./helpers";

function youngPersonAllocatedTo(username: string, relationship: "iro" | "carer") {
  const row = getDb()
    .select({ id: youngPeople.id, name: youngPeople.givenName })
    .from(youngPeople)
    .innerJoin(allocations, eq(allocations.youngPersonId, youngPeople.id))
    .innerJoin(users, eq(users.id, allocations.userId))
    .where(and(eq(users.username, username), eq(allocations.relationship, relationship)))
    .get();
  if (!row) throw new Error(`no young person allocated to ${username}`);
  return row;
}

for (const lng of ["en", "ar"]) {
  test(`an IRO opening a young person allocated to the other IRO gets 404 (${lng})`, async ({
    page,
  }) => {
    const theirs = youngPersonAllocatedTo("iro.daniel", "iro");
    const mine = youngPersonAllocatedTo("iro.amelia", "iro");
    await signIn(page, "iro.amelia", demoPassword, lng);

    const ok = await page.goto(`/iro/young-people/${mine.id}`);
    expect(ok?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(mine.name);
    await expectAccessible(page);

    const response = await page.goto(`/iro/young-people/${theirs.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      t(lng, "common:errorPage.notFoundTitle"),
    );
    await expect(page.locator("body")).not.toContainText(theirs.name);
    await expectAccessible(page);
  });
}

test("a carer whose placement ended sees nothing of the child, and another role's area is 404", async ({
  page,
}) => {
  await signIn(page, "carer.joanne", demoPassword);
  await expect(
    page.getByRole("heading", { level: 1, name: t("en", "home:carer.title") }),
  ).toBeVisible();
  // Jayden's placement with Joanne ended last month.
  await expect(page.getByText("Jayden")).toHaveCount(0);
  const response = await page.goto("/iro");
  expect(response?.status()).toBe(404);
  await expectAccessible(page);
});

test("a young person cannot open staff pages", async ({ page }) => {
  await signIn(page, "jayden", demoPassword);
  await expect(page).toHaveURL(/\/me$/);
  expect((await page.goto("/worker"))?.status()).toBe(404);
  expect((await page.goto("/manage"))?.status()).toBe(404);
});
