import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { maxFailedSignIns, signInWithPassword, signInWithPictures } from "~/auth/sign-in.server";
import { maxFailuresPerAddress, resetAddressThrottle } from "~/auth/throttle.server";
import { getDb } from "#db/db.server";
import { auditEvents } from "#db/schema";
import { buildOrganisation, buildUser, requestFor } from "../../fixtures/builders";

let organisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation();
});
afterEach(() => {
  vi.useRealTimers();
  resetAddressThrottle();
});

const request = (address = "198.51.100.1") => requestFor("/sign-in", { address });

describe("sign-in and lockout", () => {
  it("the right password signs in and is audited", async () => {
    const user = await buildUser(organisationId, {
      role: "iro",
      username: "iro.right",
      password: "pass-word-1",
    });
    const outcome = await signInWithPassword(request(), "IRO.Right ", "pass-word-1");
    expect(outcome).toMatchObject({ ok: true, user: { id: user.id } });
    const events = getDb().select().from(auditEvents).all();
    expect(events.some((e) => e.action === "sign_in" && e.actorUserId === user.id)).toBe(true);
  });

  it("after 5 wrong passwords the account is locked, even for the right one, for 15 minutes", async () => {
    await buildUser(organisationId, {
      role: "carer",
      username: "carer.locked",
      password: "pass-word-1",
    });
    for (let i = 0; i < maxFailedSignIns - 1; i++) {
      await signInWithPassword(request(), "carer.locked", "wrong");
    }
    const fifth = await signInWithPassword(request(), "carer.locked", "wrong");
    expect(fifth).toEqual({ ok: false, reason: "locked" });
    expect(await signInWithPassword(request(), "carer.locked", "pass-word-1")).toEqual({
      ok: false,
      reason: "locked",
    });

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 16 * 60 * 1000);
    expect((await signInWithPassword(request(), "carer.locked", "pass-word-1")).ok).toBe(true);
  });

  it("the first four wrong tries say 'wrong', the fifth says 'locked'", async () => {
    await buildUser(organisationId, {
      role: "parent",
      username: "parent.count",
      password: "pass-word-1",
    });
    const reasons: string[] = [];
    for (let i = 0; i < 5; i++) {
      const outcome = await signInWithPassword(request(), "parent.count", "nope");
      reasons.push(outcome.ok ? "ok" : outcome.reason);
    }
    expect(reasons).toEqual(["wrong", "wrong", "wrong", "wrong", "locked"]);
  });

  it("an unknown username answers exactly like a real one, lockout included", async () => {
    const reasons: string[] = [];
    for (let i = 0; i < 6; i++) {
      const outcome = await signInWithPassword(request(), "nobody.here", "nope");
      reasons.push(outcome.ok ? "ok" : outcome.reason);
    }
    expect(reasons).toEqual(["wrong", "wrong", "wrong", "wrong", "locked", "locked"]);
  });

  it("many failures from one address are throttled across usernames", async () => {
    for (let i = 0; i < maxFailuresPerAddress; i++) {
      await signInWithPassword(request("192.0.2.50"), `someone${i}`, "nope");
    }
    expect(await signInWithPassword(request("192.0.2.50"), "someone-new", "nope")).toEqual({
      ok: false,
      reason: "throttled",
    });
    // Another address is not affected.
    expect((await signInWithPassword(request("192.0.2.51"), "someone-new", "nope")).ok).toBe(false);
    expect(await signInWithPassword(request("192.0.2.51"), "someone-other", "nope")).toEqual({
      ok: false,
      reason: "wrong",
    });
  });

  it("a picture password signs in only with the same pictures in the same order", async () => {
    await buildUser(organisationId, {
      role: "young_person",
      username: "yp.pictures",
      pictures: ["sun", "cat", "boat", "star"],
    });
    expect(
      (await signInWithPictures(request(), "yp.pictures", ["sun", "cat", "star", "boat"])).ok,
    ).toBe(false);
    expect(
      (await signInWithPictures(request(), "yp.pictures", ["sun", "cat", "boat", "star"])).ok,
    ).toBe(true);
  });
});
