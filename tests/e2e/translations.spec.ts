import { recordingCoverage } from "~/audio/studio.server";
import { formatNumber } from "~/i18n/format";
import { languages } from "~/i18n/languages";
import { languageFigures } from "~/i18n/translation-status.server";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, t } from "./helpers";

const lng = "en";

test("a translator sees, per language, how many strings are reviewed, machine-drafted, out of date and missing", async ({
  page,
}) => {
  await signIn(page, "translator.hanna", "ownvoice-demo");
  await page.goto("/translate");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(lng, "home:translate.title"));
  await expectAccessible(page);

  const table = page.getByRole("table", { name: t(lng, "home:translate.caption") });
  await expect(table.getByRole("columnheader")).toHaveText([
    t(lng, "home:translate.language"),
    t(lng, "home:translate.status"),
    t(lng, "home:translate.strings"),
    t(lng, "home:translate.reviewed"),
    t(lng, "home:translate.machineDrafted"),
    t(lng, "home:translate.outOfDate"),
    t(lng, "home:translate.missing"),
    t(lng, "home:translate.recorded"),
  ]);

  // The figures are each string's recorded status (locales/<lang>/status/), not "the key exists".
  const translated = languages.filter((l) => l.code !== "en");
  await expect(table.getByRole("row")).toHaveCount(translated.length + 1);
  for (const language of translated) {
    const f = languageFigures(language.code);
    // Read from the server's database: the studio's recordings (none yet for most languages).
    const recordings = recordingCoverage(language.code);
    const n = (value: number) => formatNumber(value, lng);
    const row = table
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: language.englishName }) });
    await expect(row.getByRole("cell")).toHaveText([
      t(lng, `home:translate.statuses.${language.status}`),
      t(lng, "home:translate.coverage", { translated: n(f.present), total: n(f.total) }),
      n(f.reviewed),
      n(f.machineDrafted + f.unrecorded),
      n(f.outOfDate),
      n(f.missing),
      t(lng, "home:translate.recordedOf", {
        recorded: n(recordings.recorded),
        total: n(recordings.total),
      }),
    ]);
    expect(f.reviewed + f.machineDrafted + f.unrecorded + f.outOfDate + f.missing).toBe(f.total);
  }

  // What each figure means, in words.
  for (const figure of ["reviewed", "machineDrafted", "outOfDate", "missing", "recorded"]) {
    await expect(page.getByText(t(lng, `home:translate.meaning.${figure}`))).toBeVisible();
  }
});
