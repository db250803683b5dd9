// `npm run db:backup [-- path]`: a consistent copy of the live database, safe while the app runs
// (SQLite's online backup API, through better-sqlite3). Default: data/backups/own-voice-<time>.sqlite
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { env } from "~/env.server";

const source = env().DATABASE_PATH;
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const target =
  process.argv[2] ?? path.join(path.dirname(source), "backups", `own-voice-${stamp}.sqlite`);
mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
const db = new Database(source, { readonly: true, fileMustExist: true });
await db.backup(target);
db.close();
console.log(`Backed up ${source} to ${target}`);
