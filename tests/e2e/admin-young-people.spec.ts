import { readFileSync } from "node:fs";
import path from "node:path";
import { allocate, buildOrganisation, buildUser, buildYoungPerson } from "../fixtures/builders";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, submitAndWait, t } from "./helpers";

/* An administrator keeps young people's records, allocates their IRO and social worker, gives
 * them a sign-in code, and moves a leaving IRO's caseload to another IRO. */

type Tree = { [key: string]: string | Tree };
/** Words of the "people" namespace, as the app shows them. */
function p(lng: string, key: string, values: Record<string, string | number> = {}) {
  const tree = JSON.parse(
    readFileSync(path.resolve("locales", lng, "people.json"), "utf8"),
  ) as Tree;
  const found = key
    .split(".")
    .reduce<string | Tree | undefined>(
      (node, part) => (node && typeof node === "object" ? node[part] : undefined),
      tree,
    );
  if (typeof found !== "string") throw new Error(`No string ${lng}/people:${key}`);
  return found.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ""));
}

for (const lng of ["en", "ar"] as const) {
  test(`an administrator adds a young person, allocates an IRO and a social worker, and gives a sign-in code (${lng})`, async ({
    page,
  }) => {
    const organisationId = buildOrganisation(`Records Council ${lng}`);
    const admin = await buildUser(organisationId, {
      role: "admin",
      password: "admin-pass-123",
      preferredLanguage: lng,
    });
    await buildUser(organisationId, { role: "iro", displayName: "Amira Iro" });
    await buildUser(organisationId, { role: "social_worker", displayName: "Sami Worker" });
    await signIn(page, admin.username, "admin-pass-123", lng);
    await expect(page).toHaveURL(/\/admin$/);
    await expectAccessible(page);

    await page.goto("/admin/young-people");
    await expect(page.getByRole("heading", { level: 1, name: p(lng, "list.title") })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: p(lng, "list.add") }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: p(lng, "create.title") }),
    ).toBeVisible();
    await expectAccessible(page);

    // A case reference with a space: one message, beside the field; everything typed kept.
    await page.getByLabel(p(lng, "record.givenName")).fill("Selam");
    await page.getByLabel(p(lng, "record.familyName")).fill(`Tesfaye${lng}`);
    await page.getByLabel(p(lng, "record.dateOfBirth")).fill("2012-03-27");
    await page.getByLabel(p(lng, "record.caseReference")).fill(`LAC ${lng}`);
    await page.getByLabel(p(lng, "record.preferredLanguage")).selectOption("ti");
    await page.getByLabel(p(lng, "record.needsInterpreter")).check();
    await submitAndWait(page, p(lng, "create.save"));
    const summary = page.getByRole("alert");
    await expect(summary.getByRole("listitem")).toHaveCount(1);
    await expect(summary).toContainText(p(lng, "errors.caseReferenceCharacters"));
    await expect(page.getByLabel(p(lng, "record.caseReference"))).toHaveAccessibleDescription(
      new RegExp(p(lng, "errors.caseReferenceCharacters")),
    );
    await expect(page.getByLabel(p(lng, "record.givenName"))).toHaveValue("Selam");
    await expect(page.getByLabel(p(lng, "record.preferredLanguage"))).toHaveValue("ti");
    await expect(page.getByLabel(p(lng, "record.needsInterpreter"))).toBeChecked();
    await expect(page).toHaveTitle(new RegExp(`^${t(lng, "common:error.titlePrefix")}`));
    await expectAccessible(page);

    await page.getByLabel(p(lng, "record.caseReference")).fill(`LAC-${lng}-1`);
    await submitAndWait(page, p(lng, "create.save"));
    const name = `Selam Tesfaye${lng}`;
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("status")).toContainText(p(lng, "done.created", { name }));
    await expectAccessible(page);

    // The IRO, then the social worker.
    for (const [relationship, person] of [
      ["iro", "Amira Iro"],
      ["social_worker", "Sami Worker"],
    ] as const) {
      await page.getByLabel(p(lng, "allocations.relationship")).selectOption(relationship);
      // Exact: the subject access section's name holds the word too ("personal data" in Arabic).
      await page
        .getByLabel(p(lng, "allocations.person"), { exact: true })
        .selectOption({ label: person });
      await submitAndWait(page, p(lng, "allocations.save"));
      await expect(page.getByRole("status")).toContainText(p(lng, "done.allocated"));
      await expect(
        page.getByRole("row", {
          name: new RegExp(`${person}.*${p(lng, `relationship.${relationship}`)}`),
        }),
      ).toContainText(p(lng, "allocations.statuses.current"));
      await expectAccessible(page);
    }

    // The sign-in code: an account is made, the code shown once, large, with how to use it.
    await expect(page.getByText(p(lng, "signIn.noAccount"))).toBeVisible();
    await submitAndWait(page, t(lng, "home:worker.signIn.button"));
    const issued = page
      .getByRole("status")
      .filter({ hasText: t(lng, "home:worker.signIn.issued", { name: "Selam" }) });
    const code = (await issued.getByText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/).textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await expect(issued).toContainText(/\/start/);
    await expect(issued).toContainText(/selam\d{4}/);
    await expectAccessible(page);

    // The code lets the young person in at /start.
    const child = await (await page.context().browser()!.newContext()).newPage();
    await child.goto(`/start?lng=${lng}`);
    await child.getByLabel(t(lng, "auth:start.codeLabel")).fill(code);
    await child.getByRole("button", { name: t(lng, "auth:start.next") }).click();
    await expect(
      child.getByRole("heading", { level: 1, name: t(lng, "auth:start.picturesTitle") }),
    ).toBeVisible();
  });
}

test("moving a caseload puts the children on the new IRO's caseload, and the old IRO gets 404", async ({
  page,
  browser,
}) => {
  const organisationId = buildOrganisation("Caseload Council");
  const admin = await buildUser(organisationId, { role: "admin", password: "admin-pass-123" });
  const leaving = await buildUser(organisationId, {
    role: "iro",
    password: "leaving-pass-1",
    displayName: "Olive Leaving",
  });
  const taking = await buildUser(organisationId, {
    role: "iro",
    password: "taking-pass-12",
    displayName: "Nadia Taking",
  });
  const first = buildYoungPerson(organisationId, { givenName: "Mika" });
  const second = buildYoungPerson(organisationId, { givenName: "Rosa" });
  allocate(organisationId, first, leaving.id, "iro", "2025-01-10");
  allocate(organisationId, second, leaving.id, "iro", "2025-01-10");

  await signIn(page, admin.username, "admin-pass-123");
  await page.goto("/admin/caseloads/move");
  await expect(page.getByRole("heading", { level: 1, name: p("en", "move.title") })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(p("en", "move.from")).selectOption({ label: "Olive Leaving" });
  await page.getByRole("button", { name: p("en", "move.showChildren") }).click();
  const children = page.getByRole("group", {
    name: p("en", "move.children", { name: "Olive Leaving" }),
  });
  await expect(children.getByLabel("Mika Example")).toBeChecked();
  await expect(children.getByLabel("Rosa Example")).toBeChecked();
  await expectAccessible(page);

  // Forgetting the new IRO: said beside the field, the ticks kept.
  await children.getByLabel("Rosa Example").uncheck();
  await submitAndWait(page, p("en", "move.save"));
  await expect(page.getByRole("alert")).toContainText(p("en", "errors.moveTo"));
  await expect(children.getByLabel("Rosa Example")).not.toBeChecked();
  await expectAccessible(page);
  await children.getByLabel("Rosa Example").check();
  await page.getByLabel(p("en", "move.to")).selectOption({ label: "Nadia Taking" });
  await submitAndWait(page, p("en", "move.save"));
  await expect(page.getByRole("status")).toContainText(
    p("en", "move.done_other", { count: 2, name: "Nadia Taking" }),
  );
  await expectAccessible(page);

  // The new IRO has both children on their caseload.
  const newIro = await (await browser.newContext()).newPage();
  await signIn(newIro, taking.username, "taking-pass-12");
  await expect(newIro).toHaveURL(/\/iro$/);
  await expect(newIro.getByRole("link", { name: "Mika Example" })).toBeVisible();
  await expect(newIro.getByRole("link", { name: "Rosa Example" })).toBeVisible();
  await expectAccessible(newIro);
  await newIro.getByRole("link", { name: "Mika Example" }).click();
  await expect(newIro.getByRole("heading", { level: 1, name: "Mika Example" })).toBeVisible();
  await expectAccessible(newIro);

  // The old IRO keeps nothing: an empty caseload, and 404 on a child's page.
  const oldIro = await (await browser.newContext()).newPage();
  await signIn(oldIro, leaving.username, "leaving-pass-1");
  await expect(oldIro.getByRole("link", { name: "Mika Example" })).toHaveCount(0);
  await expectAccessible(oldIro);
  const response = await oldIro.goto(`/iro/young-people/${first}`);
  expect(response?.status()).toBe(404);
  await expectAccessible(oldIro);
});
