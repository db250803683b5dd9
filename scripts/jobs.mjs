// `npm run jobs`: one run of the scheduled jobs (reminders, overdue requests, email), for
// deployments that prefer cron to the scheduler inside the server. Safe to run at any time:
// a second run sends nothing twice. Uses the production build (`npm run build` first).
import { existsSync } from "node:fs";

if (!existsSync("build/server/index.js")) {
  console.error("No build found: run `npm run build` first.");
  process.exit(1);
}
const build = await import("../build/server/index.js");
const report = await build.entry.module.runJobsOnce();
console.log(JSON.stringify(report));
