import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { checkReadiness, latestShippedMigration } from "~/operations/readiness.server";

describe("ready to take traffic (/readyz)", () => {
  it("is ready when the database answers and has every migration this code ships", () => {
    expect(checkReadiness()).toEqual({ ready: true });
  });

  it("is not ready when the database holds an older migration than the code (an old copy restored under it)", () => {
    const db = getDb();
    const newest = latestShippedMigration();
    const applied = db.all<{ id: number; created_at: number }>(
      sql`select id, created_at from __drizzle_migrations where created_at = ${newest}`,
    );
    expect(applied).toHaveLength(1);
    db.run(sql`delete from __drizzle_migrations where created_at = ${newest}`);
    try {
      expect(checkReadiness()).toEqual({ ready: false, problem: "migrations pending" });
    } finally {
      db.run(
        sql`insert into __drizzle_migrations (id, hash, created_at) select ${applied[0]!.id}, 'restored', ${newest}`,
      );
    }
    expect(checkReadiness()).toEqual({ ready: true });
  });

  it("is not ready when the database cannot be opened", () => {
    const unreachable = () => {
      throw new Error("SQLITE_CANTOPEN: unable to open database file");
    };
    expect(checkReadiness(unreachable)).toEqual({
      ready: false,
      problem: "database unreachable",
    });
  });
});
