import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible, startServer, test as base } from "./fixtures";
import { choosePictures, escapeRegExp, submitAndWait, t } from "./helpers";
import { pick } from "./consultation-helpers";
import { startOpenIdProvider, type TestOpenIdProvider } from "./oidc-provider";

/*
 * Going live, from an empty install to an IRO reading a child's first statement: the first
 * administrator is made on the command line, signs in with the printed code, creates an IRO and
 * (in Arabic) a social worker, imports 30 young people (a file with two bad rows first, then the
 * corrected one) and their allocations, gives a young person a sign-in code; the young person
 * chooses pictures and sends a statement; the IRO signs in with their council account (a real
 * OpenID provider) and reads it; the administrator finds that read in the audit trail.
 * Every click, submit and address a person would use is counted, and the count printed.
 */

const sessionSecret = "e2e-secret-e2e-secret-e2e-secret-0123456789";
const iroEmail = "nadia.okafor@council.example";
const fixture = (name: string) => path.resolve("tests/fixtures/import", name);

type Install = { baseURL: string; databasePath: string };

const test = base.extend<object, { oidc: TestOpenIdProvider; server: Install }>({
  oidc: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this argument.
    async ({}, use) => {
      const provider = await startOpenIdProvider({
        nadia: { email: iroEmail, name: "Nadia Okafor" },
      });
      await use(provider);
      await provider.stop();
    },
    { scope: "worker" },
  ],
  // An install for real use: no demo, its own database, staff single sign-on set up.
  server: [
    async ({ oidc }, use, workerInfo) => {
      const dir = mkdtempSync(
        path.join(tmpdir(), `own-voice-e2e-go-live-${workerInfo.workerIndex}-`),
      );
      const databasePath = path.join(dir, "go-live.sqlite");
      const app = await startServer({
        DATABASE_PATH: databasePath,
        SEED_DEMO: "false",
        SESSION_SECRET: sessionSecret,
        ...oidc.appSettings,
      });
      oidc.acceptApp(app.baseURL);
      await use({ baseURL: app.baseURL, databasePath });
      app.child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: "worker", timeout: 60_000 },
  ],
});

/** `npm run admin:create` with the server's settings; its printed output. */
async function adminCreate(install: Install, args: string[]) {
  const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/admin-create.ts", ...args], {
    env: {
      ...process.env,
      DATABASE_PATH: install.databasePath,
      SESSION_SECRET: sessionSecret,
      PORT: new URL(install.baseURL).port,
      SEED_DEMO: "false",
    },
    timeout: 60_000,
  });
  return stdout;
}

/** Counts what a person does: each address typed or link followed, each click, each submit. */
function counter() {
  let actions = 0;
  let detours = 0;
  return {
    get total() {
      return actions;
    },
    /** Of the total, those spent putting a mistake right. */
    get detours() {
      return detours;
    },
    /** What a person does only because of a mistake (counted in the total, and as a detour). */
    async detour(steps: () => Promise<void>) {
      const before = actions;
      await steps();
      detours += actions - before;
    },
    /** Actions done through a shared helper: `n` clicks. */
    add(n: number) {
      actions += n;
    },
    async goto(page: Page, url: string) {
      actions++;
      await page.goto(url);
    },
    async click(target: Locator) {
      actions++;
      await target.click();
    },
    async check(target: Locator) {
      actions++;
      await target.check();
    },
    async submit(page: Page, button: string) {
      actions++;
      await submitAndWait(page, button);
    },
    /** A button whose answer is a whole new page (a file upload): wait for its address. */
    async submitTo(page: Page, button: string, url: RegExp) {
      actions++;
      await page.getByRole("button", { name: button }).click();
      await page.waitForURL(url);
    },
    async upload(page: Page, file: string) {
      actions++; // choosing the file
      await page.getByLabel(t("en", "import:upload.file")).setInputFiles(fixture(file));
    },
  };
}

/** The preview's figure for one count ("To add": 30). */
const count = (page: Page, key: string) =>
  page
    .locator(".summary-list div", {
      has: page.getByText(t("en", `import:preview.counts.${key}`), { exact: true }),
    })
    .locator("dd");

async function expectNoDemoBanner(page: Page) {
  await expect(page.getByText(t("en", "common:demoBanner"))).toHaveCount(0);
}

async function chooseLanguage(page: Page, from: string, to: string, ownName: string) {
  await page.getByText(t(from, "common:language.label"), { exact: false }).first().click();
  await page.getByRole("button", { name: ownName }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

test("from an empty install to an IRO reading a child's first statement, and the audit showing the read", async ({
  page,
  browser,
  server,
}) => {
  test.setTimeout(300_000);
  const started = Date.now();
  const user = counter();

  // 1. The first administrator, on the command line.
  const printed = await adminCreate(server, [
    "--organisation",
    "Riverside Borough Council",
    "--name",
    "Grace Mensah",
    "--username",
    "admin.grace",
  ]);
  expect(printed).toContain('Created the organisation "Riverside Borough Council".');
  expect(printed).toContain("Created the administrator admin.grace.");
  const adminCode = /One-time sign-in code: ([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(printed)?.[1];
  expect(adminCode).toBeTruthy();
  const startUrl = /Open (\S+), type the code/.exec(printed)?.[1];
  expect(startUrl).toBe(`${server.baseURL}/start`);

  // 2. The administrator opens the printed address, types the code and chooses a password.
  await user.goto(page, startUrl!);
  await expect(
    page.getByRole("heading", { level: 1, name: t("en", "auth:start.title") }),
  ).toBeVisible();
  await expectNoDemoBanner(page);
  await expectAccessible(page);
  await page.getByLabel(t("en", "auth:start.codeLabel")).fill(adminCode!);
  await user.submit(page, t("en", "auth:start.next"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("en", "staff:start.title"));
  await expect(page.getByText("admin.grace")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(t("en", "auth:start.passwordLabel")).fill("riverside-admin-2026");
  await page.getByLabel(t("en", "auth:start.confirmLabel")).fill("riverside-admin-2026");
  await user.submit(page, t("en", "auth:start.save"));
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("en", "admin:home.title"));
  await expectNoDemoBanner(page);
  await expectAccessible(page);

  // 3. An IRO, with the email their council account has.
  await user.click(page.getByRole("link", { name: t("en", "admin:nav.staff"), exact: true }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("en", "staff:list.title"));
  await expectAccessible(page);
  await user.click(page.getByRole("link", { name: t("en", "staff:list.add") }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("en", "staff:new.title"));
  await expectAccessible(page);
  await page.getByLabel(t("en", "staff:fields.displayName")).fill("Nadia Okafor");
  await page.getByLabel(t("en", "staff:fields.username")).fill("iro.nadia");
  await page.getByLabel(t("en", "staff:fields.email")).fill(iroEmail);
  await user.check(page.getByLabel(t("en", "home:roles.iro"), { exact: true }));
  await user.submit(page, t("en", "staff:new.submit"));
  await expect(page.getByRole("status")).toContainText(
    t("en", "staff:code.issued", { name: "Nadia Okafor" }),
  );
  await expectAccessible(page);

  // The social worker, in Arabic: the administrator switches the language with the picker.
  const ar = "ar";
  await user.click(page.getByRole("link", { name: t("en", "staff:new.another") }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("en", "staff:new.title"));
  await chooseLanguage(page, "en", ar, "العربية");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page).toHaveURL(/\/admin\/staff\/new$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(ar, "staff:new.title"));
  await expectAccessible(page);
  // Sent without a role: the error summary says so in Arabic, and the name typed stays.
  await page.getByLabel(t(ar, "staff:fields.displayName")).fill("توماش رين");
  await page.getByLabel(t(ar, "staff:fields.username")).fill("sw.tomasz");
  await user.detour(() => user.submit(page, t(ar, "staff:new.submit")));
  await expect(page.getByRole("alert")).toContainText(t(ar, "staff:errors.role"));
  await expect(page.getByLabel(t(ar, "staff:fields.displayName"))).toHaveValue("توماش رين");
  await expectAccessible(page);
  await user.check(page.getByLabel(t(ar, "home:roles.social_worker"), { exact: true }));
  await user.submit(page, t(ar, "staff:new.submit"));
  const swIssued = page.getByRole("status");
  await expect(swIssued).toContainText(t(ar, "staff:code.issued", { name: "توماش رين" }));
  await expect(swIssued.locator(".code-display")).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expectAccessible(page);
  await page.goto("/admin/staff");
  await expect(page.getByRole("row", { name: /توماش رين/ })).toContainText(
    t(ar, "home:roles.social_worker"),
  );
  await expectAccessible(page);
  await chooseLanguage(page, ar, "en", "English");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("row", { name: /Nadia Okafor/ })).toContainText(
    t("en", "home:roles.iro"),
  );
  await expectAccessible(page);

  // 4. The young people: a file with two bad rows, then the corrected file.
  await user.click(page.getByRole("link", { name: t("en", "staff:backToAdmin") }));
  await expect(page).toHaveURL(/\/admin$/);
  await expectAccessible(page);
  await user.click(page.getByRole("link", { name: t("en", "admin:nav.import") }));
  await expect(
    page.getByRole("heading", { level: 1, name: t("en", "import:title") }),
  ).toBeVisible();
  await expectAccessible(page);
  const preview = /\/admin\/import\/[0-9a-f-]{36}$/;
  // This upload, and the way back to upload again, are there only because of the bad rows.
  await user.detour(async () => {
    await user.check(page.getByRole("radio", { name: t("en", "import:kinds.young_people") }));
    await user.upload(page, "go-live-young-people-two-bad-rows.csv");
    await user.submitTo(page, t("en", "import:upload.submit"), preview);
  });
  await expect(
    page.getByRole("heading", { level: 1, name: t("en", "import:preview.title") }),
  ).toBeVisible();
  await expect(count(page, "create")).toHaveText("28");
  await expect(count(page, "errorRows")).toHaveText("2");
  const errors = page.getByRole("table", { name: t("en", "import:preview.errorsTitle") });
  await expect(errors.getByRole("row")).toHaveCount(3);
  await expect(errors.getByRole("row").nth(1)).toContainText(
    `6given_name${t("en", "people:errors.givenName")}`,
  );
  await expect(errors.getByRole("row").nth(2)).toContainText(
    `24service_area${t("en", "people:errors.serviceArea")}`,
  );
  await expect(page.getByRole("button", { name: t("en", "import:preview.confirm") })).toHaveCount(
    0,
  );
  await expectAccessible(page);

  await user.detour(() => user.click(page.getByRole("link", { name: t("en", "import:title") })));
  await expect(page).toHaveURL(/\/admin\/import$/);
  await expectAccessible(page);
  await user.check(page.getByRole("radio", { name: t("en", "import:kinds.young_people") }));
  await user.upload(page, "go-live-young-people-fixed.csv");
  await user.submitTo(page, t("en", "import:upload.submit"), preview);
  await expect(count(page, "create")).toHaveText("30");
  await expect(count(page, "errorRows")).toHaveText("0");
  await expectAccessible(page);
  await user.submit(page, t("en", "import:preview.confirm"));
  await expect(
    page.getByRole("heading", { level: 1, name: t("en", "import:applied.heading") }),
  ).toBeVisible();
  await expectAccessible(page);

  // Their IRO and social worker: the IRO found by email, the social worker by username.
  await user.click(page.getByRole("link", { name: t("en", "import:applied.another") }));
  await expect(page).toHaveURL(/\/admin\/import$/);
  await expectAccessible(page);
  await user.check(page.getByRole("radio", { name: t("en", "import:kinds.allocations") }));
  await user.upload(page, "go-live-allocations.csv");
  await user.submitTo(page, t("en", "import:upload.submit"), preview);
  await expect(count(page, "create")).toHaveText("60");
  await expect(count(page, "errorRows")).toHaveText("0");
  await expectAccessible(page);
  await user.submit(page, t("en", "import:preview.confirm"));
  await expect(
    page.getByRole("heading", { level: 1, name: t("en", "import:applied.heading") }),
  ).toBeVisible();
  await expectAccessible(page);

  // 5. A sign-in code for Luwam.
  // Back to the administrator's home (the service's name in the header), then Young people.
  await user.click(page.getByRole("link", { name: t("en", "common:appName"), exact: true }));
  await expect(page).toHaveURL(/\/admin$/);
  await expectAccessible(page);
  await user.click(page.getByRole("link", { name: t("en", "admin:nav.youngPeople"), exact: true }));
  await expect(page).toHaveURL(/\/admin\/young-people$/);
  await expect(page.getByRole("status")).toHaveText(
    t("en", "people:list.count_other", { total: "30" }),
  );
  await expectAccessible(page);
  await page.getByLabel(t("en", "people:list.search")).fill("Luwam");
  await user.click(page.getByRole("button", { name: t("en", "people:list.find") }));
  await expect(page).toHaveURL(/q=Luwam/);
  const luwamRow = page.getByRole("row", { name: /Luwam Habte/ });
  await expect(luwamRow).toContainText("GOLIVE-012");
  await expect(luwamRow).toContainText("Nadia Okafor");
  await expectAccessible(page);
  await user.click(luwamRow.getByRole("link", { name: "Luwam Habte" }));
  await expect(page.getByRole("heading", { level: 1, name: "Luwam Habte" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Nadia Okafor/ })).toContainText(
    t("en", "people:relationship.iro"),
  );
  await expect(page.getByRole("row", { name: /توماش رين/ })).toContainText(
    t("en", "people:relationship.social_worker"),
  );
  await expectAccessible(page);
  await user.submit(page, t("en", "home:worker.signIn.button"));
  const issued = page
    .getByRole("status")
    .filter({ hasText: t("en", "home:worker.signIn.issued", { name: "Luwam" }) });
  const childCode = (await issued.getByText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/).textContent())!.trim();
  await expectAccessible(page);

  // 6. Luwam, on her own phone: the code, her pictures, then "Something good happened".
  const child = await (await browser.newContext()).newPage();
  await user.goto(child, "/start");
  await expectNoDemoBanner(child);
  await expectAccessible(child);
  await child.getByLabel(t("en", "auth:start.codeLabel")).fill(childCode);
  await user.submit(child, t("en", "auth:start.next"));
  await expect(
    child.getByRole("heading", { level: 1, name: t("en", "auth:start.picturesTitle") }),
  ).toBeVisible();
  await expectAccessible(child);
  const pictures = ["star", "fish", "tree", "ball"] as const;
  await choosePictures(child, pictures);
  user.add(pictures.length);
  await user.submit(child, t("en", "auth:start.save"));
  await expect(child).toHaveURL(/\/me$/);
  await expect(
    child.getByRole("heading", { level: 1, name: t("en", "home:me.greeting", { name: "Luwam" }) }),
  ).toBeVisible();
  await expectAccessible(child);

  await user.click(
    child.getByRole("link", {
      name: new RegExp(escapeRegExp(t("en", "consultation:templates.good-news.title"))),
    }),
  );
  await expect(child.getByRole("heading", { level: 1 })).toHaveText(
    t("en", "consultation:good-news.about.text"),
  );
  await expectAccessible(child);
  await pick(child, "en", "school");
  await pick(child, "en", "sport");
  user.add(2);
  await user.submit(child, t("en", "consultation:ui.next"));
  await expect(child.getByRole("heading", { level: 1 })).toHaveText(
    t("en", "consultation:good-news.feeling.text"),
  );
  await expectAccessible(child);
  await pick(child, "en", "feeling-great");
  user.add(1);
  await user.submit(child, t("en", "consultation:ui.next"));
  await expect(child.getByRole("heading", { level: 1 })).toHaveText(
    t("en", "consultation:good-news.tellMore.text"),
  );
  await expectAccessible(child);
  const words = "I was picked for the school football team and scored on Saturday.";
  await child.getByLabel(t("en", "consultation:good-news.tellMore.text")).fill(words);
  await user.submit(child, t("en", "consultation:ui.next"));
  await expect(child.getByRole("heading", { level: 1 })).toHaveText(
    t("en", "consultation:good-news.voiceMessage.text"),
  );
  await expectAccessible(child);
  await user.submit(child, t("en", "consultation:ui.skip"));
  await expect(child.getByRole("heading", { level: 1 })).toHaveText(
    t("en", "consultation:ui.checkTitle"),
  );
  await expect(child.getByText(words)).toBeVisible();
  await expectAccessible(child);
  await user.click(child.getByRole("link", { name: t("en", "consultation:ui.continueToShare") }));
  await expectAccessible(child);
  await user.check(child.getByLabel(t("en", "consultation:sharing.iro.label")));
  await user.submit(child, t("en", "consultation:ui.send"));
  await expect(child.getByRole("heading", { level: 1 })).toHaveText(
    t("en", "consultation:ui.sentTitle"),
  );
  await expect(child.getByRole("listitem").filter({ hasText: "Nadia Okafor" })).toBeVisible();
  await expectAccessible(child);

  // 7. Nadia signs in with her council account and reads it.
  const iro = await (await browser.newContext()).newPage();
  await user.goto(iro, "/sign-in");
  await expectNoDemoBanner(iro);
  await expectAccessible(iro);
  await user.click(iro.getByRole("link", { name: t("en", "auth:council.button") }));
  await expect(iro).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
  await iro.getByPlaceholder("Enter any login").fill("nadia");
  await iro.getByPlaceholder("and password").fill("her-council-password");
  await user.click(iro.getByRole("button", { name: "Sign-in" }));
  await user.click(iro.getByRole("button", { name: "Continue" }));
  await expect(iro).toHaveURL(/\/iro$/);
  await expect(
    iro.getByRole("heading", { level: 1, name: t("en", "home:iro.title") }),
  ).toBeVisible();
  await expectAccessible(iro);
  await user.click(
    iro.getByRole("link", {
      name: `Luwam Habte: ${t("en", "consultation:templates.good-news.title")}`,
    }),
  );
  await expect(iro.getByRole("heading", { level: 1 })).toContainText("Luwam Habte");
  await expect(iro.getByText(words)).toBeVisible();
  await expect(iro.getByText(t("en", "consultation:options.sport"))).toBeVisible();
  await expectAccessible(iro);

  const clicks = user.total;
  console.log(
    `go-live clicks: ${clicks} (${user.detours} of them putting mistakes right: the two bad rows, a missing role)`,
  );
  console.log(
    `go-live time to first statement read: ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  // 8. The administrator finds Nadia's read in the audit trail, by Luwam's case reference.
  await page.goto("/admin");
  await expectAccessible(page);
  await page.getByRole("link", { name: t("en", "admin:nav.audit") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("en", "audit:title"));
  await expectAccessible(page);
  await page.getByLabel(t("en", "audit:filters.child")).fill("GOLIVE-012");
  await page.getByRole("button", { name: t("en", "audit:filters.submit") }).click();
  await expect(page).toHaveURL(/child=GOLIVE-012/);
  const read = page
    .getByRole("row")
    .filter({ hasText: t("en", "audit:action.statement_read") })
    .filter({ hasText: "Nadia Okafor" });
  await expect(read).toHaveCount(1);
  await expect(read).toContainText("Luwam Habte");
  await expect(read).toContainText(t("en", "home:roles.iro"));
  // Luwam sent it; nobody else's records are in this view.
  await expect(
    page.getByRole("row").filter({ hasText: t("en", "audit:action.statement_submitted") }),
  ).toContainText("Luwam Habte");
  await expect(page.getByRole("row").filter({ hasText: "GOLIVE-013" })).toHaveCount(0);
  await expectAccessible(page);
});
