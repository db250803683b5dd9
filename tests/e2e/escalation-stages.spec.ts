import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { getDb } from "#db/db.server";
import { escalations } from "#db/schema";
import { demoPassword } from "#db/seed/demo";
import { ensureEscalationStages } from "~/escalations/stages.server";
import { allocate, buildOrganisation, buildUser, buildYoungPerson } from "../fixtures/builders";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, submitAndWait, t } from "./helpers";

/*
 * Issue 18: an administrator configures the dispute resolution stages: adds one, moves it up,
 * changes who a stage goes to, removes one nobody used, and is told beside the field when a day
 * count is wrong (everything else typed is kept). Without JavaScript: a stage with an open
 * escalation cannot be removed, one that escalations reached is kept under "Stages no longer
 * used" and brought back. Each test has its own council. Axe on every page.
 */

const w = (key: string, values: Record<string, string | number> = {}) => t("en", key, values);

async function council() {
  const organisationId = buildOrganisation(`Stages Borough ${randomUUID().slice(0, 6)}`);
  const suffix = randomUUID().slice(0, 6);
  const admin = await buildUser(organisationId, {
    role: "admin",
    username: `admin.${suffix}`,
    password: demoPassword,
  });
  return { organisationId, admin, suffix };
}

/** The legends of the stages in use, in order. */
const legends = (page: Page) => page.locator("form fieldset > legend").allTextContents();

const legend = (name: string, addressee: string) =>
  w("escalations:stages.stageLegend", { name, addressee: w(`home:roles.${addressee}`) });

test("an administrator adds a stage, moves it up, re-addresses one and removes one", async ({
  page,
}) => {
  const { admin } = await council();
  await signIn(page, admin.username, demoPassword);
  await page.goto("/admin/settings");
  await page.getByRole("link", { name: w("escalations:stages.link") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(w("escalations:stages.title"));
  await expectAccessible(page);

  // A day count out of range: the error is beside the field, and the name typed is kept.
  const stage1 = page.getByRole("group", {
    name: legend(w("escalations:stages.names.team_manager"), "team_manager"),
  });
  await stage1.getByLabel(w("escalations:stages.name")).fill("Stage 1: Team Manager review");
  await stage1.getByLabel(w("escalations:stages.days")).fill("45");
  await submitAndWait(page, w("escalations:stages.save"));
  await expect(page.getByRole("alert")).toContainText(w("escalations:stages.errors.responseDays"));
  await expect(page).toHaveTitle(/^Error:/);
  await expect(stage1.getByText(w("escalations:stages.errors.responseDays"))).toBeVisible();
  await expect(stage1.getByLabel(w("escalations:stages.name"))).toHaveValue(
    "Stage 1: Team Manager review",
  );
  await expect(stage1.getByLabel(w("escalations:stages.days"))).toHaveValue("45");
  await expectAccessible(page);
  // Enter in a field saves (it does not press the first stage's "Move down").
  await stage1.getByLabel(w("escalations:stages.days")).fill("5");
  await stage1.getByLabel(w("escalations:stages.days")).press("Enter");
  await expect(page.getByRole("status")).toHaveText(w("escalations:stages.saved"));
  expect((await legends(page))[0]).toBe(
    legend(w("escalations:stages.names.informal"), "social_worker"),
  );
  await expectAccessible(page);

  // A new stage, added at the end.
  const add = page.getByRole("region", { name: w("escalations:stages.add.title") });
  await add.getByLabel(w("escalations:stages.ownName")).fill("Stage 4: chief executive");
  await add.getByLabel(w("escalations:stages.addressee")).selectOption("director");
  await add.getByLabel(w("escalations:stages.days")).fill("15");
  await submitAndWait(page, w("escalations:stages.add.submit"));
  await expect(page.getByRole("status")).toHaveText(w("escalations:stages.done.added"));
  const director = legend(w("escalations:stages.names.director"), "director");
  const chiefExecutive = legend("Stage 4: chief executive", "director");
  expect((await legends(page)).slice(-2)).toEqual([director, chiefExecutive]);
  await expectAccessible(page);

  // Moved up, before the director.
  await submitAndWait(page, `${w("escalations:stages.up")} Stage 4: chief executive`);
  await expect(page.getByRole("status")).toHaveText(w("escalations:stages.done.moved"));
  expect((await legends(page)).slice(-2)).toEqual([chiefExecutive, director]);
  // Each stage's fields moved with it.
  await expect(
    page.getByRole("group", { name: chiefExecutive }).getByLabel(w("escalations:stages.days")),
  ).toHaveValue("15");
  await expect(
    page.getByRole("group", { name: director }).getByLabel(w("escalations:stages.days")),
  ).toHaveValue("10");
  await expectAccessible(page);

  // Stage 2 now goes to the director.
  const stage2 = page.getByRole("group", {
    name: legend(w("escalations:stages.names.service_manager"), "service_manager"),
  });
  await stage2.getByLabel(w("escalations:stages.addressee")).selectOption("director");
  await submitAndWait(page, w("escalations:stages.save"));
  await expect(page.getByRole("status")).toHaveText(w("escalations:stages.saved"));
  await expect(
    page.getByRole("group", {
      name: legend(w("escalations:stages.names.service_manager"), "director"),
    }),
  ).toBeVisible();
  await expectAccessible(page);

  // The director's stage, never used, is removed for good.
  await submitAndWait(
    page,
    `${w("escalations:stages.remove")} ${w("escalations:stages.names.director")}`,
  );
  await expect(page.getByRole("status")).toHaveText(w("escalations:stages.done.removed"));
  expect(await legends(page)).toEqual([
    legend(w("escalations:stages.names.informal"), "social_worker"),
    legend(w("escalations:stages.names.team_manager"), "team_manager"),
    legend(w("escalations:stages.names.service_manager"), "director"),
    chiefExecutive,
  ]);
  await expect(
    page.getByRole("heading", { name: w("escalations:stages.retired.title") }),
  ).toHaveCount(0);
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a stage with an open escalation stays; one used before is kept for the record and brought back", async ({
    page,
  }) => {
    const { organisationId, admin, suffix } = await council();
    const iro = await buildUser(organisationId, { role: "iro", username: `iro.${suffix}` });
    const tm = await buildUser(organisationId, {
      role: "team_manager",
      username: `tm.${suffix}`,
    });
    const youngPersonId = buildYoungPerson(organisationId);
    allocate(organisationId, youngPersonId, iro.id, "iro");
    ensureEscalationStages(organisationId);
    const escalation = (stagePosition: number, status: "open" | "resolved") => ({
      organisationId,
      youngPersonId,
      raisedBy: iro.id,
      theme: "education" as const,
      whatIsWrong: "No school place.",
      askingFor: "A school place.",
      stagePosition,
      addressedTo: tm.id,
      respondBy: "2027-03-12",
      status,
      outcome: status === "resolved" ? ("resolved" as const) : null,
      resolvedAt: status === "resolved" ? "2027-03-10T10:00:00.000Z" : null,
    });
    getDb()
      .insert(escalations)
      .values([escalation(0, "resolved"), escalation(1, "open")])
      .run();

    await signIn(page, admin.username, demoPassword);
    await page.goto("/admin/escalation-stages");
    const stage1 = page.getByRole("group", {
      name: legend(w("escalations:stages.names.team_manager"), "team_manager"),
    });
    await expect(stage1).toContainText(w("escalations:stages.openCount_one", { count: 1 }));
    await expectAccessible(page);

    // Open at stage 1: refused beside the stage, and the days typed meanwhile are kept.
    await page
      .getByRole("group", { name: legend(w("escalations:stages.names.informal"), "social_worker") })
      .getByLabel(w("escalations:stages.days"))
      .fill("3");
    await submitAndWait(
      page,
      `${w("escalations:stages.remove")} ${w("escalations:stages.names.team_manager")}`,
    );
    await expect(page.getByRole("alert")).toContainText(w("escalations:stages.errors.open"));
    await expect(stage1.getByText(w("escalations:stages.errors.open"))).toBeVisible();
    await expect(
      page
        .getByRole("group", {
          name: legend(w("escalations:stages.names.informal"), "social_worker"),
        })
        .getByLabel(w("escalations:stages.days")),
    ).toHaveValue("3");
    await expectAccessible(page);

    // The informal stage was used: removed from the choices, kept under "no longer used".
    await submitAndWait(
      page,
      `${w("escalations:stages.remove")} ${w("escalations:stages.names.informal")}`,
    );
    await expect(page.getByRole("status")).toHaveText(w("escalations:stages.done.removed"));
    const retired = page.getByRole("region", { name: w("escalations:stages.retired.title") });
    await expect(retired).toContainText(w("escalations:stages.names.informal"));
    expect(await legends(page)).toHaveLength(3);
    await expectAccessible(page);

    await submitAndWait(
      page,
      `${w("escalations:stages.retired.restore")} ${w("escalations:stages.names.informal")}`,
    );
    await expect(page.getByRole("status")).toHaveText(w("escalations:stages.done.restored"));
    await expect(retired).toHaveCount(0);
    expect(await legends(page)).toHaveLength(4);
    await expectAccessible(page);
  });
});
