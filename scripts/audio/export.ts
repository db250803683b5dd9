// `npm run audio:export -- --out recordings.zip [--lng ti]`
// Writes the current recordings (all translated languages, or one) to a zip another council's
// Own Voice can import with audio:import. Reads DATABASE_PATH and the data directory beside it.
import { writeFileSync } from "node:fs";
import { exportRecordings } from "~/audio/exchange.server";
import { chosenLanguages, fail, readArgs } from "../i18n/args";

const usage = `Usage: npm run audio:export -- --out recordings.zip [--lng ti]

  --out  the zip file to write
  --lng  one language (default: every translated language)`;

const { values } = readArgs("audio:export", usage, {
  out: { type: "string" },
  lng: { type: "string" },
});
if (!values.out) fail("audio:export", usage, "--out is required: where shall the zip go?");
const { zip, count } = exportRecordings(chosenLanguages("audio:export", usage, values.lng));
writeFileSync(values.out, zip);
console.log(`audio:export: ${count} recordings written to ${values.out} (${zip.length} bytes)`);
