// `npm run bench:monitoring`: the monthly monitoring page (/manage/monitoring) over the generated
// organisation of 600 young people with three years of history (bench/organisation.ts), with
// monitoring recorded after every held review, teams with their managers, the default escalation
// stages and about 50 escalations a year (all invented, seeded random). Prints p50 and p95 server
// time and the SQL statements per request, for an IRO manager (the whole organisation) and for a
// team manager (their team's children), and the CSV. Run after `npm run build` (or pass --build).
import { execSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { inChunks } from "#db/chunks";
import { openDatabase } from "#db/db.server";
import {
  allocations,
  concernThemes,
  escalationOutcomes,
  escalations,
  escalationStages,
  escalationSteps,
  reviewMonitoring,
  reviews,
  teams,
  users,
  type ConcernTheme,
} from "#db/schema";
import { seededRandom } from "#db/seed/history-plan";
import { hashSecret } from "~/auth/password.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import { lastCompleteMonth } from "~/monitoring/month";
import { signIn, startServer } from "./lib";
import { benchPassword, generateBenchOrganisation } from "./organisation";

if (process.argv.includes("--build")) execSync("npm run build", { stdio: "ignore" });

const dir = mkdtempSync(path.join(tmpdir(), "own-voice-bench-monitoring-"));
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

/** Teams, stages, a monitoring row per held review and escalations, written in one transaction. */
async function addMonitoring(organisationId: string) {
  const { db, sqlite } = openDatabase(databasePath);
  const random = seededRandom(18);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const hash = await hashSecret(benchPassword);
  const today = todayInEngland();
  const counts = { teams: 0, monitoring: 0, escalations: 0, steps: 0 };
  db.transaction((tx) => {
    const leader = (role: "team_manager" | "service_manager", i: number) => {
      const id = randomUUID();
      tx.insert(users)
        .values({
          id,
          organisationId,
          role,
          username: `${role}.${i}`,
          displayName: `${role === "team_manager" ? "Team manager" : "Service manager"} ${i}`,
          passwordHash: hash,
        })
        .run();
      return id;
    };
    const serviceManagers = [0, 1].map((i) => leader("service_manager", i));
    const teamIds = Array.from({ length: 6 }, (_, i) => {
      const id = randomUUID();
      tx.insert(teams)
        .values({
          id,
          organisationId,
          name: `Team ${i}`,
          serviceAreaName: i < 4 ? "Children in care" : "Leaving care",
          teamManagerUserId: leader("team_manager", i),
          serviceManagerUserId: serviceManagers[i < 4 ? 0 : 1],
        })
        .run();
      return id;
    });
    counts.teams = teamIds.length;
    const workers = tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.role, "social_worker"))
      .all();
    workers.forEach((worker, i) =>
      tx
        .update(users)
        .set({ teamId: teamIds[i % teamIds.length] })
        .where(eq(users.id, worker.id))
        .run(),
    );
    (
      [
        ["informal", "team_manager", 5],
        ["stage_1", "team_manager", 10],
        ["stage_2", "service_manager", 10],
        ["stage_3", "director", 15],
      ] as const
    ).forEach(([key, addressee, responseDays], position) =>
      tx
        .insert(escalationStages)
        .values({ organisationId, position, key, addressee, responseDays })
        .run(),
    );

    const iros = tx.select({ id: users.id }).from(users).where(eq(users.role, "iro")).all();
    const held = tx
      .select({ id: reviews.id, youngPersonId: reviews.youngPersonId, heldOn: reviews.heldOn })
      .from(reviews)
      .where(eq(reviews.status, "held"))
      .all();
    const themes = (): ConcernTheme[] => [
      ...new Set(Array.from({ length: Math.floor(random() * 3) }, () => pick(concernThemes))),
    ];
    const monitoringRows = held.map((review) => {
      const roll = random();
      const rag =
        roll < 0.1 ? ("red" as const) : roll < 0.35 ? ("amber" as const) : ("green" as const);
      return {
        organisationId,
        reviewId: review.id,
        youngPersonId: review.youngPersonId,
        planQuality: pick(["outstanding", "good", "good", "requires_improvement", "poor"] as const),
        currentAssessment: random() < 0.8,
        rag,
        activeMonitoring: random() < 0.45,
        concerns: rag === "green" ? [] : themes(),
        note: rag === "green" ? null : "Invented reason for the bench",
        recordedBy: pick(iros).id,
        createdAt: `${review.heldOn}T15:00:00.000Z`,
      };
    });
    // The generated history records monitoring too (db/seed/history-follow-up.ts): this bench
    // keeps its own, redder, mix.
    tx.delete(reviewMonitoring).run();
    for (const chunk of inChunks(monitoringRows, 200))
      tx.insert(reviewMonitoring).values(chunk).run();
    counts.monitoring = monitoringRows.length;

    // About 50 escalations a year over three years, on children who were rated.
    const children = [...new Set(held.map((r) => r.youngPersonId))];
    const addressees = tx
      .select({ id: users.id })
      .from(users)
      .where(inArray(users.role, ["team_manager", "service_manager"]))
      .all();
    for (let i = 0; i < 150; i++) {
      const raisedOn = addDays(today, -Math.floor(random() * 3 * 365));
      const stage = Math.floor(random() * random() * 4);
      const resolvedOn = addDays(raisedOn, 5 + Math.floor(random() * 60));
      const resolved = resolvedOn < today && random() < 0.85;
      const id = randomUUID();
      tx.insert(escalations)
        .values({
          id,
          organisationId,
          youngPersonId: pick(children),
          raisedBy: pick(iros).id,
          theme: pick(concernThemes),
          whatIsWrong: "Invented",
          askingFor: "Invented",
          stagePosition: stage,
          addressedTo: pick(addressees).id,
          respondBy: addDays(raisedOn, 10),
          status: resolved ? "resolved" : "open",
          outcome: resolved ? pick(escalationOutcomes) : null,
          resolvedAt: resolved ? `${resolvedOn}T12:00:00.000Z` : null,
          createdAt: `${raisedOn}T10:00:00.000Z`,
        })
        .run();
      for (let s = 0; s <= stage; s++) {
        tx.insert(escalationSteps)
          .values({
            organisationId,
            escalationId: id,
            kind: s === 0 ? "raised" : "moved",
            stagePosition: s,
            byUserId: iros[0]!.id,
            at: `${addDays(raisedOn, s * 5)}T10:00:00.000Z`,
          })
          .run();
        counts.steps++;
      }
      counts.escalations++;
    }
  });
  // The team managers' children come through allocations: make sure every child has a worker.
  const withWorker = db
    .selectDistinct({ id: allocations.youngPersonId })
    .from(allocations)
    .where(eq(allocations.relationship, "social_worker"))
    .all().length;
  sqlite.close();
  return { ...counts, childrenWithWorker: withWorker };
}

const organisation = await generateBenchOrganisation(databasePath);
const added = await addMonitoring(organisation.organisationId);
console.log(
  `Generated ${organisation.youngPeople} young people and ${organisation.counts.reviews} reviews in ${organisation.seconds.toFixed(1)} s; added ${added.monitoring} monitoring rows, ${added.teams} teams, ${added.escalations} escalations (${added.steps} steps); ${added.childrenWithWorker} children have a social worker.`,
);
const month = lastCompleteMonth(todayInEngland());
console.log(`Month ${month}.`);
const server = await startServer(4918, {
  databasePath,
  env: { SEED_DEMO: "false", REPORT_SQL_QUERIES: "true" },
});
try {
  const { base } = server;
  const manager = await signIn(base, organisation.managerUsername, organisation.password);
  const teamManager = await signIn(base, "team_manager.0", organisation.password);
  const iro = await signIn(base, organisation.iroUsernames[0]!, organisation.password);
  for (const [url, cookie] of [
    [`/manage/monitoring?month=${month}`, manager],
    [`/manage/monitoring?month=${month}`, teamManager],
    ["/iro", iro],
  ] as const)
    await timed(base + url, cookie, 5); // warm up
  const rows = [
    {
      route: "/manage/monitoring (IRO manager, 600)",
      ...(await timed(`${base}/manage/monitoring?month=${month}`, manager, 40)),
    },
    {
      route: "/manage/monitoring (team manager)",
      ...(await timed(`${base}/manage/monitoring?month=${month}`, teamManager, 40)),
    },
    {
      route: "/manage/monitoring.csv (IRO manager)",
      ...(await timed(`${base}/manage/monitoring.csv?month=${month}`, manager, 20)),
    },
    { route: "/iro (60, same run)", ...(await timed(`${base}/iro`, iro, 40)) },
  ];
  console.log("One request at a time (milliseconds, SQL statements per request):");
  console.table(rows);
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
