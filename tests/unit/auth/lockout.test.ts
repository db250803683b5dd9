import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { maxFailedSignIns, signInWithPassword, signInWithPictures } from "~/auth/sign-in.server";
import { maxFailuresPerAddress, resetAddressThrottle } from "~/auth/throttle.server";
import { getDb } from "#db/db.server";
import { auditEvents, users } from "#db/schema";
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

  it("eight wrong picture passwords sent at once lock the account; the right one then waits", async () => {
    const user = await buildUser(organisationId, {
      role: "young_person",
      username: "yp.race",
      pictures: ["sun", "cat", "boat", "star"],
    });
    const guesses = Array.from({ length: 8 }, () =>
      signInWithPictures(request(), "yp.race", ["moon", "fish", "ball", "tree"]),
    );
    const reasons = (await Promise.all(guesses)).map((o) => (o.ok ? "ok" : o.reason));
    expect(reasons.filter((r) => r === "wrong")).toHaveLength(maxFailedSignIns - 1);
    expect(reasons.filter((r) => r === "locked")).toHaveLength(8 - (maxFailedSignIns - 1));
    const row = getDb().select().from(users).where(eq(users.id, user.id)).get()!;
    expect(new Date(row.lockedUntil!).getTime()).toBeGreaterThan(Date.now());
    expect(await signInWithPictures(request(), "yp.race", ["sun", "cat", "boat", "star"])).toEqual({
      ok: false,
      reason: "locked",
    });
  });

  it("eight wrong guesses at once at an unknown username answer the same as at a real one", async () => {
    const guesses = Array.from({ length: 8 }, () =>
      signInWithPictures(request(), "yp.nobody", ["moon", "fish", "ball", "tree"]),
    );
    const reasons = (await Promise.all(guesses)).map((o) => (o.ok ? "ok" : o.reason));
    expect(reasons.filter((r) => r === "wrong")).toHaveLength(maxFailedSignIns - 1);
    expect(reasons.filter((r) => r === "locked")).toHaveLength(8 - (maxFailedSignIns - 1));
  });

  it("tries at a locked account count towards the address throttle", async () => {
    await buildUser(organisationId, {
      role: "carer",
      username: "carer.throttle",
      password: "pass-word-1",
    });
    // Twenty scrypt hashes in a row (hence the longer timeout), all but five at a locked account.
    for (let i = 0; i < maxFailuresPerAddress; i++) {
      await signInWithPassword(request("192.0.2.60"), "carer.throttle", "nope");
    }
    expect(await signInWithPassword(request("192.0.2.60"), "carer.throttle", "nope")).toEqual({
      ok: false,
      reason: "throttled",
    });
  }, 30_000);

  it("a lock that has run out lets the right password in and starts the count again", async () => {
    await buildUser(organisationId, {
      role: "carer",
      username: "carer.again",
      password: "pass-word-1",
    });
    for (let i = 0; i < maxFailedSignIns; i++) {
      await signInWithPassword(request(), "carer.again", "nope");
    }
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 16 * 60 * 1000);
    expect(await signInWithPassword(request(), "carer.again", "nope")).toEqual({
      ok: false,
      reason: "wrong",
    });
    expect((await signInWithPassword(request(), "carer.again", "pass-word-1")).ok).toBe(true);
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
