import { buildOrganisation, buildUser, buildYoungPerson, allocate } from "../fixtures/builders";
import { getDb } from "#db/db.server";
import { youngPeople } from "#db/schema";
import { eq } from "drizzle-orm";
import { expect, expectAccessible, test } from "./fixtures";
import { choosePictures, signIn, signInWithPictures, signOut, t } from "./helpers";

// The whole journey works with JavaScript switched off, as on a phone that blocks it.
test.use({ javaScriptEnabled: false });

test("a social worker gives a code; the young person sets a picture password, signs out and back in", async ({
  browser,
}) => {
  const organisationId = buildOrganisation("Code Journey Council");
  const worker = await buildUser(organisationId, {
    role: "social_worker",
    password: "worker-pass-1",
  });
  const child = await buildUser(organisationId, { role: "young_person", displayName: "Hiwet" });
  const youngPersonId = buildYoungPerson(organisationId, {
    userId: child.id,
    givenName: "Hiwet",
    preferredLanguage: "ti",
  });
  allocate(organisationId, youngPersonId, worker.id, "social_worker");

  // The social worker, on their own device.
  const workerPage = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(workerPage, worker.username, "worker-pass-1");
  await workerPage.getByRole("link", { name: "Hiwet Example" }).click();
  await expectAccessible(workerPage);
  await expect(workerPage.getByText(t("en", "home:worker.signIn.noCredential"))).toBeVisible();
  await workerPage.getByRole("button", { name: t("en", "home:worker.signIn.button") }).click();
  const status = workerPage.getByRole("status");
  await expect(status).toContainText(t("en", "home:worker.signIn.issued", { name: "Hiwet" }));
  const code = (await status.locator(".code-display").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expectAccessible(workerPage);

  // The young person, on their phone, without JavaScript.
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto("/sign-in");
  await page.getByRole("link", { name: t("en", "auth:signIn.withCode") }).click();
  await expectAccessible(page);
  await page.getByLabel(t("en", "auth:start.codeLabel")).fill(code.toLowerCase());
  await page.getByRole("button", { name: t("en", "auth:start.next") }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: t("en", "auth:start.picturesTitle") }),
  ).toBeVisible();
  await expectAccessible(page);

  // Forgetting one picture keeps the code and says which picture is missing.
  await choosePictures(page, ["sun", "moon", "fish"]);
  await page.getByRole("button", { name: t("en", "auth:start.save") }).click();
  await expect(page.getByRole("alert")).toContainText(t("en", "auth:errors.picture4"));
  await expectAccessible(page);
  await choosePictures(page, ["sun", "moon", "fish", "boat"]);
  await page.getByRole("button", { name: t("en", "auth:start.save") }).click();

  await expect(page).toHaveURL(/\/me$/);
  await expect(
    page.getByRole("heading", { level: 1, name: t("en", "home:me.greeting", { name: "Hiwet" }) }),
  ).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // The code was used up.
  await page.goto("/start");
  await page.getByLabel(t("en", "auth:start.codeLabel")).fill(code);
  await page.getByRole("button", { name: t("en", "auth:start.next") }).click();
  await expect(page.getByRole("alert")).toContainText(t("en", "auth:errors.codeWrong"));
  await expectAccessible(page);

  // Back in with the pictures, in order.
  await signInWithPictures(page, child.username, ["sun", "moon", "fish", "boat"]);
  await expect(page).toHaveURL(/\/me$/);

  // The worker now sees that sign-in is set up.
  await workerPage.reload();
  await expect(workerPage.getByText(t("en", "home:worker.signIn.hasCredential"))).toBeVisible();
  expect(
    getDb().select().from(youngPeople).where(eq(youngPeople.id, youngPersonId)).get()?.userId,
  ).toBe(child.id);
});

test("a young person may choose an ordinary password instead of pictures", async ({
  browser,
  page,
}) => {
  const organisationId = buildOrganisation("Password Council");
  const worker = await buildUser(organisationId, {
    role: "social_worker",
    password: "worker-pass-1",
  });
  const child = await buildUser(organisationId, { role: "young_person" });
  const youngPersonId = buildYoungPerson(organisationId, { userId: child.id, givenName: "Dawit" });
  allocate(organisationId, youngPersonId, worker.id, "social_worker");
  const workerPage = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(workerPage, worker.username, "worker-pass-1");
  await workerPage.getByRole("link", { name: "Dawit Example" }).click();
  await workerPage.getByRole("button", { name: t("en", "home:worker.signIn.button") }).click();
  const code = (await workerPage
    .getByRole("status")
    .locator(".code-display")
    .textContent())!.trim();

  await page.goto("/start");
  await page.getByLabel(t("en", "auth:start.codeLabel")).fill(code);
  await page.getByRole("button", { name: t("en", "auth:start.next") }).click();
  await page.getByRole("button", { name: t("en", "auth:start.usePassword") }).click();
  await expectAccessible(page);
  await page.getByLabel(t("en", "auth:start.passwordLabel")).fill("short");
  await page.getByLabel(t("en", "auth:start.confirmLabel")).fill("short");
  await page.getByRole("button", { name: t("en", "auth:start.save") }).click();
  await expect(page.getByRole("alert")).toContainText(t("en", "auth:errors.passwordShort"));
  await expectAccessible(page);
  await page.getByLabel(t("en", "auth:start.passwordLabel")).fill("a-good-long-one");
  await page.getByLabel(t("en", "auth:start.confirmLabel")).fill("a-good-long-one");
  await page.getByRole("button", { name: t("en", "auth:start.save") }).click();
  await expect(page).toHaveURL(/\/me$/);
  await signOut(page);
  await signIn(page, child.username, "a-good-long-one");
  await expect(page).toHaveURL(/\/me$/);
});

test("a new code from the worker signs the young person out everywhere; new pictures end any session since", async ({
  browser,
}) => {
  const organisationId = buildOrganisation("Lost Phone Council");
  const worker = await buildUser(organisationId, {
    role: "social_worker",
    password: "worker-pass-1",
  });
  const oldPictures = ["sun", "cat", "boat", "star"] as const;
  const child = await buildUser(organisationId, {
    role: "young_person",
    pictures: [...oldPictures],
  });
  const youngPersonId = buildYoungPerson(organisationId, { userId: child.id, givenName: "Luwam" });
  allocate(organisationId, youngPersonId, worker.id, "social_worker");
  const device = async () => (await browser.newContext({ javaScriptEnabled: false })).newPage();

  // The phone Luwam lost is still signed in.
  const lostPhone = await device();
  await signInWithPictures(lostPhone, child.username, oldPictures);
  await expect(lostPhone).toHaveURL(/\/me$/);

  // Her social worker gives her a new code: the lost phone is signed out at once.
  const workerPage = await device();
  await signIn(workerPage, worker.username, "worker-pass-1");
  await workerPage.getByRole("link", { name: "Luwam Example" }).click();
  await workerPage.getByRole("button", { name: t("en", "home:worker.signIn.button") }).click();
  const code = (await workerPage
    .getByRole("status")
    .locator(".code-display")
    .textContent())!.trim();
  await lostPhone.goto("/me");
  await expect(lostPhone).toHaveURL(/\/sign-in\?next=%2Fme/);
  await expectAccessible(lostPhone);

  // Whoever has the phone still knows the old pictures and signs in again before she uses the code.
  await signInWithPictures(lostPhone, child.username, oldPictures);
  await expect(lostPhone).toHaveURL(/\/me$/);

  // On her new phone she chooses new pictures: that ends the lost phone's session too.
  const newPhone = await device();
  await newPhone.goto("/start");
  await newPhone.getByLabel(t("en", "auth:start.codeLabel")).fill(code);
  await newPhone.getByRole("button", { name: t("en", "auth:start.next") }).click();
  await choosePictures(newPhone, ["moon", "fish", "ball", "tree"]);
  await newPhone.getByRole("button", { name: t("en", "auth:start.save") }).click();
  await expect(newPhone).toHaveURL(/\/me$/);
  await expectAccessible(newPhone);
  await lostPhone.goto("/me");
  await expect(lostPhone).toHaveURL(/\/sign-in\?next=%2Fme/);
});
