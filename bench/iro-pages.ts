// `npm run bench:iro`: the IRO's caseload (/iro) and preparation queue (/iro/queue) on a generated
// organisation of 600 young people, 10 IROs and three years of reviews and statements: server time
// as a ratio to a trivial route, and the SQL statements each page runs (the same for a caseload of
// 6 as of 60: no query per child). Run after `npm run build` (or pass --build).
import { execSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { load, signIn, startServer } from "./lib";
import { generateBenchOrganisation } from "./organisation";

if (process.argv.includes("--build")) execSync("npm run build", { stdio: "ignore" });

const dir = mkdtempSync(path.join(tmpdir(), "own-voice-bench-iro-"));
const databasePath = path.join(dir, "bench.sqlite");

async function timed(url: string, cookie: string, n: number) {
  const ms: number[] = [];
  let queries = 0;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    await response.arrayBuffer();
    ms.push(performance.now() - t0);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    queries = Number(/dur=(\d+)/.exec(response.headers.get("server-timing") ?? "")?.[1] ?? NaN);
  }
  ms.sort((a, b) => a - b);
  return {
    p50: +ms[Math.floor(n * 0.5)]!.toFixed(2),
    p95: +ms[Math.floor(n * 0.95)]!.toFixed(2),
    sqlStatements: queries,
  };
}

const organisation = await generateBenchOrganisation(databasePath);
const { counts } = organisation;
console.log(
  `Generated ${organisation.youngPeople} young people, ${organisation.iroUsernames.length} IROs (60 each) plus one with 6, ${counts.reviews} reviews, ${counts.statements} statements and ${counts.versions} issued letters in ${organisation.seconds.toFixed(1)} s.`,
);
const server = await startServer(4902, {
  databasePath,
  env: { SEED_DEMO: "false", REPORT_SQL_QUERIES: "true" },
});
try {
  const cookie = await signIn(server.base, organisation.iroUsernames[0]!, organisation.password);
  const small = await signIn(server.base, organisation.smallIroUsername, organisation.password);
  const base = server.base;
  for (const url of ["/iro", "/iro/queue", "/healthz"]) await timed(base + url, cookie, 30); // warm up

  const rows = [
    { route: "/iro (60 young people)", ...(await timed(`${base}/iro`, cookie, 300)) },
    { route: "/iro/queue (60)", ...(await timed(`${base}/iro/queue`, cookie, 300)) },
    { route: "/iro (6 young people)", ...(await timed(`${base}/iro`, small, 300)) },
    { route: "/iro/queue (6)", ...(await timed(`${base}/iro/queue`, small, 300)) },
    { route: "/healthz (trivial)", ...(await timed(`${base}/healthz`, cookie, 300)) },
  ];
  console.log("One request at a time, 300 each (milliseconds, and SQL statements per request):");
  console.table(rows);
  const trivial = rows.at(-1)!;
  for (const row of rows.slice(0, 2))
    console.log(
      `${row.route}: p50 ${(row.p50 / trivial.p50).toFixed(1)}x, p95 ${(row.p95 / trivial.p95).toFixed(1)}x the trivial route`,
    );
  const caseload = await load(`${base}/iro`, cookie, 10, 1000);
  const queue = await load(`${base}/iro/queue`, cookie, 10, 1000);
  const healthz = await load(`${base}/healthz`, cookie, 10, 1000);
  console.log("Under 10 concurrent clients, 1000 requests each:");
  console.table([
    { route: "/iro (60)", ...caseload },
    { route: "/iro/queue (60)", ...queue },
    { route: "/healthz (trivial)", ...healthz },
  ]);
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
