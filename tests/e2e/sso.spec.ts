import { and, eq } from "drizzle-orm";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { getDb } from "#db/db.server";
import { auditEvents, organisations, users } from "#db/schema";
import { buildOrganisation, buildUser } from "../fixtures/builders";
import { expect, expectAccessible, startServer, test as base } from "./fixtures";
import { signIn, t } from "./helpers";
import { startOpenIdProvider, type TestOpenIdProvider } from "./oidc-provider";

/*
 * Staff sign in with their council account through a real OpenID provider (oidc-provider on
 * 127.0.0.1), on an app server of its own started with the OIDC_* settings that point at it.
 * The demo IRO's email is set in the database to the one the provider vouches for.
 */
const ameliaEmail = "amelia.hart@council.example";

const test = base.extend<object, { oidc: TestOpenIdProvider }>({
  oidc: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this argument.
    async ({}, use) => {
      const provider = await startOpenIdProvider({
        amelia: { email: ameliaEmail, name: "Amelia Hart" },
        stranger: { email: "no.one@council.example" },
        deactivated: { email: "left.last.year@council.example" },
        unverified: { email: "not.checked@council.example", emailVerified: false },
      });
      await use(provider);
      await provider.stop();
      // The provider is gone: nothing answers at its address any more.
      await expect(fetch(`${provider.issuer}/.well-known/openid-configuration`)).rejects.toThrow();
    },
    { scope: "worker" },
  ],
  server: [
    async ({ oidc }, use, workerInfo) => {
      const dir = mkdtempSync(path.join(tmpdir(), `own-voice-e2e-sso-${workerInfo.workerIndex}-`));
      const databasePath = path.join(dir, "e2e.sqlite");
      const app = await startServer({
        DATABASE_PATH: databasePath,
        SEED_DEMO: "true",
        ...oidc.appSettings,
      });
      oidc.acceptApp(app.baseURL);
      process.env.DATABASE_PATH = databasePath;
      process.env.SESSION_SECRET = "e2e-secret-e2e-secret-e2e-secret-0123456789";
      process.env.SEED_DEMO = "false";
      await use({ baseURL: app.baseURL, databasePath });
      app.child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: "worker", timeout: 60_000 },
  ],
});

function setEmail(username: string, email: string) {
  getDb().update(users).set({ email }).where(eq(users.username, username)).run();
}

/** From the app's sign-in page, through the provider's own sign-in and consent pages. */
async function signInAtProvider(page: Page, login: string, lng = "en") {
  await page.goto(`/sign-in?lng=${lng}`);
  await expectAccessible(page);
  await expect(
    page.getByRole("heading", { level: 2, name: t(lng, "auth:council.heading") }),
  ).toBeVisible();
  await page.getByRole("link", { name: t(lng, "auth:council.button") }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
  await page.getByPlaceholder("Enter any login").fill(login);
  await page.getByPlaceholder("and password").fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

function refusals(reason: string) {
  return getDb()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "sso_sign_in_refused"), eq(auditEvents.subjectType, reason)))
    .all();
}

test("an IRO signs in with their council account and lands on their caseload", async ({ page }) => {
  // Stored in another case than the provider sends it: emails match without regard to case.
  setEmail("iro.amelia", "Amelia.Hart@Council.Example");
  await signInAtProvider(page, "amelia");

  await expect(page).toHaveURL(/\/iro$/);
  await expect(
    page.getByRole("heading", { level: 1, name: t("en", "home:iro.title") }),
  ).toBeVisible();
  await expectAccessible(page);
  const amelia = getDb().select().from(users).where(eq(users.username, "iro.amelia")).get()!;
  const signIns = getDb()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "sso_sign_in"), eq(auditEvents.actorUserId, amelia.id)))
    .all();
  expect(signIns).toHaveLength(1);
});

test("an email no Own Voice account uses is refused, and the page says which email", async ({
  page,
}) => {
  await signInAtProvider(page, "stranger");

  await expect(page).toHaveURL(/\/sign-in$/);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText(
    t("en", "auth:council.refused.unknown", { email: "no.one@council.example" }),
  );
  await expect(alert).toContainText("No Own Voice account uses the email no.one@council.example");
  await expect(alert).toBeFocused();
  await expectAccessible(page);
  // Not signed in: the IRO pages still send this browser to sign in.
  await page.goto("/iro");
  await expect(page).toHaveURL(/\/sign-in/);
  expect(refusals("unknown").length).toBeGreaterThan(0);
});

test("a deactivated account is refused (in Arabic)", async ({ page }) => {
  const organisationId = buildOrganisation("Deactivation Borough Council");
  const worker = await buildUser(organisationId, { role: "social_worker" });
  getDb()
    .update(users)
    .set({ email: "left.last.year@council.example", disabledAt: new Date().toISOString() })
    .where(eq(users.id, worker.id))
    .run();

  await signInAtProvider(page, "deactivated", "ar");

  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("alert")).toContainText(
    t("ar", "auth:council.refused.deactivated", { email: "left.last.year@council.example" }),
  );
  await expectAccessible(page);
  const refused = refusals("deactivated");
  expect(refused.map((event) => event.subjectId)).toContain(worker.id);
  // The audit says why, never the email.
  expect(JSON.stringify(refused)).not.toContain("left.last.year");
});

test("an email the provider has not verified is refused", async ({ page }) => {
  const organisationId = buildOrganisation("Verification Borough Council");
  const iro = await buildUser(organisationId, { role: "iro" });
  getDb()
    .update(users)
    .set({ email: "not.checked@council.example" })
    .where(eq(users.id, iro.id))
    .run();

  await signInAtProvider(page, "unverified");

  await expect(page.getByRole("alert")).toContainText(
    t("en", "auth:council.refused.unverified", { email: "not.checked@council.example" }),
  );
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("cancelling at the council's sign-in page comes back with a plain message", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: t("en", "auth:council.button") }).click();
  await page.getByRole("link", { name: "[ Cancel ]" }).click();

  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("alert")).toContainText(t("en", "auth:council.refused.cancelled"));
  await expectAccessible(page);
});

test("an answer that belongs to no sign-in started here says to start again", async ({ page }) => {
  // A forged or replayed answer: no state cookie in this browser, so nothing is exchanged.
  await page.goto("/sign-in/council/callback?code=made-up&state=made-up");

  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("alert")).toContainText(t("en", "auth:council.refused.expired"));
  await expectAccessible(page);
});

test("where an organisation has turned staff passwords off, staff are sent to the council button and children are not", async ({
  page,
}) => {
  const organisationId = buildOrganisation("Council Accounts Only Borough");
  getDb()
    .update(organisations)
    .set({ staffPasswordSignIn: false })
    .where(eq(organisations.id, organisationId))
    .run();
  const iro = await buildUser(organisationId, { role: "iro", password: "right-password-1" });
  const child = await buildUser(organisationId, {
    role: "young_person",
    password: "right-password-1",
  });

  await signIn(page, iro.username, "right-password-1");
  await expect(page.getByRole("alert")).toContainText(t("en", "auth:errors.passwordOff"));
  // The message leads to the council account button.
  await page.getByRole("link", { name: t("en", "auth:errors.passwordOff") }).click();
  await expect(
    page.getByRole("link", { name: t("en", "auth:council.button"), exact: true }),
  ).toBeInViewport();
  await expectAccessible(page);

  await signIn(page, child.username, "right-password-1");
  await expect(page).toHaveURL(/\/me$/);
});

test("when the council's sign-in service cannot be reached, a page says so in plain words", async ({
  page,
}) => {
  const dir = mkdtempSync(path.join(tmpdir(), "own-voice-e2e-sso-down-"));
  // Nothing listens on port 9 (discard) of this machine: discovery fails at once.
  const app = await startServer({
    DATABASE_PATH: path.join(dir, "e2e.sqlite"),
    SEED_DEMO: "false",
    OIDC_ISSUER_URL: "http://127.0.0.1:9",
    OIDC_CLIENT_ID: "own-voice-e2e",
    OIDC_CLIENT_SECRET: "not-used-secret",
  });
  try {
    await page.goto(`${app.baseURL}/sign-in`);
    await page.getByRole("link", { name: t("en", "auth:council.button") }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: t("en", "auth:council.unavailableTitle") }),
    ).toBeVisible();
    await expect(page.getByText(t("en", "auth:council.refused.unavailable"))).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: t("en", "auth:council.backToSignIn") }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
  } finally {
    app.child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
