// `npm run i18n:export -- --lng ti [--out ti.xlf]`
// Writes XLIFF 2.0 of what a language needs translated or reviewed (missing, machine-drafted, out
// of date), with the English and notes for the translator. See ADR 21 and the README's Languages.
import { writeFileSync } from "node:fs";
import { getLanguage } from "~/i18n/languages";
import { exportXliff } from "~/i18n/xliff.server";
import { chosenLanguages, fail, readArgs } from "./args";

const usage = `Usage: npm run i18n:export -- --lng ti [--out own-voice-ti.xlf]

  --lng  the language to translate or review
  --out  the file to write (default: print the XLIFF)`;

const { values } = readArgs("i18n:export", usage, {
  lng: { type: "string" },
  out: { type: "string" },
});
if (!values.lng) fail("i18n:export", usage, "name the language: --lng ti");
const [lng] = chosenLanguages("i18n:export", usage, values.lng);
const { xml, units } = await exportXliff(lng!);
if (values.out) {
  writeFileSync(values.out, xml);
  console.error(
    `${getLanguage(lng!).englishName}: ${units} strings to translate or review, written to ${values.out}`,
  );
} else {
  process.stdout.write(xml);
}
