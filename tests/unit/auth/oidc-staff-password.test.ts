import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { signInWithPassword, signInWithPictures } from "~/auth/sign-in.server";
import { resetAddressThrottle } from "~/auth/throttle.server";
import { getDb } from "#db/db.server";
import { organisations } from "#db/schema";
import { buildOrganisation, buildUser, requestFor } from "../../fixtures/builders";

// Single sign-on is set up on this server (read once, at the first env() call).
process.env.OIDC_ISSUER_URL = "https://login.council.example/tenant/v2.0";
process.env.OIDC_CLIENT_ID = "own-voice";
process.env.OIDC_CLIENT_SECRET = "a-client-secret";

let ssoOnly: string;
let passwordsAllowed: string;
beforeAll(() => {
  ssoOnly = buildOrganisation("Single Sign-On Borough Council");
  getDb()
    .update(organisations)
    .set({ staffPasswordSignIn: false })
    .where(eq(organisations.id, ssoOnly))
    .run();
  passwordsAllowed = buildOrganisation("Password Borough Council");
});
afterEach(() => resetAddressThrottle());
afterAll(() => {
  delete process.env.OIDC_ISSUER_URL;
  delete process.env.OIDC_CLIENT_ID;
  delete process.env.OIDC_CLIENT_SECRET;
});

const request = () => requestFor("/sign-in", { address: "198.51.100.7" });

describe("an organisation that has turned password sign-in off for staff", () => {
  it("refuses every staff role's password, even the right one, pointing to the council account", async () => {
    for (const role of ["iro", "manager", "social_worker", "translator", "admin"] as const) {
      const user = await buildUser(ssoOnly, { role, password: "right-password-1" });
      expect(await signInWithPassword(request(), user.username, "right-password-1")).toEqual({
        ok: false,
        reason: "passwordOff",
      });
    }
  });

  it("still lets young people, carers and parents in with their own passwords and pictures", async () => {
    for (const role of ["young_person", "carer", "parent"] as const) {
      const user = await buildUser(ssoOnly, { role, password: "right-password-1" });
      const outcome = await signInWithPassword(request(), user.username, "right-password-1");
      expect(outcome).toMatchObject({ ok: true, user: { id: user.id } });
    }
    const child = await buildUser(ssoOnly, {
      role: "young_person",
      pictures: ["sun", "moon", "star", "tree"],
    });
    const outcome = await signInWithPictures(request(), child.username, [
      "sun",
      "moon",
      "star",
      "tree",
    ]);
    expect(outcome).toMatchObject({ ok: true, user: { id: child.id } });
  });

  it("does not touch staff of an organisation that still allows passwords", async () => {
    const iro = await buildUser(passwordsAllowed, { role: "iro", password: "right-password-1" });
    expect(await signInWithPassword(request(), iro.username, "right-password-1")).toMatchObject({
      ok: true,
    });
  });

  it("answers an unknown username as before, so the setting reveals no account", async () => {
    expect(await signInWithPassword(request(), "nobody.here", "whatever-1")).toEqual({
      ok: false,
      reason: "wrong",
    });
  });
});
