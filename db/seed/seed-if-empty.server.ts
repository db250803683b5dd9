import { count } from "drizzle-orm";
import { hashSecret } from "~/auth/password.server";
import { picturePasswordSecret } from "~/auth/pictures";
import { env } from "~/env.server";
import { todayInEngland } from "~/dates/calendar";
import { getDb } from "../db.server";
import { organisations } from "../schema";
import {
  demoAdults,
  demoPassword,
  demoYoungPeopleWithSignIn,
  insertDemoOrganisation,
} from "./demo";

/** Seeds the demo organisation into an empty database (unless SEED_DEMO=false). */
export async function seedIfEmpty(): Promise<boolean> {
  if (env().SEED_DEMO === "false") return false;
  const db = getDb();
  const existing = db.select({ total: count() }).from(organisations).get();
  if ((existing?.total ?? 0) > 0) return false;
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
