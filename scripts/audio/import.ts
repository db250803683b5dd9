// `npm run audio:import -- recordings.zip [--replace]`
// Reads a zip written by audio:export. Only recordings of exactly our words are taken (the same
// English and translation); a current recording of ours is kept unless --replace.
import { readFileSync } from "node:fs";
import { importRecordings } from "~/audio/exchange.server";
import { fail, readArgs } from "../i18n/args";

const usage = `Usage: npm run audio:import -- recordings.zip [--replace]

  --replace  take the file's recording even where we have a current one of our own`;

const { values, positionals } = readArgs(
  "audio:import",
  usage,
  { replace: { type: "boolean" } },
  true,
);
const file = positionals[0];
if (!file || positionals.length > 1) fail("audio:import", usage, "name one zip file");
try {
  const report = await importRecordings(new Uint8Array(readFileSync(file)), {
    replace: values.replace ?? false,
  });
  console.log(
    `audio:import: ${report.imported} imported; ${report.kept} kept (we have our own); ` +
      `${report.differentWords} recorded from other words than ours (skipped); ${report.refused} refused`,
  );
} catch (error) {
  fail("audio:import", usage, error instanceof Error ? error.message : String(error));
}
