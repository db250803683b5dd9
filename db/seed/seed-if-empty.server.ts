import { count } from "drizzle-orm";
import { hashSecret } from "~/auth/password.server";
import { picturePasswordSecret } from "~/auth/pictures";
import { env } from "~/env.server";
import { todayInEngland } from "~/dates/calendar";
import { getDb } from "../db.server";
import { organisations } from "../schema";
import { shouldSeedDemo } from "./should-seed-demo";
import {
  demoAdults,
  demoPassword,
  demoYoungPeopleWithSignIn,
  insertDemoOrganisation,
} from "./demo";

/** Seeds the demo organisation into an empty database, when the rule in should-seed-demo.ts says so. */
export async function seedIfEmpty(log = console.log): Promise<boolean> {
  const decision = shouldSeedDemo(env());
  const db = getDb();
  const existing = db.select({ total: count() }).from(organisations).get();
  if ((existing?.total ?? 0) > 0) return false;
  if (!decision.seed) {
    if (decision.reason === "production") {
      log(
        "Own Voice: the demo organisation was not seeded: this is production with a public PUBLIC_URL, " +
          "and the demo's passwords are published (set SEED_DEMO=true to seed it anyway). " +
          "Create the first administrator with `npm run admin:create`.",
      );
    }
    return false;
  }
  await seedDemo();
  return true;
}

export async function seedDemo() {
  const passwords = new Map<string, string>();
  const pictures = new Map<string, string>();
  for (const adult of demoAdults) passwords.set(adult.username, await hashSecret(demoPassword));
  for (const yp of demoYoungPeopleWithSignIn) {
    if ("pictures" in yp && yp.pictures)
      pictures.set(yp.username, await hashSecret(picturePasswordSecret(yp.pictures)));
    if ("password" in yp && yp.password) passwords.set(yp.username, await hashSecret(yp.password));
  }
  getDb().transaction((tx) => {
    insertDemoOrganisation(tx, todayInEngland(), {
      passwordHash: (u) => passwords.get(u) ?? null,
      picturePasswordHash: (u) => pictures.get(u) ?? null,
    });
  });
}
