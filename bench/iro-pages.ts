// `npm run bench:iro`: the IRO's caseload (/iro) and preparation queue (/iro/queue) on a generated
// organisation of 600 young people, 10 IROs and three years of reviews and statements: server time
// as a ratio to a trivial route, and the SQL statements each page runs (the same for a caseload of
// 6 as of 60: no query per child). Run after `npm run build` (or pass --build).
import { execSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { openDatabase } from "#db/db.server";
import {
  allocations,
  consultationRequests,
  organisations,
  reviews,
  statementReaders,
  statementReads,
  statementReplies,
  statements,
  urgentAlerts,
  users,
  youngPeople,
} from "#db/schema";
import { hashSecret } from "~/auth/password.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import { addMonths } from "~/dates/working-days";
import { load, signIn, startServer } from "./lib";

if (process.argv.includes("--build")) execSync("npm run build", { stdio: "ignore" });

const youngPeopleCount = 600;
const iroCount = 10;
const password = "bench-password-123";
const today = todayInEngland();
let seed = 7;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;

const dir = mkdtempSync(path.join(tmpdir(), "own-voice-bench-iro-"));
const databasePath = path.join(dir, "bench.sqlite");

async function generate() {
  const { db, sqlite } = openDatabase(databasePath);
  const hash = await hashSecret(password);
  const organisationId = randomUUID();
  const counts = { reviews: 0, statements: 0 };
  db.transaction((tx) => {
    tx.insert(organisations)
      .values({ id: organisationId, name: "Bench Borough (generated)" })
      .run();
    const staff = (role: "iro" | "social_worker", n: number, prefix: string = role) =>
      Array.from({ length: n }, (_, i) => {
        const id = randomUUID();
        tx.insert(users)
          .values({
            id,
            organisationId,
            role,
            username: `${prefix}.${i}`,
            displayName: `${role === "iro" ? "IRO" : "Worker"} ${i}`,
            passwordHash: hash,
          })
          .run();
        return id;
      });
    const iros = staff("iro", iroCount);
    const workers = staff("social_worker", 30);
    // A small caseload too, to show that the query count does not grow with the caseload.
    const smallIro = staff("iro", 1, "iro.small")[0]!;

    for (let i = 0; i < youngPeopleCount; i++) {
      const userId = randomUUID();
      tx.insert(users)
        .values({
          id: userId,
          organisationId,
          role: "young_person",
          username: `yp.${i}`,
          displayName: `Young ${i}`,
        })
        .run();
      const youngPersonId = randomUUID();
      const lookedAfterOn = addDays(today, -(100 + Math.floor(random() * 1000)));
      tx.insert(youngPeople)
        .values({
          id: youngPersonId,
          organisationId,
          userId,
          givenName: `Young${i}`,
          familyName: "Person",
          dateOfBirth: addDays(today, -(365 * (5 + (i % 13)) + (i % 300))),
          preferredLanguage: ["en", "ar", "ti", "om"][i % 4]!,
          needsInterpreter: i % 4 !== 0,
          isUnaccompanied: i % 5 === 0,
          serviceArea: "children_in_care",
          lookedAfterOn,
        })
        .run();
      const iro = i < 6 ? smallIro : iros[i % iroCount]!;
      const worker = workers[i % workers.length]!;
      tx.insert(allocations)
        .values({
          organisationId,
          youngPersonId,
          userId: iro,
          relationship: "iro",
          startsOn: lookedAfterOn,
        })
        .run();
      tx.insert(allocations)
        .values({
          organisationId,
          youngPersonId,
          userId: worker,
          relationship: "social_worker",
          startsOn: lookedAfterOn,
        })
        .run();
      // Held reviews every six months since becoming looked after, each with a statement or two.
      let held = addDays(lookedAfterOn, 25);
      while (held < addDays(today, -30)) {
        const reviewId = randomUUID();
        tx.insert(reviews)
          .values({
            id: reviewId,
            organisationId,
            youngPersonId,
            kind: "looked_after",
            dueOn: held,
            plannedOn: held,
            heldOn: held,
            status: "held",
            participationCode: "PN6",
            decisions: ["Placement to continue."],
            decisionsDueOn: addDays(held, 7),
            decisionsCirculatedOn: addDays(held, 5),
          })
          .run();
        counts.reviews++;
        for (let s = 0; s < 2; s++) {
          const statementId = randomUUID();
          const submittedAt = `${addDays(held, -10 + s * 3)}T10:00:00.000Z`;
          tx.insert(statements)
            .values({
              id: statementId,
              organisationId,
              youngPersonId,
              authorUserId: userId,
              templateId: s === 0 ? "getting-ready" : "good-news",
              templateVersion: 1,
              language: "en",
              answers: { home: "feeling-good" },
              status: "submitted",
              sharing: "iro-and-social-worker",
              submittedAt,
              reviewId: s === 0 ? reviewId : null,
            })
            .run();
          for (const reader of [iro, worker])
            tx.insert(statementReaders)
              .values({ statementId, userId: reader, reason: "chosen" })
              .run();
          tx.insert(statementReads).values({ statementId, userId: iro, at: submittedAt }).run();
          tx.insert(statementReplies)
            .values({ statementId, authorUserId: iro, text: "Thank you.", createdAt: submittedAt })
            .run();
          counts.statements++;
        }
        held = addMonths(held, 6);
      }
      // The next review: spread over the coming months, some overdue; some already asked about.
      const reviewId = randomUUID();
      const dueOn = addDays(today, -10 + Math.floor(random() * 180));
      tx.insert(reviews)
        .values({
          id: reviewId,
          organisationId,
          youngPersonId,
          kind: "looked_after",
          dueOn,
          status: "planned",
        })
        .run();
      counts.reviews++;
      if (i % 2 === 0)
        tx.insert(consultationRequests)
          .values({
            organisationId,
            reviewId,
            youngPersonId,
            kind: "young_person",
            recipientUserId: userId,
            templateId: "getting-ready",
            requestedBy: iro,
            dueOn: addDays(dueOn, -7),
          })
          .run();
      if (i % 3 === 0) {
        const statementId = randomUUID();
        tx.insert(statements)
          .values({
            id: statementId,
            organisationId,
            youngPersonId,
            authorUserId: userId,
            templateId: "worried",
            templateVersion: 1,
            language: "en",
            answers: {},
            status: "submitted",
            sharing: "iro",
            isUrgent: i % 30 === 0,
            submittedAt: `${addDays(today, -3)}T09:00:00.000Z`,
          })
          .run();
        tx.insert(statementReaders).values({ statementId, userId: iro, reason: "chosen" }).run();
        if (i % 30 === 0)
          tx.insert(urgentAlerts).values({ organisationId, statementId, youngPersonId }).run();
        counts.statements++;
      }
    }
  });
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  return counts;
}

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

const started = performance.now();
const counts = await generate();
console.log(
  `Generated ${youngPeopleCount} young people, ${iroCount} IROs (60 each) plus one with 6, ${counts.reviews} reviews and ${counts.statements} statements in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
const server = await startServer(4902, {
  databasePath,
  env: { SEED_DEMO: "false", REPORT_SQL_QUERIES: "true" },
});
try {
  const cookie = await signIn(server.base, "iro.0", password);
  const small = await signIn(server.base, "iro.small.0", password);
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
