import { demoAdults, demoPassword, demoYoungPeopleWithSignIn } from "#db/seed/demo";
import { roleHome } from "~/auth/roles";
import { expect, expectAccessible, test } from "./fixtures";
import { escapeRegExp, signIn, signInWithPictures, signOut, t } from "./helpers";

const homeHeading: Record<string, string> = {
  iro: "home:iro.title",
  social_worker: "home:worker.title",
  carer: "home:carer.title",
  parent: "home:parent.title",
  manager: "home:manage.title",
  admin: "admin:home.title",
  translator: "home:translate.title",
  team_manager: "escalations:oversight.title",
  service_manager: "escalations:oversight.title",
  director: "escalations:oversight.title",
};

/** The home page's title; English until a new page's words are translated (i18next falls back). */
function headingOf(lng: string, key: string) {
  try {
    return t(lng, key);
  } catch {
    return t("en", key);
  }
}

for (const lng of ["en", "ar"]) {
  test.describe(`signing in (${lng})`, () => {
    for (const adult of demoAdults) {
      test(`${adult.role} ${adult.username} lands on their own home`, async ({ page }) => {
        await signIn(page, adult.username, demoPassword, lng);
        await expect(page).toHaveURL(new RegExp(`${roleHome[adult.role]}$`));
        await expect(page.locator("html")).toHaveAttribute("lang", lng);
        await expect(page.locator("html")).toHaveAttribute("dir", lng === "ar" ? "rtl" : "ltr");
        await expect(
          page.getByRole("heading", { level: 1, name: headingOf(lng, homeHeading[adult.role]!) }),
        ).toBeVisible();
        await expectAccessible(page);
      });
    }

    test("a young person signs in with their pictures and sees their name and next review", async ({
      page,
    }) => {
      const selam = demoYoungPeopleWithSignIn[0]!;
      await signInWithPictures(page, selam.username, selam.pictures!, lng);
      await expect(page).toHaveURL(/\/me$/);
      await expect(
        page.getByRole("heading", {
          level: 1,
          name: t(lng, "home:me.greeting", { name: "Selam" }),
        }),
      ).toBeVisible();
      const [before = ""] = t(lng, "home:me.nextReview", { date: "§" }).split("§");
      await expect(
        page.getByText(new RegExp(`${escapeRegExp(before.trim())}.*20\\d\\d`)),
      ).toBeVisible();
      // In the safety bar on every page, and as a tile on the home page.
      await expect(page.getByRole("link", { name: t(lng, "common:help.button") })).toHaveCount(2);
      await expectAccessible(page);
    });
  });
}

test("an IRO's caseload shows only their own young people, with overdue as a word", async ({
  page,
}) => {
  await signIn(page, "iro.amelia", demoPassword);
  // The caseload's own table: the demo's open actions have a table of their own below it.
  const caseload = page.getByRole("table", { name: t("en", "home:iro.title"), exact: true });
  await expect(caseload.getByRole("row").first()).toBeVisible();
  await expect(caseload.getByRole("cell", { name: /Overdue by \d+ days?/ }).first()).toBeVisible();
  // Omar is allocated to the other IRO: on none of the page's lists.
  await expect(page.getByRole("link", { name: "Omar Haddad" })).toHaveCount(0);
  await expect(caseload.getByRole("link", { name: "Selam Tekle", exact: true })).toBeVisible();
});

test("signing out ends the session: the back button does not reopen the caseload", async ({
  page,
}) => {
  await signIn(page, "iro.amelia", demoPassword);
  await expect(page).toHaveURL(/\/iro$/);
  await signOut(page);
  await expectAccessible(page);
  await page.goto("/iro");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Firo/);
});
