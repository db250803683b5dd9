// `npm run i18n:import -- returned.xlf --reviewer "Name"`
// Reads an XLIFF 2.0 file back from a translator: each target is written into the locale files and
// recorded as reviewed by the reviewer today, against the English in the file. Where that English
// has changed since, the string is recorded but shows as out of date. See ADR 21.
import { readFileSync } from "node:fs";
import { getLanguage } from "~/i18n/languages";
import { importXliff } from "~/i18n/xliff.server";
import { fail, readArgs } from "./args";

const usage = `Usage: npm run i18n:import -- returned.xlf --reviewer "Name of the translator"

  --reviewer  who reviewed the strings (recorded beside each one, with today's date)`;

const { values, positionals } = readArgs(
  "i18n:import",
  usage,
  { reviewer: { type: "string" } },
  true,
);
if (positionals.length !== 1) fail("i18n:import", usage, "name one XLIFF file");
if (!values.reviewer?.trim()) fail("i18n:import", usage, 'name the reviewer: --reviewer "Name"');

try {
  const result = await importXliff(readFileSync(positionals[0]!, "utf8"), {
    reviewer: values.reviewer,
  });
  const name = getLanguage(result.lng).englishName;
  console.log(
    `${name}: ${result.reviewed.length} strings recorded as reviewed by ${values.reviewer}.`,
  );
  if (result.outOfDate.length) {
    console.log(
      `\n${result.outOfDate.length} were translated from English that has changed since: written and recorded, but shown as out of date. Send them again:`,
    );
    for (const key of result.outOfDate) console.log(`  ${key}`);
  }
  if (result.skipped.length) {
    console.log(`\n${result.skipped.length} not imported:`);
    for (const { key, reason } of result.skipped) console.log(`  ${key}: ${reason}`);
  }
} catch (error) {
  console.error(`i18n:import: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
