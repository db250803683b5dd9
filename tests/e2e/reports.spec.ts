import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { formatDate, formatNumber } from "~/i18n/format";
import { expect, expectAccessible, test } from "./fixtures";
import { escapeRegExp, signIn, t } from "./helpers";
import { pdfText } from "./pdf-text";
import {
  buildReportingOrganisation,
  staffPassword,
  type ReportingOrganisation,
} from "./reports-data";

/*
 * The annual-report figures as people use them (issue 16): a manager picks the last reporting
 * year, reads the CLA 12 table, downloads its CSV and the whole report as a PDF (which names no
 * child); an IRO sees only their own caseload; the page in Arabic; a wrong pair of dates without
 * JavaScript. The organisation's reviews are built so every figure is known exactly
 * (reports-data.ts).
 */

function periodWords(org: ReportingOrganisation, lng: string) {
  return t(lng, "reports:periodRange", {
    from: formatDate(org.year.from, lng),
    to: formatDate(org.year.to, lng),
  });
}

/** A row of a report table, by the words heading it, e.g. the age "9" or "Total". */
function tableRow(page: Page, tableTitle: string, rowHeading: string) {
  return page
    .getByRole("table", { name: tableTitle, exact: true })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: rowHeading, exact: true }) });
}

const cla12 = t("en", "reports:participation.title");

// The report is a long page (ten figures, their tables and charts): axe takes a while on it, longer on a busy machine.
test.describe.configure({ timeout: 180_000 });

async function downloadFrom(page: Page, linkName: string) {
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: linkName }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), path: (await download.path())! };
}

test("a manager reads last reporting year's CLA 12 figures, and downloads the table and the whole report", async ({
  page,
}) => {
  const org = await buildReportingOrganisation();
  const y = org.startYear;
  await signIn(page, org.manager.username, staffPassword);
  await page.goto("/manage");
  await expectAccessible(page);
  await page.getByRole("link", { name: t("en", "reports:link") }).click();
  await expect(page).toHaveURL(/\/manage\/reports$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("en", "reports:title"));
  // With no period chosen: the last complete reporting year.
  const heading = t("en", "reports:heading", {
    organisation: org.name,
    period: periodWords(org, "en"),
  });
  await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  await expectAccessible(page);

  // The same year, chosen on purpose.
  await page.getByLabel(t("en", "reports:period.year"), { exact: true }).check();
  await page
    .getByLabel(t("en", "reports:period.yearLabel"), { exact: true })
    .selectOption(String(y));
  await page.getByRole("button", { name: t("en", "reports:period.submit") }).click();
  await expect(page).toHaveURL(new RegExp(`period=year&year=${y}`));
  await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  await expect(page.getByLabel(t("en", "reports:period.year"), { exact: true })).toBeChecked();

  // Reviews: five held in the year (the ones either side and the planned one are not), one late.
  await expect(
    page.getByText(
      t("en", "reports:reviews.summary", { held: 5, onTime: 4, percent: "80%", late: 1 }),
    ),
  ).toBeVisible();
  const late = page
    .getByRole("table", { name: t("en", "reports:reviews.lateList"), exact: true })
    .getByRole("row")
    .filter({ hasText: org.children.marisol.name });
  await expect(late).toHaveCount(1);
  await expect(late).toContainText(org.children.marisol.caseReference);
  await expect(late.getByRole("cell").nth(3)).toHaveText("10");
  await expect(late).toContainText(t("en", "reviews:lateReasons.key-person-unavailable"));

  // CLA 12: age on the day (Rowan's review was on his 14th birthday), Ezra (2) left out.
  const ages: [string, string[]][] = [
    ["9", ["1", "1", "100%"]],
    ["14", ["1", "0", "0%"]],
    ["16", ["2", "2", "100%"]],
    [t("en", "reports:total"), ["4", "3", "75%"]],
  ];
  for (const [age, cells] of ages)
    await expect(tableRow(page, cla12, age).getByRole("cell")).toHaveText(cells);
  await expect(
    page.getByRole("table", { name: cla12, exact: true }).getByRole("rowheader", { name: "2" }),
  ).toHaveCount(0);
  await expect(
    page.getByText(
      t("en", "reports:participation.summary", { reviews: 4, participated: 3, percent: "75%" }),
    ),
  ).toBeVisible();
  await expectAccessible(page);

  // The CLA 12 table as CSV: numbers as numbers, small counts marked, and the note saying why.
  const csvFile = await downloadFrom(page, t("en", "reports:download.csvNamed", { table: cla12 }));
  expect(csvFile.name).toBe(`cla12-${org.year.from}-${org.year.to}.csv`);
  const csv = readFileSync(csvFile.path, "utf8")
    .replace(/^\uFEFF/, "")
    .split("\r\n");
  expect(csv.slice(0, 3)).toEqual([
    `"${cla12}"`,
    org.name,
    t("en", "reports:download.period", {
      from: formatDate(org.year.from, "en"),
      to: formatDate(org.year.to, "en"),
    }),
  ]);
  const head = [
    "reports:participation.age",
    "reports:participation.reviews",
    "reports:participation.participated",
    "reports:participation.percent",
  ].map((key) => t("en", key));
  expect(csv).toContain(head.join(","));
  expect(csv).toContain("9,1*,1*,100");
  expect(csv).toContain("14,1*,0,0");
  expect(csv).toContain(`${t("en", "reports:total")},4*,3*,75`);
  // The note has a comma, so it is quoted.
  expect(csv).toContain(`"${t("en", "reports:download.smallNumbers")}"`);
  for (const child of Object.values(org.children)) expect(csv.join("\n")).not.toContain(child.name);

  // The whole report as a PDF: the organisation, the period and the figures, but no child's name.
  const pdfFile = await downloadFrom(page, t("en", "reports:download.pdf"));
  expect(pdfFile.name).toBe(`own-voice-report-${org.year.from}-${org.year.to}.pdf`);
  const text = await pdfText(new Uint8Array(readFileSync(pdfFile.path)));
  expect(text).toContain(org.name);
  expect(text).toContain(periodWords(org, "en"));
  expect(text).toContain(
    t("en", "reports:reviews.summary", { held: 5, onTime: 4, percent: "80%", late: 1 }),
  );
  expect(text).toContain(
    t("en", "reports:participation.summary", { reviews: 4, participated: 3, percent: "75%" }),
  );
  // The CLA 12 table, its head then its rows, the counts of fewer than 5 marked. pdf.js may or
  // may not put a space between a cell and the next, so only the order of the words is held.
  const cla12InPdf = [
    ...head,
    ...["9", "1*", "1*", "100%"],
    ...["14", "1*", "0", "0%"],
    ...["16", "2*", "2*", "100%"],
    ...[t("en", "reports:total"), "4*", "3*", "75%"],
  ]
    .map((words) => escapeRegExp(words).replace(/ /g, "\\s*"))
    .join("\\s*");
  expect(text).toMatch(new RegExp(cla12InPdf));
  // The late review is there by its case reference; the child's name stays on the page.
  expect(text).toContain(org.children.marisol.caseReference);
  for (const child of Object.values(org.children)) {
    expect(text).not.toContain(child.name);
    expect(text).not.toContain(child.name.split(" ")[0]!);
  }
  await expect(page.getByText(org.children.marisol.name)).toBeVisible();
});

test("an IRO's reports count their own caseload only, and the service's report is not theirs to open", async ({
  page,
}) => {
  const org = await buildReportingOrganisation();
  await signIn(page, org.iroA.username, staffPassword);
  await page.goto("/iro");
  await expectAccessible(page);
  await page.getByRole("link", { name: t("en", "reports:iroLink") }).click();
  await expect(page).toHaveURL(/\/iro\/reports$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("en", "reports:iroTitle"));
  await expect(
    page.getByRole("heading", {
      level: 2,
      name: t("en", "reports:iroHeading", {
        organisation: org.name,
        iro: org.iroA.displayName,
        period: periodWords(org, "en"),
      }),
    }),
  ).toBeVisible();

  // Juniper's and Rowan's reviews only: Marisol's (late) and Ezra's are the other IRO's.
  await expect(
    page.getByText(
      t("en", "reports:reviews.summary", { held: 2, onTime: 2, percent: "100%", late: 0 }),
    ),
  ).toBeVisible();
  await expect(tableRow(page, cla12, "9").getByRole("cell")).toHaveText(["1", "1", "100%"]);
  await expect(tableRow(page, cla12, "14").getByRole("cell")).toHaveText(["1", "0", "0%"]);
  await expect(tableRow(page, cla12, "16")).toHaveCount(0);
  await expect(tableRow(page, cla12, t("en", "reports:total")).getByRole("cell")).toHaveText([
    "2",
    "1",
    "50%",
  ]);
  // The late reviews list is empty for this caseload.
  const lateList = page.locator("#reviews .report-table").filter({
    has: page.getByRole("heading", { name: t("en", "reports:reviews.lateList") }),
  });
  await expect(lateList).toContainText(t("en", "reports:none"));
  await expect(page.getByText(org.children.marisol.name)).toHaveCount(0);
  await expect(page.getByText(org.children.marisol.caseReference)).toHaveCount(0);
  await expectAccessible(page);

  // Her CSV holds her numbers too.
  const response = await page.request.get("/iro/reports.csv?table=cla12");
  expect(response.status()).toBe(200);
  const csv = (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
  expect(csv[1]).toBe(
    `${org.name},${t("en", "reports:download.scope", { iro: org.iroA.displayName })}`,
  );
  expect(csv).toContain("9,1*,1*,100");
  expect(csv).toContain("14,1*,0,0");
  expect(csv.some((line) => line.startsWith("16,"))).toBe(false);
  expect(csv).toContain(`${t("en", "reports:total")},2*,1*,50`);

  // The whole service's figures are for managers: to an IRO the address does not exist.
  for (const address of [
    "/manage/reports",
    "/manage/reports.csv?table=cla12",
    "/manage/reports.pdf",
  ])
    expect((await page.request.get(address)).status(), address).toBe(404);
  const refused = await page.goto("/manage/reports");
  expect(refused?.status()).toBe(404);
  await expect(page.getByText(org.name)).toHaveCount(0);
  await expectAccessible(page);
});

test("the report in Arabic: right to left, its words, its charts mirrored", async ({ page }) => {
  const org = await buildReportingOrganisation();
  const lng = "ar";
  await signIn(page, org.manager.username, staffPassword, lng);
  await page.goto("/manage");
  await expectAccessible(page);
  await page.getByRole("link", { name: t(lng, "reports:link") }).click();
  await expect(page).toHaveURL(/\/manage\/reports$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", lng);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(lng, "reports:title"));
  await expect(
    page.getByRole("heading", {
      level: 2,
      name: t(lng, "reports:heading", { organisation: org.name, period: periodWords(org, lng) }),
    }),
  ).toBeVisible();
  const chart = page.getByRole("img", { name: t(lng, "reports:reviews.byMonth") });
  await expect(chart).toHaveAttribute("direction", "rtl");
  await expect(
    page.getByRole("table", { name: t(lng, "reports:participation.title"), exact: true }),
  ).toBeVisible();
  await expect(
    page.getByText(
      t(lng, "reports:participation.summary", {
        reviews: formatNumber(4, lng),
        participated: formatNumber(3, lng),
        percent: t(lng, "reports:percent", { value: formatNumber(75, lng) }),
      }),
    ),
  ).toBeVisible();
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("two dates the wrong way round are shown beside the field, and kept", async ({ page }) => {
    const org = await buildReportingOrganisation();
    const y = org.startYear;
    // An administrator may read the organisation's figures too.
    await signIn(page, org.admin.username, staffPassword);
    await page.goto("/manage/reports");
    await expectAccessible(page);
    await page.getByLabel(t("en", "reports:period.dates"), { exact: true }).check();
    await page.getByLabel(t("en", "reports:period.from"), { exact: true }).fill(`${y + 1}-03-10`);
    await page.getByLabel(t("en", "reports:period.to"), { exact: true }).fill(`${y + 1}-03-01`);
    await page.getByRole("button", { name: t("en", "reports:period.submit") }).click();
    await expect(page).toHaveURL(/period=dates/);
    const message = t("en", "reports:errors.order");
    await expect(page.getByRole("alert")).toContainText(message);
    await expect(page.getByRole("alert").getByRole("link", { name: message })).toHaveAttribute(
      "href",
      "#field-from",
    );
    await expect(page.locator("#field-from-error")).toContainText(message);
    await expect(page).toHaveTitle(/^Error:/);
    await expect(page.getByLabel(t("en", "reports:period.dates"), { exact: true })).toBeChecked();
    await expect(page.getByLabel(t("en", "reports:period.from"), { exact: true })).toHaveValue(
      `${y + 1}-03-10`,
    );
    await expect(page.getByLabel(t("en", "reports:period.to"), { exact: true })).toHaveValue(
      `${y + 1}-03-01`,
    );
    // Meanwhile the figures shown are said to be the last complete year's.
    await expect(page.getByText(t("en", "reports:period.fixErrors"))).toBeVisible();
    await expectAccessible(page);
  });
});
