// `npm run bench:load`: the built server under a mixed load on the generated 600-young-people
// organisation (bench/organisation.ts), with the in-server scheduler on (every minute): 60 young
// people answering "Getting ready for my review" question by question (GET the page, POST the
// answer with its CSRF token, as a browser without JavaScript does) and 10 IROs reading their
// queue, all at once with no pause between requests, for 2 minutes (DURATION_SECONDS to change).
// Reports throughput, p95 per kind, errors, SQLite busy/locked errors in the server's log, and
// the server's memory (VmRSS) at the start and the end. Run after `npm run build` (or --build).
import { execSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { like } from "drizzle-orm";
import { openDatabase } from "#db/db.server";
import { users } from "#db/schema";
import { hashSecret } from "~/auth/password.server";
import { signIn, startServer } from "./lib";
import { benchPassword, generateBenchOrganisation } from "./organisation";

if (process.argv.includes("--build")) execSync("npm run build", { stdio: "ignore" });
const seconds = Number(process.env.DURATION_SECONDS ?? 120);
const youngPeopleClients = 60;

const dir = mkdtempSync(path.join(tmpdir(), "own-voice-bench-load-"));
const databasePath = path.join(dir, "load.sqlite");
console.log("Generating the organisation…");
const organisation = await generateBenchOrganisation(databasePath);

// The generated young people have no way in yet: they get a password (as a young person may
// choose instead of pictures); the first 60 English speakers sign in with it.
const englishSpeakers = Array.from({ length: 100 }, (_, i) => i)
  .filter((i) => i % 10 < 6)
  .slice(0, youngPeopleClients)
  .map((i) => `yp.${i}`);
{
  const { db, sqlite } = openDatabase(databasePath);
  const hash = await hashSecret(benchPassword);
  db.update(users).set({ passwordHash: hash }).where(like(users.username, "yp.%")).run();
  sqlite.close();
}

const output: string[] = [];
const server = await startServer(4907, {
  databasePath,
  output,
  env: { JOBS_INTERVAL_MINUTES: "1", SEED_DEMO: "false" },
});
const rss = () => {
  const status = readFileSync(`/proc/${server.pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
};

type Kind = "question page (GET)" | "answer (POST)" | "IRO queue (GET)";
const latencies: Record<Kind, number[]> = {
  "question page (GET)": [],
  "answer (POST)": [],
  "IRO queue (GET)": [],
};
const errors: string[] = [];
let stopAt = 0;

async function timed(kind: Kind, url: string, init: RequestInit) {
  const t0 = performance.now();
  const response = await fetch(url, { ...init, redirect: "manual" });
  const body = await response.text();
  latencies[kind].push(performance.now() - t0);
  return { response, body };
}

async function youngPerson(username: string) {
  const cookie = await signIn(server.base, username, benchPassword);
  const start = await fetch(`${server.base}/me/start/getting-ready`, {
    headers: { cookie },
    redirect: "manual",
  });
  const firstQuestion = start.headers.get("location");
  if (!firstQuestion?.includes("/questions/")) {
    errors.push(`${username}: no first question (${start.status} ${firstQuestion})`);
    return;
  }
  let question = firstQuestion;
  while (performance.now() < stopAt) {
    const page = await timed("question page (GET)", `${server.base}${question}`, {
      headers: { cookie },
    });
    if (page.response.status !== 200) {
      errors.push(`GET ${question}: ${page.response.status}`);
      question = firstQuestion;
      continue;
    }
    const csrf = /name="csrf" value="([^"]+)"/.exec(page.body)?.[1];
    // The first picture of a picture question; anything else is skipped.
    const radio = /<input[^>]*type="(?:radio|checkbox)"[^>]*>/.exec(page.body)?.[0];
    const name = radio && /name="([^"]+)"/.exec(radio)?.[1];
    const value = radio && /value="([^"]+)"/.exec(radio)?.[1];
    const form = new URLSearchParams({ csrf: csrf ?? "", intent: name ? "next" : "skip" });
    if (name && value) form.set(name, value);
    const post = await timed("answer (POST)", `${server.base}${question}`, {
      method: "POST",
      headers: {
        cookie,
        "content-type": "application/x-www-form-urlencoded",
        origin: server.base,
      },
      body: form,
    });
    const location = post.response.headers.get("location");
    if (post.response.status < 300 || post.response.status >= 400 || !location) {
      errors.push(`POST ${question}: ${post.response.status}`);
      question = firstQuestion;
      continue;
    }
    // At the check page, round again from the first question (the same draft, answers changed).
    question = location.includes("/questions/") ? location : firstQuestion;
  }
}

async function iro(username: string) {
  const cookie = await signIn(server.base, username, organisation.password);
  while (performance.now() < stopAt) {
    const page = await timed("IRO queue (GET)", `${server.base}/iro/queue`, {
      headers: { cookie },
    });
    if (page.response.status !== 200) errors.push(`GET /iro/queue: ${page.response.status}`);
  }
}

try {
  const rssStart = rss();
  const started = performance.now();
  stopAt = started + seconds * 1000;
  console.log(`Running ${seconds} s: ${youngPeopleClients} young people, 10 IROs…`);
  await Promise.all([
    ...englishSpeakers.map((u) => youngPerson(u)),
    ...organisation.iroUsernames.slice(0, 10).map((u) => iro(u)),
  ]);
  const elapsed = (performance.now() - started) / 1000;
  const rssEnd = rss();
  const log = output.join("");
  const busy = (log.match(/SQLITE_BUSY|SQLITE_LOCKED|database is locked/g) ?? []).length;
  const schedulerRuns = (log.match(/scheduled jobs ran/g) ?? []).length;
  const schedulerFailures = (log.match(/scheduled jobs failed/g) ?? []).length;

  const q = (values: number[], p: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return +(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(1);
  };
  const total = Object.values(latencies).reduce((sum, l) => sum + l.length, 0);
  console.table(
    Object.entries(latencies).map(([kind, l]) => ({
      kind,
      requests: l.length,
      perSecond: +(l.length / elapsed).toFixed(1),
      p50ms: q(l, 0.5),
      p95ms: q(l, 0.95),
      maxMs: q(l, 1),
    })),
  );
  console.table([
    {
      seconds: +elapsed.toFixed(0),
      requests: total,
      perSecond: +(total / elapsed).toFixed(1),
      errors: errors.length,
      sqliteBusy: busy,
      schedulerRuns,
      schedulerFailures,
      rssStartMB: rssStart,
      rssEndMB: rssEnd,
    },
  ]);
  if (errors.length) console.log("First errors:", errors.slice(0, 10));
  if (errors.length || busy) process.exitCode = 1;
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
