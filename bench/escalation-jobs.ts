// `npm run bench:escalation-jobs`: the scheduler's escalation work (issue 18) over the generated
// organisation of 600 young people with three years of history (bench/organisation.ts: reviews,
// statements, requests, letters, alerts), its 30 social workers put in 5 teams (each with its
// team manager) under 2 service managers, a director and 2 IRO managers;
// 141 past escalations resolved (47 a year) with their steps and notifications, and 60 urgent
// alerts acknowledged long ago. The work: 12 open escalations due within 2 working days (to
// remind), 12 past their response date (to mark overdue), 16 not due yet, and 10 urgent alerts
// nobody acknowledged for a day (to escalate). Reports the time and SQL statements of
// runEscalationJobs and of a whole runScheduledJobs with that work, and straight after with none
// (idempotent: nothing twice). Runs in-process: no server or build needed.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Role } from "#db/schema";
import { generateBenchOrganisation } from "./organisation";

const youngPeopleCount = 600;
const samples = 7;
const dir = mkdtempSync(path.join(tmpdir(), "own-voice-bench-escalation-jobs-"));
const template = path.join(dir, "template.sqlite");
const live = path.join(dir, "live.sqlite");
process.env.DATABASE_PATH = live;
process.env.SEED_DEMO = "false";
process.env.SESSION_SECRET ??= "bench-secret-bench-secret-bench-secret-01";
process.env.JOBS_INTERVAL_MINUTES = "0";

const { openDatabase, closeDb, getDb, sqlStatementsRun } = await import("#db/db.server");
const schema = await import("#db/schema");
const { runScheduledJobs } = await import("~/notifications/scheduler.server");
const { runEscalationJobs } = await import("~/escalations/jobs.server");
const { defaultStages } = await import("~/escalations/rules");
const { addDays, todayInEngland } = await import("~/dates/calendar");
const { addWorkingDays, subtractWorkingDays } = await import("~/dates/working-days");

const now = new Date();
const today = todayInEngland(now);

async function generate() {
  // The 600 young people with three years of reviews, statements, letters and alerts that every
  // benchmark uses (bench/organisation.ts); then teams and leaders over its 30 social workers.
  const organisation = await generateBenchOrganisation(template);
  const organisationId = organisation.organisationId;
  const { db, sqlite } = openDatabase(template);
  const counts = { pastEscalations: 0, openEscalations: 0, alerts: 0, unacknowledged: 0 };
  const staffOf = (role: Role) =>
    db
      .select({ id: schema.users.id })
      .from(schema.users)
      .where(and(eq(schema.users.organisationId, organisationId), eq(schema.users.role, role)))
      .orderBy(schema.users.username)
      .all()
      .map((u) => u.id);
  const allocated = (relationship: "iro" | "social_worker") =>
    new Map(
      db
        .select({
          youngPersonId: schema.allocations.youngPersonId,
          userId: schema.allocations.userId,
        })
        .from(schema.allocations)
        .where(
          and(
            eq(schema.allocations.organisationId, organisationId),
            eq(schema.allocations.relationship, relationship),
            isNull(schema.allocations.endsOn),
          ),
        )
        .all()
        .map((a) => [a.youngPersonId, a.userId]),
    );
  const iroOf = allocated("iro");
  const workerOf = allocated("social_worker");
  const children = db
    .select({ id: schema.youngPeople.id, userId: schema.youngPeople.userId })
    .from(schema.youngPeople)
    .where(eq(schema.youngPeople.organisationId, organisationId))
    .orderBy(schema.youngPeople.caseReference)
    .all()
    .filter((c) => c.userId && iroOf.has(c.id) && workerOf.has(c.id))
    .map((c) => ({
      id: c.id,
      userId: c.userId!,
      iro: iroOf.get(c.id)!,
      worker: workerOf.get(c.id)!,
    }));
  const workers = staffOf("social_worker");
  db.transaction((tx) => {
    tx.insert(schema.escalationStages)
      .values(defaultStages.map((s) => ({ ...s, organisationId })))
      .run();
    const user = (role: Role, name: string, teamId: string | null = null) => {
      const id = randomUUID();
      tx.insert(schema.users)
        .values({
          id,
          organisationId,
          role,
          username: `${name}.${id.slice(0, 8)}`.replace(/\s/g, ""),
          displayName: name,
          teamId,
        })
        .run();
      return id;
    };
    user("director", "Director");
    user("manager", "IRO manager 2");
    const serviceManagers = [user("service_manager", "SM 0"), user("service_manager", "SM 1")];
    for (let t = 0; t < 5; t++) {
      const teamId = randomUUID();
      tx.insert(schema.teams)
        .values({
          id: teamId,
          organisationId,
          name: `Team ${t}`,
          teamManagerUserId: null,
          serviceManagerUserId: serviceManagers[t % 2]!,
        })
        .run();
      const teamManager = user("team_manager", `TM ${t}`, teamId);
      tx.update(schema.teams)
        .set({ teamManagerUserId: teamManager })
        .where(eq(schema.teams.id, teamId))
        .run();
      // Six of the organisation's social workers in each team.
      for (const worker of workers.slice(t * 6, t * 6 + 6))
        tx.update(schema.users).set({ teamId }).where(eq(schema.users.id, worker)).run();
    }
    const escalation = (
      child: (typeof children)[number],
      raisedOn: string,
      respondBy: string,
      resolved: boolean,
    ) => {
      const id = randomUUID();
      tx.insert(schema.escalations)
        .values({
          id,
          organisationId,
          youngPersonId: child.id,
          raisedBy: child.iro,
          theme: "drift_and_delay",
          whatIsWrong: "Invented for the bench.",
          askingFor: "Invented for the bench.",
          stagePosition: 1,
          addressedTo: child.worker,
          respondBy,
          respondedAt: resolved ? `${respondBy}T09:00:00.000Z` : null,
          status: resolved ? "resolved" : "open",
          outcome: resolved ? "resolved" : null,
          resolvedAt: resolved ? `${respondBy}T10:00:00.000Z` : null,
          createdAt: `${raisedOn}T09:00:00.000Z`,
        })
        .run();
      for (const kind of resolved
        ? (["raised", "responded", "resolved"] as const)
        : (["raised"] as const))
        tx.insert(schema.escalationSteps)
          .values({
            organisationId,
            escalationId: id,
            kind,
            stagePosition: 1,
            byUserId: kind === "responded" ? child.worker : child.iro,
            at: `${raisedOn}T09:00:00.000Z`,
          })
          .run();
      tx.insert(schema.notifications)
        .values({
          organisationId,
          recipientUserId: child.worker,
          kind: "escalation",
          channel: "app",
          link: `/escalations/${id}`,
          dueOn: respondBy,
          dedupeKey: `escalation:${id}:1`,
          state: "sent",
        })
        .run();
    };
    // Three years of resolved escalations, 47 a year.
    for (let e = 0; e < 141; e++) {
      const raisedOn = addDays(today, -1095 + e * 7);
      escalation(
        children[(e * 13) % children.length]!,
        raisedOn,
        addWorkingDays(raisedOn, 5),
        true,
      );
      counts.pastEscalations++;
    }
    // Open now: due within 2 working days, overdue, and not due yet.
    for (let e = 0; e < 40; e++) {
      const child = children[(e * 17 + 3) % children.length]!;
      const respondBy =
        e < 12
          ? addWorkingDays(today, e % 2)
          : e < 24
            ? subtractWorkingDays(today, 1 + (e % 3))
            : addWorkingDays(today, 4 + (e % 3));
      escalation(child, subtractWorkingDays(respondBy, 5), respondBy, false);
      counts.openEscalations++;
    }
    // Urgent alerts: 60 acknowledged over three years, 10 nobody has acknowledged for a day.
    for (let a = 0; a < 70; a++) {
      const child = children[(a * 29 + 5) % children.length]!;
      const recent = a >= 60;
      const raisedAt = recent
        ? new Date(now.getTime() - 3 * 86_400_000).toISOString()
        : `${addDays(today, -1095 + a * 18)}T11:00:00.000Z`;
      const statementId = randomUUID();
      tx.insert(schema.statements)
        .values({
          id: statementId,
          organisationId,
          youngPersonId: child.id,
          authorUserId: child.userId,
          templateId: "getting-ready",
          templateVersion: 1,
          language: "en",
          status: "submitted",
          isUrgent: true,
          submittedAt: raisedAt,
        })
        .run();
      tx.insert(schema.urgentAlerts)
        .values({
          organisationId,
          statementId,
          youngPersonId: child.id,
          raisedAt,
          acknowledgedBy: recent ? null : child.iro,
          acknowledgedAt: recent ? null : raisedAt,
        })
        .run();
      counts.alerts++;
      if (recent) counts.unacknowledged++;
    }
  });
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  return counts;
}

function fresh() {
  closeDb();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(live + suffix, { force: true });
  copyFileSync(template, live);
  getDb();
}

async function timed<T>(run: () => T | Promise<T>) {
  const queries = sqlStatementsRun();
  const started = process.hrtime.bigint();
  const report = await run();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, queries: sqlStatementsRun() - queries, report };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const counts = await generate();
type Sample = Awaited<ReturnType<typeof timed>>;
const result: Record<string, { withWork: Sample[]; nothing: Sample[] }> = {
  escalationJobs: { withWork: [], nothing: [] },
  wholeSchedulerRun: { withWork: [], nothing: [] },
};
const runs: Record<string, () => unknown> = {
  escalationJobs: () => runEscalationJobs(now),
  wholeSchedulerRun: () => runScheduledJobs(now),
};
for (const name of Object.keys(runs)) {
  fresh();
  await timed(runs[name]!); // warm-up: prepares statements, loads pages
  for (let i = 0; i < samples; i++) {
    fresh();
    result[name]!.withWork.push(await timed(runs[name]!));
    result[name]!.nothing.push(await timed(runs[name]!));
  }
}
closeDb();
rmSync(dir, { recursive: true, force: true });

const summary = (xs: Sample[]) => ({
  medianMs: Number(median(xs.map((r) => r.ms)).toFixed(1)),
  queries: xs[0]!.queries,
  report: xs[0]!.report,
});
console.log(
  JSON.stringify(
    {
      organisation: { youngPeople: youngPeopleCount, ...counts },
      ...Object.fromEntries(
        Object.entries(result).map(([name, r]) => [
          name,
          { withWork: summary(r.withWork), withNothingDue: summary(r.nothing) },
        ]),
      ),
      samples,
    },
    null,
    2,
  ),
);
