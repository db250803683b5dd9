// `npm run bench:reports`: the annual report (/manage/reports, a reporting year) over a generated
// organisation of 600 young people, 10 IROs and three years of history: p50 server time as a
// ratio to /iro measured in the same run, the SQL statements each runs (the same for the whole
// organisation as for an IRO of 60 or of 6: aggregation in SQL, no query per child), and the
// time to render the whole report as a PDF. Run after `npm run build` (or pass --build).
import { execSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { todayInEngland } from "~/dates/calendar";
import { lastCompleteReportingYear } from "~/reports/period";
import { signIn, startServer } from "./lib";
import { generateBenchOrganisation } from "./organisation";

if (process.argv.includes("--build")) execSync("npm run build", { stdio: "ignore" });

const dir = mkdtempSync(path.join(tmpdir(), "own-voice-bench-reports-"));
const databasePath = path.join(dir, "bench.sqlite");

async function timed(url: string, cookie: string, n: number) {
  const ms: number[] = [];
  let statements = NaN;
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    bytes = (await response.arrayBuffer()).byteLength;
    ms.push(performance.now() - t0);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    statements = Number(/dur=(\d+)/.exec(response.headers.get("server-timing") ?? "")?.[1] ?? NaN);
  }
  ms.sort((a, b) => a - b);
  return {
    p50: +ms[Math.floor(n * 0.5)]!.toFixed(1),
    p95: +ms[Math.floor(n * 0.95)]!.toFixed(1),
    sqlStatements: statements,
    kB: +(bytes / 1024).toFixed(1),
  };
}

const organisation = await generateBenchOrganisation(databasePath);
const { counts } = organisation;
console.log(
  `Generated ${organisation.youngPeople} young people, ${organisation.iroUsernames.length} IROs, ${counts.reviews} reviews, ${counts.statements} statements and ${counts.versions} issued letters in ${organisation.seconds.toFixed(1)} s.`,
);
const year = lastCompleteReportingYear(todayInEngland());
const query = `?period=year&year=${year.from.slice(0, 4)}`;
console.log(`Reporting year ${year.from} to ${year.to}.`);
const server = await startServer(4903, {
  databasePath,
  env: { SEED_DEMO: "false", REPORT_SQL_QUERIES: "true" },
});
try {
  const { base } = server;
  const manager = await signIn(base, organisation.managerUsername, organisation.password);
  const iro = await signIn(base, organisation.iroUsernames[0]!, organisation.password);
  const small = await signIn(base, organisation.smallIroUsername, organisation.password);
  for (const [url, cookie] of [
    [`/manage/reports${query}`, manager],
    [`/iro`, iro],
  ] as const)
    await timed(base + url, cookie, 5); // warm up

  const rows = [
    {
      route: "/manage/reports (600 young people)",
      ...(await timed(`${base}/manage/reports${query}`, manager, 40)),
    },
    { route: "/iro/reports (60)", ...(await timed(`${base}/iro/reports${query}`, iro, 40)) },
    { route: "/iro/reports (6)", ...(await timed(`${base}/iro/reports${query}`, small, 40)) },
    { route: "/iro (60, same run)", ...(await timed(`${base}/iro`, iro, 40)) },
  ];
  console.log("One request at a time, 40 each (milliseconds, SQL statements per request):");
  console.table(rows);
  const iroPage = rows.at(-1)!;
  console.log(
    `/manage/reports p50 is ${(rows[0]!.p50 / iroPage.p50).toFixed(1)}x /iro's p50 in the same run.`,
  );
  const csv = await timed(`${base}/manage/reports.csv${query}&table=cla12`, manager, 20);
  console.log(`CSV of the CLA 12 table: p50 ${csv.p50} ms, ${csv.sqlStatements} SQL statements.`);
  await timed(`${base}/manage/reports.pdf${query}`, manager, 1); // starts the browser
  const pdf = await timed(`${base}/manage/reports.pdf${query}`, manager, 5);
  console.log(`Whole report as PDF: p50 ${pdf.p50} ms, p95 ${pdf.p95} ms, ${pdf.kB} KB.`);
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
