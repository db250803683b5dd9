import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from "node:fs";
import path from "node:path";
import { env } from "~/env.server";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export const migrationsFolder = path.resolve(process.cwd(), "db/migrations");

/**
 * The one place that opens the database: WAL so readers never wait for the writer, foreign keys
 * enforced, a busy timeout so a second process (a backup, a job) waits rather than fails.
 * Migrations are applied every time it opens, so a fresh machine needs no separate step.
 */
export function openDatabase(file: string): { db: Db; sqlite: Database.Database } {
  if (file !== ":memory:") keepPrivate(file);
  const sqlite = new Database(file);
  countStatements(sqlite);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema });
  migrateWithTablesRebuilt(db, sqlite);
  // Statistics for the query planner, as SQLite advises for a long-lived connection: cheap (a
  // limited sample of tables that changed), and without them a plan can scan a table per row.
  sqlite.pragma("optimize = 0x10002");
  return { db, sqlite };
}

/**
 * Migrations run in one transaction, where SQLite ignores `PRAGMA foreign_keys`; a migration that
 * rebuilds a table others point at (SQLite changes a CHECK only by copying the table) would fail
 * or, worse, cascade. So foreign keys are off while migrating, as SQLite's own procedure for
 * changing a table says, and every reference is checked before they are on again.
 */
function migrateWithTablesRebuilt(db: Db, sqlite: Database.Database) {
  sqlite.pragma("foreign_keys = OFF");
  try {
    migrate(db, { migrationsFolder });
    const broken = sqlite.pragma("foreign_key_check") as unknown[];
    if (broken.length)
      throw new Error(
        `Migrating left ${broken.length} broken references: ${JSON.stringify(broken[0])}`,
      );
  } finally {
    sqlite.pragma("foreign_keys = ON");
  }
}

/**
 * The database holds children's words: its folder is made readable by the service's user only
 * (0700), and the file is created 0600 before SQLite opens it (SQLite gives its -wal and -shm
 * files the database's own mode). A file left readable by an older version is tightened.
 */
function keepPrivate(file: string) {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  if (!existsSync(file)) closeSync(openSync(file, "a", 0o600));
  for (const part of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(part) && (statSync(part).mode & 0o077) !== 0) chmodSync(part, 0o600);
  }
}

let statementsRun = 0;

/**
 * Counts SQL statements (drizzle prepares each one as it runs it), so tests and the benchmark can
 * check that a page's query count does not grow with the caseload.
 */
function countStatements(sqlite: Database.Database) {
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    statementsRun++;
    return prepare(source);
  }) as typeof sqlite.prepare;
}

export const sqlStatementsRun = () => statementsRun;
(globalThis as { __ownVoiceQueryCount?: () => number }).__ownVoiceQueryCount = sqlStatementsRun;

type Handle = { db: Db; sqlite: Database.Database };
let handle: Handle | undefined;

/** The shared handle for the running app, opened on first use. */
export function getDb(): Db {
  handle ??= openDatabase(env().DATABASE_PATH);
  return handle.db;
}

/** The better-sqlite3 connection behind getDb(), for what drizzle does not cover (the backup API). */
export function getSqlite(): Database.Database {
  getDb();
  return handle!.sqlite;
}

export function closeDb() {
  handle?.sqlite.close();
  handle = undefined;
}

export { schema };
