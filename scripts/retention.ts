// `npm run retention [-- --dry-run]`: one retention run for every organisation now, whatever the
// scheduler did today. With --dry-run nothing is removed: it prints (and records, marked as a
// dry run) what would go. Counts by kind only, never content.
import { getDb } from "#db/db.server";
import { env } from "~/env.server";
import { runRetention } from "~/retention/run.server";

env();
getDb();
const dryRun = process.argv.includes("--dry-run");
const report = runRetention({ dryRun, record: true });
console.log(JSON.stringify({ dryRun, organisations: report }, null, 2));
