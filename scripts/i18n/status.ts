// `npm run i18n:status [-- --lng ti] [--list out-of-date]`
// Per language: how many of the strings it needs it has, and how many are reviewed,
// machine-drafted, out of date (the English changed since) or missing, and how many of the
// strings children read have a current recording (in DATABASE_PATH's database). See ADR 21.
import { recordingsByLanguage } from "~/audio/recordings.server";
import { recordingCoverage } from "~/audio/studio.server";
import { getLanguage } from "~/i18n/languages";
import { keysIn, languageFigures, type StringState } from "~/i18n/translation-status.server";
import { chosenLanguages, fail, readArgs } from "./args";

const states: StringState[] = [
  "reviewed",
  "machine-drafted",
  "out-of-date",
  "missing",
  "unrecorded",
];
const usage = `Usage: npm run i18n:status [-- --lng ti] [--list ${states.join("|")}]

  --lng   one language (default: every translated language)
  --list  also list the keys in that state`;

const { values } = readArgs("i18n:status", usage, {
  lng: { type: "string" },
  list: { type: "string" },
});
const codes = chosenLanguages("i18n:status", usage, values.lng);
const list = values.list as StringState | undefined;
if (list !== undefined && !states.includes(list))
  fail("i18n:status", usage, `--list must be one of ${states.join(", ")}`);

const header = [
  "Language",
  "Complete",
  "Reviewed",
  "Machine-drafted",
  "Out of date",
  "Missing",
  "Recorded",
];
const recorded = recordingsByLanguage();
const rows = codes.map((code) => {
  const f = languageFigures(code);
  const percent = f.total ? Math.floor((f.present / f.total) * 100) : 100;
  // Recordings live in the database (DATABASE_PATH): the studio's "212 of 240 recorded".
  const clips = recordingCoverage(code, recorded.get(code) ?? new Map());
  return {
    cells: [
      `${getLanguage(code).englishName} (${code})`,
      `${f.present}/${f.total} (${percent}%)`,
      String(f.reviewed),
      String(f.machineDrafted),
      String(f.outOfDate),
      String(f.missing),
      `${clips.recorded}/${clips.total}`,
    ],
    unrecorded: f.unrecorded,
  };
});
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r.cells[i]!.length)));
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const row of rows) console.log(line(row.cells));

const unrecorded = rows.filter((r) => r.unrecorded > 0);
if (unrecorded.length) {
  console.log(
    `\nSome translated strings have no status yet (${unrecorded
      .map((r) => `${r.cells[0]}: ${r.unrecorded}`)
      .join(", ")}): run npm run i18n:mark.`,
  );
}
if (list) {
  for (const code of codes) {
    const keys = keysIn(code, list);
    console.log(`\n${getLanguage(code).englishName}, ${list}: ${keys.length}`);
    for (const key of keys) console.log(`  ${key}`);
  }
}
