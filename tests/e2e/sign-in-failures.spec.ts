import { buildOrganisation, buildUser } from "../fixtures/builders";
import { expect, expectAccessible, test } from "./fixtures";
import { escapeRegExp, signIn, t } from "./helpers";

/*
 * Sign-ins that fail on purpose, on a server of their own: their failures fill the per-address
 * throttle (every request in these tests comes from 127.0.0.1), which must never refuse the
 * sign-ins of other tests.
 */
test.use({ serverOfItsOwn: "sign-in failures" });

test.describe("wrong passwords", () => {
  test("a wrong password says so next to the field and at the top, keeping the username", async ({
    page,
  }) => {
    await signIn(page, "iro.daniel", "not-the-password");
    const message = t("en", "auth:errors.wrong");
    await expect(page.getByRole("alert")).toContainText(message);
    await expect(page.getByRole("alert")).toBeFocused();
    await expect(page).toHaveTitle(/^Error: Sign in/);
    await expect(page.getByLabel(t("en", "auth:signIn.username"))).toHaveValue("iro.daniel");
    await expect(page.getByLabel(t("en", "auth:signIn.username"))).toHaveAccessibleDescription(
      new RegExp(escapeRegExp(message)),
    );
    await expect(page.getByLabel(t("en", "auth:signIn.password"), { exact: true })).toHaveValue("");
    await expectAccessible(page);
  });

  test("the sixth wrong attempt is locked out, and then even the right password waits", async ({
    page,
  }) => {
    const organisationId = buildOrganisation("Lockout Council");
    const user = await buildUser(organisationId, { role: "carer", password: "right-password-1" });
    for (let attempt = 1; attempt <= 4; attempt++) {
      await signIn(page, user.username, `wrong-${attempt}`);
      await expect(page.getByRole("alert")).toContainText(t("en", "auth:errors.wrong"));
    }
    await signIn(page, user.username, "wrong-5");
    await expect(page.getByRole("alert")).toContainText(t("en", "auth:errors.locked"));
    await signIn(page, user.username, "wrong-6");
    await expect(page.getByRole("alert")).toContainText(t("en", "auth:errors.locked"));
    await signIn(page, user.username, "right-password-1");
    await expect(page.getByRole("alert")).toContainText(t("en", "auth:errors.locked"));
    await expect(page).toHaveURL(/\/sign-in/);
    await expectAccessible(page);
  });

  test("an unknown username gets the same message as a wrong password", async ({ page }) => {
    await signIn(page, "nobody.at.all", "whatever-123");
    await expect(page.getByRole("alert")).toContainText(t("en", "auth:errors.wrong"));
  });
});
