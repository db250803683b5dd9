// `npx tsx bench/audit-trail.ts [events]`: the audit trail on a large table. One council with
// 5,000 young people, 400 staff and (by default) 1,000,000 audit events over two years, beside a
// second council with 200,000: the time of each filtered first page, a page deep in the trail, and
// the CSV export of one child's and of a month's events (rows per second, peak memory).
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const total = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(path.join(tmpdir(), "own-voice-bench-audit-"));
process.env.DATABASE_PATH = path.join(dir, "bench.sqlite");
process.env.SESSION_SECRET ??= "bench-secret-bench-secret-bench-secret-0123";
process.env.SEED_DEMO = "false";

const { getDb, closeDb } = await import("#db/db.server");
const { organisations, users, youngPeople } = await import("#db/schema");
const trail = await import("~/audit/audit-trail.server");
const { auditCsvStream } = await import("~/audit/audit-csv.server");
const { auditActions } = await import("~/audit/actions");

const db = getDb();
const sqlite = (db as unknown as { $client: import("better-sqlite3").Database }).$client;

// Every action but one, which stays the worst case of a kind filter: nothing to find.
const seeded = auditActions.filter((a) => a !== "staff_unlocked");

function seedCouncil(name: string, events: number, people: number, staff: number) {
  const organisationId = randomUUID();
  db.insert(organisations).values({ id: organisationId, name }).run();
  const staffIds: string[] = [];
  const childIds: string[] = [];
  db.transaction((tx) => {
    for (let i = 0; i < staff; i++) {
      const id = randomUUID();
      staffIds.push(id);
      tx.insert(users)
        .values({
          id,
          organisationId,
          role: i % 10 === 0 ? "manager" : "iro",
          username: `${name.slice(0, 4)}.staff${i}`.toLowerCase(),
          displayName: `Staff Member ${i}`,
        })
        .run();
    }
    for (let i = 0; i < people; i++) {
      const id = randomUUID();
      childIds.push(id);
      tx.insert(youngPeople)
        .values({
          id,
          organisationId,
          givenName: `Child${i}`,
          familyName: "Bench",
          dateOfBirth: "2012-01-01",
          serviceArea: "children_in_care",
          caseReference: `${name.slice(0, 2).toUpperCase()}${100000 + i}`,
        })
        .run();
    }
  });
  const insert = sqlite.prepare(
    `insert into audit_events (id, organisation_id, actor_user_id, action, subject_type,
      young_person_id, client_address, at) values (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const start = Date.parse("2024-06-01T00:00:00Z");
  const span = 2 * 365 * 86_400_000;
  const batch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const action = seeded[i % seeded.length]!;
      insert.run(
        randomUUID(),
        organisationId,
        i % 50 === 0 ? null : staffIds[i % staffIds.length],
        action,
        "statement",
        i % 3 === 0 ? null : childIds[(i * 7) % childIds.length],
        "203.0.113.9",
        new Date(start + Math.floor((i / events) * span)).toISOString(),
      );
    }
  });
  for (let from = 0; from < events; from += 50_000) batch(from, Math.min(events, from + 50_000));
  return { organisationId, staffIds, childIds };
}

const seedStart = performance.now();
const council = seedCouncil("Benchford Council", total, 5000, 400);
seedCouncil("Otherton Council", Math.round(total / 5), 1000, 100);
// Worst cases: a person who acted once, two years ago; an action nobody has taken.
const rareId = randomUUID();
db.insert(users)
  .values({
    id: rareId,
    organisationId: council.organisationId,
    role: "iro",
    username: "rare.reviewer",
    displayName: "Rare Reviewer",
  })
  .run();
sqlite
  .prepare(
    "insert into audit_events (id, organisation_id, actor_user_id, action, at) values (?, ?, ?, ?, ?)",
  )
  .run(randomUUID(), council.organisationId, rareId, "sign_in", "2024-06-01T09:00:00.000Z");
sqlite.exec("analyze");
console.log(
  `seeded ${total.toLocaleString("en-GB")} + ${Math.round(total / 5).toLocaleString("en-GB")} events in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
);

const { eq } = await import("drizzle-orm");
const manager = db.select().from(users).where(eq(users.id, council.staffIds[0]!)).get()!;
const signedIn = { ...manager, sessionId: "bench", togetherYoungPersonId: null };

function time(label: string, fn: () => { events: unknown[] }, runs = 20) {
  fn(); // warm
  const samples: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    rows = fn().events.length;
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(48)} median ${samples[runs >> 1]!.toFixed(1).padStart(7)} ms   max ${samples[runs - 1]!.toFixed(1).padStart(7)} ms   ${rows} rows`,
  );
}

const list = trail.listAuditEvents;
const child = council.childIds[42]!;
time("first page, no filter", () => list(signedIn, {}));
time("first page, one child (by id)", () => list(signedIn, { youngPersonId: child }));
time("first page, child by case reference", () => list(signedIn, { child: "BE100042" }));
time("first page, child by part of a name", () => list(signedIn, { child: "child4242" }));
time("first page, kind 'opened'", () => list(signedIn, { kind: "opened" }));
time("first page, one rare action", () => list(signedIn, { kind: "caseload_moved" }));
time("first page, one month", () => list(signedIn, { from: "2025-03-01", to: "2025-03-31" }));
time("first page, person (common name part)", () => list(signedIn, { person: "member 1" }));
time("first page, person (one of 400 staff)", () => list(signedIn, { person: "staff member 399" }));
time("first page, person who acted once, long ago", () =>
  list(signedIn, { person: "rare reviewer" }),
);
time("first page, an action nobody took", () => list(signedIn, { kind: "staff_unlocked" }));
time("first page, person + child", () =>
  list(signedIn, { person: "staff member 7", child: "child4242" }),
);
const deep = list(signedIn, { from: "2024-06-02", to: "2024-06-02" }).events[0] as {
  at: string;
  id: string;
};
time("a page deep in the trail (two years back)", () =>
  list(signedIn, {}, { before: { at: deep.at, id: deep.id } }),
);

async function exportTime(label: string, filter: Parameters<typeof auditCsvStream>[1]) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const t0 = performance.now();
  const reader = auditCsvStream(signedIn, filter).getReader();
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (const b of value) if (b === 10) lines++;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `${label.padEnd(48)} ${(lines - 1).toLocaleString("en-GB")} rows, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s (${Math.round((lines - 1) / seconds).toLocaleString("en-GB")} rows/s), rss +${((peak - before) / 1e6).toFixed(0)} MB`,
  );
}

await exportTime("CSV, one child", { youngPersonId: child });
await exportTime("CSV, one month", { from: "2025-03-01", to: "2025-03-31" });
await exportTime("CSV, everything", {});

closeDb();
rmSync(dir, { recursive: true, force: true });
