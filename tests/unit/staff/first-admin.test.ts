import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { organisations, users } from "#db/schema";
import { redeemSignInCode } from "~/auth/sign-in-codes.server";
import { resetAddressThrottle } from "~/auth/throttle.server";
import { createFirstAdmin } from "~/staff/first-admin.server";
import { requestFor } from "../../fixtures/builders";

afterEach(() => resetAddressThrottle());

describe("the first administrator (npm run admin:create)", () => {
  it("creates the organisation and the administrator, whose code works once at /start", async () => {
    const result = createFirstAdmin({
      organisation: "Fernbridge County Council",
      name: "Morgan Ellery",
      username: "Admin.Morgan",
      email: "morgan@example.org",
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.organisationCreated).toBe(true);
    expect(result.username).toBe("admin.morgan");
    expect(result.startUrl).toBe("http://localhost:3000/start");
    const admin = getDb().select().from(users).where(eq(users.id, result.userId)).get()!;
    expect(admin).toMatchObject({ role: "admin", organisationId: result.organisationId });
    const org = getDb()
      .select()
      .from(organisations)
      .where(eq(organisations.id, result.organisationId))
      .get()!;
    expect(org).toMatchObject({ name: "Fernbridge County Council", isDemo: false });

    const credential = { kind: "password" as const, password: "a-long-password" };
    const redeemed = await redeemSignInCode(requestFor("/start"), result.code, credential);
    expect(redeemed.ok && redeemed.user.id).toBe(result.userId);
    expect((await redeemSignInCode(requestFor("/start"), result.code, credential)).ok).toBe(false);
  });

  it("uses the organisation of that name when there is one", () => {
    const first = createFirstAdmin({
      organisation: "Harwick City Council",
      name: "Jo Ramsay",
      username: "admin.jo",
    });
    const second = createFirstAdmin({
      organisation: "Harwick City Council",
      name: "Sam Idowu",
      username: "admin.sam",
    });
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok) {
      expect(second.organisationCreated).toBe(false);
      expect(second.organisationId).toBe(first.organisationId);
    }
  });

  it("refuses a username that is taken, and arguments that are not usable", () => {
    createFirstAdmin({ organisation: "Ashby Council", name: "Lee Park", username: "admin.lee" });
    expect(
      createFirstAdmin({ organisation: "Other Council", name: "Lee Two", username: "ADMIN.LEE" }),
    ).toEqual({ ok: false, problem: "usernameTaken", username: "admin.lee" });
    expect(
      createFirstAdmin({ organisation: " ", name: "", username: "x", email: "not-an-email" }),
    ).toMatchObject({
      ok: false,
      problem: "invalid",
      fields: ["organisation", "name", "username", "email"],
    });
  });
});

describe("the admin:create command", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "own-voice-admin-create-"));
  const run = (args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/admin-create.ts", ...args], {
      encoding: "utf8",
      env: {
        ...process.env,
        DATABASE_PATH: path.join(dir, "fresh.sqlite"),
        PUBLIC_URL: "https://ownvoice.example.org",
      },
    });

  it("on an empty database prints a code and the /start address; a taken username fails", () => {
    const args = [
      "--organisation",
      "Wrenfield Council",
      "--name",
      "Ada Quinn",
      "--username",
      "admin.ada",
    ];
    const first = run(args);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Created the organisation "Wrenfield Council"');
    expect(first.stdout).toMatch(/One-time sign-in code: [A-Z2-9]{4}-[A-Z2-9]{4}/);
    expect(first.stdout).toContain("https://ownvoice.example.org/start");
    const again = run(args);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('"admin.ada" is already taken');
  }, 30_000);

  it("exits with a usage message on missing or unknown arguments", () => {
    const missing = run(["--organisation", "Wrenfield Council"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("missing --name, --username");
    expect(missing.stderr).toContain("Usage: npm run admin:create");
    const unknown = run([
      "--organisation",
      "X",
      "--name",
      "Y",
      "--username",
      "zed",
      "--colour",
      "red",
    ]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Usage:");
  }, 30_000);
});
