// `npm run db:seed` seeds the demo organisation into an empty database;
// `npm run db:seed -- --reset` deletes the database file first and starts again.
import { existsSync, rmSync } from "node:fs";
import { env } from "~/env.server";
import { closeDb, getDb } from "../db.server";
import { seedDemo, seedIfEmpty } from "./seed-if-empty.server";

const reset = process.argv.includes("--reset");
const file = env().DATABASE_PATH;
if (reset && file !== ":memory:") {
  for (const suffix of ["", "-wal", "-shm"]) if (existsSync(file + suffix)) rmSync(file + suffix);
}
getDb();
const seeded = reset ? (await seedDemo(), true) : await seedIfEmpty();
closeDb();
console.log(
  seeded
    ? `Demo organisation seeded into ${file}.`
    : `${file} already has data; nothing seeded (use --reset).`,
);
