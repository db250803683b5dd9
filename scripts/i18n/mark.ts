// `npm run i18n:mark [-- --lng ti] [--redrafted ns:key ...]`
// Run after drafting strings: each translated key without a status is recorded as machine-drafted
// from today's English, and the status of keys that no longer exist is removed. --redrafted
// records a string drafted again (after its English changed) as machine-drafted. See ADR 21.
import { getLanguage } from "~/i18n/languages";
import { markDrafts } from "~/i18n/translation-status.server";
import { chosenLanguages, fail, readArgs } from "./args";

const usage = `Usage: npm run i18n:mark [-- --lng ti] [--redrafted consultation:ui.next ...]

  --lng        one language (default: every translated language)
  --redrafted  a string you drafted again after its English changed: recorded as machine-drafted
               from today's English (repeat for more than one)`;

const { values } = readArgs("i18n:mark", usage, {
  lng: { type: "string" },
  redrafted: { type: "string", multiple: true },
});
const codes = chosenLanguages("i18n:mark", usage, values.lng);
const redrafted = values.redrafted ?? [];
if (redrafted.length && codes.length !== 1)
  fail("i18n:mark", usage, "--redrafted needs --lng: which language did you redraft?");

let unknown = 0;
for (const code of codes) {
  const result = markDrafts(code, { redrafted });
  const name = `${getLanguage(code).englishName} (${code})`;
  console.log(
    `${name}: ${result.added.length} recorded as machine-drafted, ${result.redrafted.length} redrafted, ${result.removed.length} removed`,
  );
  for (const key of result.removed) console.log(`  removed ${key}`);
  for (const key of result.unknownRedrafts)
    console.log(`  not translated, nothing to mark: ${key}`);
  unknown += result.unknownRedrafts.length;
}
if (unknown) process.exit(1);
