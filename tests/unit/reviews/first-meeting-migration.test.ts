import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { nextPathwayPlanReviewDue, nextReviewDue } from "~/reviews/statutory-dates";
import { addMonths } from "~/dates/working-days";

/*
 * Reviews recorded before 0008 were held on their LAST meeting. The migration moves them to
 * their first and moves the next due date with them, counting it as the app does.
 */

const migrations = path.resolve("db/migrations");
const beforeFix = "0007_review_completed_on";

/** A database migrated up to (not including) `stopAt`, the way a server of that time left it. */
function databaseBefore(stopAt: string) {
  const dir = mkdtempSync(path.join(tmpdir(), "own-voice-migration-"));
  const folder = path.join(dir, "migrations");
  mkdirSync(path.join(folder, "meta"), { recursive: true });
  const journal = JSON.parse(readFileSync(path.join(migrations, "meta/_journal.json"), "utf8"));
  const stop = journal.entries.findIndex((e: { tag: string }) => e.tag === stopAt);
  journal.entries = journal.entries.slice(0, stop);
  writeFileSync(path.join(folder, "meta/_journal.json"), JSON.stringify(journal));
  for (const e of journal.entries as { tag: string }[])
    copyFileSync(path.join(migrations, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`));
  const sqlite = new Database(path.join(dir, "old.sqlite"));
  migrate(drizzle(sqlite), { migrationsFolder: folder });
  return sqlite;
}

const now = "2025-01-01T00:00:00.000Z";

function seed(sqlite: Database.Database) {
  const run = (sql: string, ...values: unknown[]) => sqlite.prepare(sql).run(...values);
  run(
    "insert into organisations (id, name, created_at, updated_at) values ('org', 'Test', ?, ?)",
    now,
    now,
  );
  const person = (id: string, serviceArea: string, lookedAfterOn: string | null) =>
    run(
      `insert into young_people (id, organisation_id, given_name, family_name, date_of_birth,
        service_area, looked_after_on, created_at, updated_at)
       values (?, 'org', 'Test', 'Person', '2011-03-02', ?, ?, ?, ?)`,
      id,
      serviceArea,
      lookedAfterOn,
      now,
      now,
    );
  const review = (
    id: string,
    youngPersonId: string,
    kind: string,
    dueOn: string,
    heldOn: string | null,
    meetings: string[] = [],
  ) => {
    run(
      `insert into reviews (id, organisation_id, young_person_id, kind, due_on, held_on, status,
        created_at, updated_at) values (?, 'org', ?, ?, ?, ?, ?, ?, ?)`,
      id,
      youngPersonId,
      kind,
      dueOn,
      heldOn,
      heldOn ? "held" : "planned",
      now,
      now,
    );
    for (const [i, day] of meetings.entries())
      run(
        `insert into review_meetings (id, organisation_id, review_id, held_on, created_at)
         values (?, 'org', ?, ?, ?)`,
        `${id}-m${i}`,
        id,
        day,
        now,
      );
  };

  // Amira: her second review began on 5 August and ended on 20 August; the next was counted from the 20th.
  person("amira", "children_in_care", "2025-01-10");
  review("amira-1", "amira", "looked_after", "2025-02-07", "2025-02-03", ["2025-02-03"]);
  review("amira-2", "amira", "looked_after", "2025-08-06", "2025-08-20", [
    "2025-08-05",
    "2025-08-12",
    "2025-08-20",
  ]);
  review(
    "amira-3",
    "amira",
    "looked_after",
    nextReviewDue("2025-01-10", ["2025-02-03", "2025-08-20"]),
    null,
  );
  // Dawit, a care leaver: a pathway plan review from 31 August to 2 September.
  person("dawit", "care_leaver", null);
  review("dawit-1", "dawit", "pathway_plan", "2025-09-01", "2025-09-02", [
    "2025-08-31",
    "2025-09-02",
  ]);
  review("dawit-2", "dawit", "pathway_plan", nextPathwayPlanReviewDue("2025-09-02"), null);
  // Hana: a series too, but her next review was brought forward to a date of its own.
  person("hana", "children_in_care", "2025-01-10");
  review("hana-1", "hana", "looked_after", "2025-02-07", "2025-02-06", [
    "2025-02-04",
    "2025-02-06",
  ]);
  review("hana-2", "hana", "looked_after", "2025-03-14", null);
  // Tom: one meeting, nothing to change.
  person("tom", "children_in_care", "2025-01-10");
  review("tom-1", "tom", "looked_after", "2025-02-07", "2025-02-05", ["2025-02-05"]);
  review("tom-2", "tom", "looked_after", addMonths("2025-02-05", 3), null);
}

describe("migrating reviews held as a series of meetings", () => {
  it("holds them on the first meeting, keeps the last as their completion, and moves the next due date", () => {
    const sqlite = databaseBefore(beforeFix);
    seed(sqlite);
    migrate(drizzle(sqlite), { migrationsFolder: migrations });
    const rows = Object.fromEntries(
      (
        sqlite.prepare("select id, due_on, held_on, completed_on from reviews").all() as {
          id: string;
          due_on: string;
          held_on: string | null;
          completed_on: string | null;
        }[]
      ).map((r) => [r.id, r]),
    );
    sqlite.close();

    expect(rows["amira-2"]).toMatchObject({ held_on: "2025-08-05", completed_on: "2025-08-20" });
    expect(rows["amira-3"]!.due_on).toBe(nextReviewDue("2025-01-10", ["2025-02-03", "2025-08-05"]));
    expect(rows["amira-3"]!.due_on).toBe("2026-02-05");

    expect(rows["dawit-1"]).toMatchObject({ held_on: "2025-08-31", completed_on: "2025-09-02" });
    // 31 August + 6 months is the end of February, as the app counts it.
    expect(rows["dawit-2"]!.due_on).toBe(nextPathwayPlanReviewDue("2025-08-31"));
    expect(rows["dawit-2"]!.due_on).toBe("2026-02-28");

    expect(rows["hana-1"]).toMatchObject({ held_on: "2025-02-04", completed_on: "2025-02-06" });
    expect(rows["hana-2"]!.due_on).toBe("2025-03-14");

    expect(rows["tom-1"]).toMatchObject({ held_on: "2025-02-05", completed_on: "2025-02-05" });
    expect(rows["tom-2"]!.due_on).toBe(addMonths("2025-02-05", 3));
    expect(rows["amira-3"]!.held_on).toBeNull();
  });
});
