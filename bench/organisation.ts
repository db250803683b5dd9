// The generated organisation the benchmarks measure (`bench/iro-pages.ts`, `bench/reports.ts`):
// 600 looked-after young people, 10 IROs with 60 each (and one with 6, to show that a page's
// statement count does not grow with the caseload), social workers, carers and parents, and three
// years of history (db/seed/history.ts). Everything invented; deterministic but for the IDs.
import { randomUUID } from "node:crypto";
import { openDatabase } from "#db/db.server";
import { inChunks } from "#db/chunks";
import {
  allocations,
  consultationRequests,
  organisations,
  reviews,
  users,
  youngPeople,
} from "#db/schema";
import { insertHistory, type HistoryPerson, type Staff } from "#db/seed/history";
import {
  planReviews,
  seededRandom,
  workingDayOnOrBefore,
  type Present,
} from "#db/seed/history-plan";
import { hashSecret } from "~/auth/password.server";
import { addDays, daysBetween, todayInEngland } from "~/dates/calendar";
import { addMonths } from "~/dates/working-days";

export const benchPassword = "bench-password-123";
const youngPeopleCount = 600;
const iroCount = 10;

export type BenchOrganisation = {
  organisationId: string;
  /** Every IRO signs in with `password`: `iro.0` … `iro.9` hold 60 young people, `iro.small.0` 6. */
  password: string;
  iroUsernames: string[];
  smallIroUsername: string;
  managerUsername: string;
  youngPeople: number;
  counts: Record<string, number>;
  seconds: number;
};

/** Writes the organisation into a new database file at `databasePath` (migrated on open). */
export async function generateBenchOrganisation(databasePath: string): Promise<BenchOrganisation> {
  const started = performance.now();
  const { db, sqlite } = openDatabase(databasePath);
  const hash = await hashSecret(benchPassword);
  const random = seededRandom(7);
  const today = todayInEngland();
  const organisationId = randomUUID();
  let counts: Record<string, number> = {};

  db.transaction((tx) => {
    tx.insert(organisations)
      .values({ id: organisationId, name: "Bench Borough (generated)" })
      .run();
    const userRows: (typeof users.$inferInsert)[] = [];
    const staff = (
      role: "iro" | "social_worker" | "carer" | "parent" | "manager",
      n: number,
      prefix: string,
    ): Staff[] =>
      Array.from({ length: n }, (_, i) => {
        const userId = randomUUID();
        const name = `${{ iro: "IRO", social_worker: "Worker", carer: "Carer", parent: "Parent", manager: "Manager" }[role]} ${prefix.split(".").at(-1)} ${i}`;
        userRows.push({
          id: userId,
          organisationId,
          role,
          username: `${prefix}.${i}`,
          displayName: name,
          passwordHash: role === "iro" || role === "manager" ? hash : null,
          // Most IROs full time, some part time: the caseloads figure counts per full-time IRO.
          fullTimeEquivalent:
            role === "iro" ? [1, 1, 0.8, 1, 0.6, 1, 1, 0.9, 1, 0.5][i % 10] : null,
        });
        return { userId, name };
      });
    const iros = staff("iro", iroCount, "iro");
    // A small caseload too, to show that the query count does not grow with the caseload.
    const smallIro = staff("iro", 1, "iro.small")[0]!;
    const workers = staff("social_worker", 30, "social_worker");
    const carers = staff("carer", 150, "carer");
    const parents = staff("parent", 200, "parent");
    staff("manager", 1, "manager");

    const youngPersonRows: (typeof youngPeople.$inferInsert)[] = [];
    const allocationRows: (typeof allocations.$inferInsert)[] = [];
    const reviewRows: (typeof reviews.$inferInsert)[] = [];
    const requestRows: (typeof consultationRequests.$inferInsert)[] = [];
    const history: HistoryPerson[] = [];
    const languages = ["en", "en", "en", "en", "en", "en", "ar", "ti", "om", "ar"];
    for (let i = 0; i < youngPeopleCount; i++) {
      const userId = randomUUID();
      const language = languages[i % languages.length]!;
      userRows.push({
        id: userId,
        organisationId,
        role: "young_person",
        username: `yp.${i}`,
        displayName: `Young ${i}`,
        preferredLanguage: language,
      });
      // One in seven is a care leaver (18–20); the others 3 to 17.
      const isCareLeaver = i % 7 === 3;
      const age = isCareLeaver ? 18 + (i % 3) : 3 + (i % 15);
      const dateOfBirth = addDays(today, -(365 * age + (i % 300)));
      const present: Present = weighted3(random());
      const plan = planReviews({
        seed: 5000 + i,
        dateOfBirth,
        roughlyLookedAfterOn: isCareLeaver
          ? addMonths(dateOfBirth, 12 * 15)
          : addDays(today, -(60 + Math.floor(random() * 1400))),
        today,
        present,
      });
      const youngPersonId = randomUUID();
      youngPersonRows.push({
        id: youngPersonId,
        organisationId,
        userId,
        givenName: `Young${i}`,
        familyName: "Person",
        dateOfBirth,
        preferredLanguage: language,
        needsInterpreter: language !== "en" && i % 3 !== 0,
        isUnaccompanied: language !== "en" && i % 2 === 0,
        serviceArea: isCareLeaver ? "care_leaver" : "children_in_care",
        lookedAfterOn: plan.lookedAfterOn,
        caseReference: `BB${100000 + i}`,
      });
      const iro = i < 6 ? smallIro : iros[i % iroCount]!;
      const worker = workers[i % workers.length]!;
      const carer = isCareLeaver ? null : carers[i % carers.length]!;
      const parent = i % 3 === 0 ? parents[i % parents.length]! : null;
      const since = plan.lookedAfterOn;
      const carerSince = [since, addDays(today, -(100 + ((i * 53) % 900)))].sort()[1]!;
      allocationRows.push(
        {
          organisationId,
          youngPersonId,
          userId: worker.userId,
          relationship: "social_worker",
          startsOn: since,
        },
        ...(carer
          ? [
              {
                organisationId,
                youngPersonId,
                userId: carer.userId,
                relationship: "carer" as const,
                startsOn: carerSince,
              },
            ]
          : []),
        ...(parent
          ? [
              {
                organisationId,
                youngPersonId,
                userId: parent.userId,
                relationship: "parent" as const,
                startsOn: since,
              },
            ]
          : []),
      );
      history.push({
        youngPersonId,
        userId,
        givenName: `Young${i}`,
        dateOfBirth,
        language,
        needsInterpreter: language !== "en" && i % 3 !== 0,
        plan,
        iro,
        // One case in eight moved from another IRO part-way through.
        formerIro: i >= 6 && i % 8 === 5 ? iros[(i + 3) % iroCount]! : null,
        socialWorker: worker,
        carer: carer ? { ...carer, since: carerSince } : null,
        parent,
      });
      // The next review: most planned; some already asked about.
      const reviewId = randomUUID();
      const daysToDue = daysBetween(today, plan.next.dueOn);
      const plannedOn = workingDayOnOrBefore(addDays(plan.next.dueOn, -(i % 7)));
      reviewRows.push({
        id: reviewId,
        organisationId,
        youngPersonId,
        kind: plan.next.kind,
        dueOn: plan.next.dueOn,
        plannedOn: daysToDue > 10 && plannedOn > today ? plannedOn : null,
        status: "planned",
      });
      if (i % 2 === 0)
        requestRows.push({
          organisationId,
          reviewId,
          youngPersonId,
          kind: "young_person",
          recipientUserId: userId,
          templateId: plan.next.kind === "pathway_plan" ? "pathway-plan" : "getting-ready",
          requestedBy: iro.userId,
          dueOn: addDays(plan.next.dueOn, -7),
        });
    }
    for (const chunk of inChunks(userRows, 150)) tx.insert(users).values(chunk).run();
    for (const chunk of inChunks(youngPersonRows, 150)) tx.insert(youngPeople).values(chunk).run();
    for (const chunk of inChunks(allocationRows, 150)) tx.insert(allocations).values(chunk).run();
    const past = insertHistory(tx, { organisationId, today, random, people: history });
    for (const chunk of inChunks(reviewRows, 150)) tx.insert(reviews).values(chunk).run();
    for (const chunk of inChunks(requestRows, 150))
      tx.insert(consultationRequests).values(chunk).run();
    counts = {
      ...past,
      reviews: past.reviews + reviewRows.length,
      requests: past.requests + requestRows.length,
    };
  });
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  return {
    organisationId,
    password: benchPassword,
    iroUsernames: Array.from({ length: iroCount }, (_, i) => `iro.${i}`),
    smallIroUsername: "iro.small.0",
    managerUsername: "manager.0",
    youngPeople: youngPeopleCount,
    counts,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Where the next review stands: most due ahead, one in ten within days, one in twenty overdue. */
function weighted3(r: number): Present {
  return r < 0.85 ? "ahead" : r < 0.95 ? "at-risk" : "overdue";
}
