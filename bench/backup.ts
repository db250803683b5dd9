// `npm run bench:backup`: backup and restore of the generated organisation (600 young people and
// three years of history, bench/organisation.ts) with invented voice notes and recordings: the
// time of each, the archive's size, the most the server's event loop was held up while the backup
// ran through its own connection (what requests would wait), and the memory used. Runs
// in-process: no server or build needed. Random bytes stand in for the audio (Opus, WebM), which
// does not compress either.
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import Database from "better-sqlite3";

const voiceNotes = Number(process.env.BENCH_VOICE_NOTES ?? 800);
const recordings = Number(process.env.BENCH_RECORDINGS ?? 120);
const dir = mkdtempSync(path.join(tmpdir(), "own-voice-bench-backup-"));
const dataDir = path.join(dir, "data");
const databasePath = path.join(dataDir, "own-voice.sqlite");
process.env.DATABASE_PATH = databasePath;
process.env.SEED_DEMO = "false";
process.env.SESSION_SECRET ??= "bench-secret-bench-secret-bench-secret-01";

const { getSqlite, closeDb } = await import("#db/db.server");
const { createBackup } = await import("~/backup/create-backup.server");
const { restoreBackup } = await import("~/backup/restore-backup.server");
// The shared generator of the benchmarks' organisation (bench/organisation.ts).
const organisationModule = "./organisation";
const { generateBenchOrganisation } = (await import(organisationModule)) as {
  generateBenchOrganisation: (file: string) => Promise<{ counts: Record<string, number> }>;
};

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

console.log("Generating the organisation and its files…");
const organisation = await generateBenchOrganisation(databasePath);
let fileBytes = 0;
const write = (file: string, size: number) => {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, randomBytes(size), { mode: 0o600 });
  fileBytes += size;
};
// A voice note is up to a few minutes of Opus: 30–250 KB here.
for (let i = 0; i < voiceNotes; i++)
  write(path.join(dataDir, "voice-notes", `note-${i}`), 30_000 + ((i * 7919) % 220_000));
for (let i = 0; i < recordings; i++)
  write(
    path.join(dataDir, "audio", "recordings", `rec-${i}.ogg`),
    10_000 + ((i * 104729) % 60_000),
  );

const databaseBytes = statSync(databasePath).size;
let peakRss = process.memoryUsage().rss;
const rssBefore = peakRss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

// As the server does it: through the app's own connection, between other work.
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
let started = performance.now();
const backup = await createBackup({
  databasePath,
  connection: getSqlite(),
  dataDirectory: dataDir,
  outputDirectory: path.join(dir, "backups"),
});
const backupMs = performance.now() - started;
delay.disable();
const rssAfterBackup = peakRss;

const target = path.join(dir, "restored");
started = performance.now();
const restored = await restoreBackup({ archive: backup.archive, dataDirectory: target });
const restoreMs = performance.now() - started;
clearInterval(sampler);

// The restored database has what the live one has.
const count = (file: string) => {
  const db = new Database(file, { readonly: true });
  const n = db.prepare("select count(*) from statements").pluck().get() as number;
  db.close();
  return n;
};
if (count(restored.databasePath) !== count(databasePath))
  throw new Error("the restored database differs");

console.log(`\nOrganisation: ${JSON.stringify(organisation.counts)}`);
console.log(`Database: ${mb(databaseBytes)}; files: ${voiceNotes + recordings}, ${mb(fileBytes)}`);
console.log(`Backup:  ${seconds(backupMs)}, archive ${mb(backup.bytes)} (${backup.files} files)`);
console.log(
  `         event loop held up at most ${(delay.max / 1e6).toFixed(0)} ms (p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms)`,
);
console.log(
  `Restore: ${seconds(restoreMs)} (checksum, unpack, verify every file, move into place)`,
);
console.log(
  `Memory:  ${mb(rssBefore)} before, at most ${mb(rssAfterBackup)} during the backup, ${mb(peakRss)} during the restore`,
);
closeDb();
rmSync(dir, { recursive: true, force: true });
