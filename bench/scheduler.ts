// `npm run bench:jobs`: one run of the scheduled jobs (reminders, overdue requests, email) over a
// generated organisation of 600 young people, each with a carer (and one in three a parent), three
// years of past requests already reminded and answered, and this term's open requests spread over
// the next six weeks. Reports the time of a run with work to do as a ratio to a run with nothing
// due (the same organisation straight after: idempotent, so nothing is sent twice), and the SQL
// statements each runs. Runs in-process: no server or build needed.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { AllocationRelationship, ContributionKind, Role } from "#db/schema";

const youngPeopleCount = 600;
const samples = 7;
const dir = mkdtempSync(path.join(tmpdir(), "own-voice-bench-jobs-"));
const template = path.join(dir, "template.sqlite");
const live = path.join(dir, "live.sqlite");
process.env.DATABASE_PATH = live;
process.env.SEED_DEMO = "false";
process.env.SESSION_SECRET ??= "bench-secret-bench-secret-bench-secret-01";
process.env.JOBS_INTERVAL_MINUTES = "0";

const { openDatabase, closeDb, getDb, sqlStatementsRun } = await import("#db/db.server");
const schema = await import("#db/schema");
const { runScheduledJobs } = await import("~/notifications/scheduler.server");
const { addDays, todayInEngland } = await import("~/dates/calendar");

const today = todayInEngland();
let seed = 11;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;

function generate() {
  const { db, sqlite } = openDatabase(template);
  const organisationId = randomUUID();
  const counts = { requests: 0, openRequests: 0, notifications: 0 };
  db.transaction((tx) => {
    tx.insert(schema.organisations).values({ id: organisationId, name: "Bench Borough" }).run();
    const user = (role: Role, name: string) => {
      const id = randomUUID();
      tx.insert(schema.users)
        .values({
          id,
          organisationId,
          role,
          username: `${name}.${id.slice(0, 8)}`,
          displayName: name,
        })
        .run();
      return id;
    };
    const iros = Array.from({ length: 10 }, (_, i) => user("iro", `IRO ${i}`));
    for (let i = 0; i < youngPeopleCount; i++) {
      const childUser = user("young_person", `Young ${i}`);
      const carer = user("carer", `Carer ${i}`);
      const parent = i % 3 === 0 ? user("parent", `Parent ${i}`) : null;
      const youngPersonId = randomUUID();
      tx.insert(schema.youngPeople)
        .values({
          id: youngPersonId,
          organisationId,
          userId: childUser,
          givenName: `Young${i}`,
          familyName: "Person",
          dateOfBirth: addDays(today, -(365 * (6 + (i % 11)))),
          serviceArea: "children_in_care",
          lookedAfterOn: addDays(today, -1200),
        })
        .run();
      const iro = iros[i % iros.length]!;
      const adults: [string, AllocationRelationship][] = [
        [iro, "iro"],
        [carer, "carer"],
        ...(parent ? [[parent, "parent"] as [string, AllocationRelationship]] : []),
      ];
      for (const [userId, relationship] of adults)
        tx.insert(schema.allocations)
          .values({
            organisationId,
            youngPersonId,
            userId,
            relationship,
            startsOn: addDays(today, -1200),
          })
          .run();
      const ask = (reviewId: string, dueOn: string, createdAt: string, open: boolean) => {
        const people: [ContributionKind, string, string][] = [
          ["young_person", childUser, "getting-ready"],
          ["carer", carer, "carer-review"],
          ...(parent
            ? [["parent", parent, "parent-views"] as [ContributionKind, string, string]]
            : []),
        ];
        for (const [kind, recipientUserId, templateId] of people) {
          const id = randomUUID();
          tx.insert(schema.consultationRequests)
            .values({
              id,
              organisationId,
              reviewId,
              youngPersonId,
              kind,
              recipientUserId,
              templateId,
              requestedBy: iro,
              dueOn,
              createdAt,
            })
            .run();
          counts.requests++;
          if (open) counts.openRequests++;
          else {
            // Past requests: answered, and their request and reminder were sent at the time.
            tx.insert(schema.statements)
              .values({
                organisationId,
                youngPersonId,
                authorUserId: recipientUserId,
                templateId,
                templateVersion: 1,
                language: "en",
                status: "submitted",
                submittedAt: `${dueOn}T09:00:00.000Z`,
                reviewId,
                requestId: id,
              })
              .run();
            for (const k of ["request", "reminder"] as const) {
              tx.insert(schema.notifications)
                .values({
                  organisationId,
                  recipientUserId,
                  kind: k,
                  channel: "app",
                  link: "/",
                  dueOn,
                  dedupeKey: `${k}:${id}`,
                  state: "sent",
                  readAt: `${dueOn}T10:00:00.000Z`,
                })
                .run();
              counts.notifications++;
            }
          }
        }
      };
      // Six past reviews, six months apart, every request answered.
      for (let r = 6; r >= 1; r--) {
        const reviewId = randomUUID();
        const held = addDays(today, -182 * r);
        tx.insert(schema.reviews)
          .values({
            id: reviewId,
            organisationId,
            youngPersonId,
            kind: "looked_after",
            dueOn: held,
            heldOn: held,
            status: "held",
          })
          .run();
        ask(reviewId, addDays(held, -5), `${addDays(held, -30)}T09:00:00.000Z`, false);
      }
      // This term's review in the next six weeks, asked for three weeks ago.
      const reviewId = randomUUID();
      const reviewOn = addDays(today, 2 + Math.floor(random() * 40));
      tx.insert(schema.reviews)
        .values({
          id: reviewId,
          organisationId,
          youngPersonId,
          kind: "looked_after",
          dueOn: reviewOn,
          status: "planned",
        })
        .run();
      ask(reviewId, addDays(reviewOn, -7), `${addDays(today, -21)}T09:00:00.000Z`, true);
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

async function timed() {
  const queries = sqlStatementsRun();
  const started = process.hrtime.bigint();
  const report = await runScheduledJobs();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, queries: sqlStatementsRun() - queries, report };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const counts = generate();
const withWork: Awaited<ReturnType<typeof timed>>[] = [];
const nothingDue: Awaited<ReturnType<typeof timed>>[] = [];
fresh();
await timed(); // warm-up: prepares statements, loads pages
for (let i = 0; i < samples; i++) {
  fresh();
  withWork.push(await timed());
  nothingDue.push(await timed());
}
closeDb();
rmSync(dir, { recursive: true, force: true });

const work = median(withWork.map((r) => r.ms));
const idle = median(nothingDue.map((r) => r.ms));
console.log(
  JSON.stringify(
    {
      organisation: {
        youngPeople: youngPeopleCount,
        requests: counts.requests,
        openRequests: counts.openRequests,
        pastNotifications: counts.notifications,
      },
      runWithWork: {
        medianMs: Number(work.toFixed(1)),
        queries: withWork[0]!.queries,
        sent: withWork[0]!.report,
      },
      runWithNothingDue: {
        medianMs: Number(idle.toFixed(1)),
        queries: nothingDue[0]!.queries,
        sent: nothingDue[0]!.report,
      },
      ratio: Number((work / idle).toFixed(1)),
      samples,
    },
    null,
    2,
  ),
);
