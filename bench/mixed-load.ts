// `npm run bench:load`: the built server under a mixed load on the generated 600-young-people
// organisation (bench/organisation.ts), with the in-server scheduler on (every minute): 60 young
// people answering "Getting ready for my review" question by question (GET the page, POST the
// answer with its CSRF token, as a browser without JavaScript does) and 10 IROs reading their
// queue, all at once with no pause between requests, for 2 minutes (DURATION_SECONDS to change).
// Two phases on the same server: "paced" (a young person takes PACE_CHILD_MS, 4 s by default, to
// read a question and choose; an IRO opens the queue every PACE_IRO_MS, 10 s: a busy afternoon)
// for DURATION_SECONDS (120), then "flat out" (no pause at all) for FLAT_SECONDS (60), which
// finds the most the server can do. Reports per phase throughput, p50/p95 per kind, errors,
// SQLite busy/locked errors in the server's log, and the server's memory (VmRSS) every 15 s.
// Run after `npm run build` (or --build).
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
const pacedSeconds = Number(process.env.DURATION_SECONDS ?? 120);
const flatSeconds = Number(process.env.FLAT_SECONDS ?? 60);
const paceChildMs = Number(process.env.PACE_CHILD_MS ?? 4000);
const paceIroMs = Number(process.env.PACE_IRO_MS ?? 10000);
let pace = { child: 0, iro: 0 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A pause of about `ms` (±50%), so clients do not march in step. */
const pause = (ms: number) => (ms ? sleep(ms * (0.5 + Math.random())) : Promise.resolve());
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
const emptyLatencies = (): Record<Kind, number[]> => ({
  "question page (GET)": [],
  "answer (POST)": [],
  "IRO queue (GET)": [],
});
let latencies = emptyLatencies();
const errors: string[] = [];
let stopAt = 0;

async function timed(kind: Kind, url: string, init: RequestInit) {
  const t0 = performance.now();
  const response = await fetch(url, { ...init, redirect: "manual" });
  const body = await response.text();
  latencies[kind].push(performance.now() - t0);
  return { response, body };
}

/** Each young person signs in and opens the form once; the second phase carries on from there. */
const started = new Map<string, { cookie: string; firstQuestion: string }>();

async function youngPerson(username: string) {
  let session = started.get(username);
  if (!session) {
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
    session = { cookie, firstQuestion };
    started.set(username, session);
  }
  const { cookie, firstQuestion } = session;
  let question = firstQuestion;
  while (performance.now() < stopAt) {
    await pause(pace.child);
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
    await pause(pace.iro);
    const page = await timed("IRO queue (GET)", `${server.base}/iro/queue`, {
      headers: { cookie },
    });
    if (page.response.status !== 200) errors.push(`GET /iro/queue: ${page.response.status}`);
  }
}

const q = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return +(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(1);
};
const rssSamples: { second: number; rssMB: number }[] = [];
const benchStart = performance.now();
const sampler = setInterval(
  () =>
    rssSamples.push({ second: Math.round((performance.now() - benchStart) / 1000), rssMB: rss() }),
  15_000,
);

async function phase(name: string, seconds: number, paceMs: typeof pace) {
  pace = paceMs;
  latencies = emptyLatencies();
  const errorsBefore = errors.length;
  const busyBefore = busyCount();
  const started = performance.now();
  stopAt = started + seconds * 1000;
  console.log(`${name}: ${seconds} s, ${youngPeopleClients} young people, 10 IROs…`);
  await Promise.all([
    ...englishSpeakers.map((u) => youngPerson(u)),
    ...organisation.iroUsernames.slice(0, 10).map((u) => iro(u)),
  ]);
  const elapsed = (performance.now() - started) / 1000;
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
  const summary = {
    phase: name,
    seconds: +elapsed.toFixed(0),
    requests: total,
    perSecond: +(total / elapsed).toFixed(1),
    errors: errors.length - errorsBefore,
    sqliteBusy: busyCount() - busyBefore,
    rssEndMB: rss(),
  };
  console.table([summary]);
  return summary;
}

function busyCount() {
  return (output.join("").match(/SQLITE_BUSY|SQLITE_LOCKED|database is locked/g) ?? []).length;
}

try {
  const rssStart = rss();
  rssSamples.push({ second: 0, rssMB: rssStart });
  await phase("paced", pacedSeconds, { child: paceChildMs, iro: paceIroMs });
  if (flatSeconds) await phase("flat out", flatSeconds, { child: 0, iro: 0 });
  clearInterval(sampler);
  rssSamples.push({ second: Math.round((performance.now() - benchStart) / 1000), rssMB: rss() });
  const log = output.join("");
  console.log("Memory (VmRSS) through the run:");
  console.table(rssSamples);
  console.table([
    {
      schedulerRuns: (log.match(/scheduled jobs ran/g) ?? []).length,
      schedulerFailures: (log.match(/scheduled jobs failed/g) ?? []).length,
      errors: errors.length,
      sqliteBusy: busyCount(),
      rssStartMB: rssStart,
      rssEndMB: rssSamples.at(-1)!.rssMB,
    },
  ]);
  if (errors.length) console.log("First errors:", errors.slice(0, 10));
  if (errors.length || busyCount()) process.exitCode = 1;
} finally {
  clearInterval(sampler);
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
