// `npm run db:migrate`: applies committed migrations to DATABASE_PATH (start-up does this too).
import { closeDb, getDb } from "./db.server";

getDb();
closeDb();
console.log("Migrations applied.");
