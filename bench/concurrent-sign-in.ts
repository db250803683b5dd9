// `npx tsx bench/concurrent-sign-in.ts [module]`: eight wrong picture passwords sent at once to one
// account, then the right one. Reports the outcomes, the failure count and the lock the database
// holds afterwards. `module` (default app/auth/sign-in.server.ts) lets the same race run against
// an older copy of the sign-in logic. Runs in-process: no server or build needed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { eq } from "drizzle-orm";

const dir = mkdtempSync(path.join(tmpdir(), "own-voice-bench-sign-in-"));
process.env.DATABASE_PATH = path.join(dir, "bench.sqlite");
process.env.SEED_DEMO = "false";
process.env.SESSION_SECRET ??= "bench-secret-bench-secret-bench-secret-01";

const { closeDb, getDb } = await import("#db/db.server");
const { organisations, users } = await import("#db/schema");
const { hashSecret } = await import("~/auth/password.server");
const { picturePasswordSecret } = await import("~/auth/pictures");
const modulePath = process.argv[2]
  ? pathToFileURL(path.resolve(process.argv[2])).href
  : "~/auth/sign-in.server";
const { signInWithPictures } = (await import(modulePath)) as typeof import("~/auth/sign-in.server");

const organisationId = crypto.randomUUID();
getDb().insert(organisations).values({ id: organisationId, name: "Bench Borough" }).run();
const userId = crypto.randomUUID();
getDb()
  .insert(users)
  .values({
    id: userId,
    organisationId,
    role: "young_person",
    username: "yp.bench",
    displayName: "Bench",
    picturePasswordHash: await hashSecret(picturePasswordSecret(["sun", "cat", "boat", "star"])),
  })
  .run();

const request = () =>
  new Request("http://localhost/sign-in/pictures", {
    headers: { "x-ov-client-address": "192.0.2.9" },
  });
const outcomes = await Promise.all(
  Array.from({ length: 8 }, () =>
    signInWithPictures(request(), "yp.bench", ["moon", "fish", "ball", "tree"]),
  ),
);
const row = getDb().select().from(users).where(eq(users.id, userId)).get()!;
const right = await signInWithPictures(request(), "yp.bench", ["sun", "cat", "boat", "star"]);
console.log(
  JSON.stringify({
    module: process.argv[2] ?? "app/auth/sign-in.server.ts",
    attempts: outcomes.map((o) => (o.ok ? "ok" : o.reason)),
    failedSignIns: row.failedSignIns,
    locked: !!row.lockedUntil && new Date(row.lockedUntil) > new Date(),
    rightPasswordAfter: right.ok ? "signed in" : right.reason,
  }),
);
closeDb();
rmSync(dir, { recursive: true, force: true });
