import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { getDb, migrationsFolder, type Db } from "#db/db.server";

/*
 * Ready to take traffic: the database answers, and it has every migration this code ships
 * (drizzle records each applied one with its folder's time in __drizzle_migrations). A server
 * whose database cannot be opened, or an old database beside new code, answers 503 so a load
 * balancer or orchestrator keeps traffic away from it.
 */

export type Readiness =
  { ready: true } | { ready: false; problem: "database unreachable" | "migrations pending" };

let shipped: number | undefined;

/** The time of the newest migration in db/migrations (drizzle-kit's journal). */
export function latestShippedMigration(): number {
  if (shipped === undefined) {
    const journal = JSON.parse(
      readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8"),
    ) as { entries: { when: number }[] };
    shipped = Math.max(...journal.entries.map((e) => e.when));
  }
  return shipped;
}

export function checkReadiness(database: () => Db = getDb): Readiness {
  let applied: number | null;
  try {
    const row = database().get<{ latest: number | null }>(
      sql`select max(created_at) as latest from __drizzle_migrations`,
    );
    applied = row?.latest == null ? null : Number(row.latest);
  } catch {
    return { ready: false, problem: "database unreachable" };
  }
  if (applied === null || applied < latestShippedMigration()) {
    return { ready: false, problem: "migrations pending" };
  }
  return { ready: true };
}
