import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { signInWithPictures } from "~/auth/sign-in.server";
import { checkSignInCode, issueSignInCode, redeemSignInCode } from "~/auth/sign-in-codes.server";
import { getSession } from "~/auth/session.server";
import { action as startAction } from "~/routes/start";
import { resetAddressThrottle } from "~/auth/throttle.server";
import { buildOrganisation, buildUser, requestFor, signedInAs } from "../../fixtures/builders";

let organisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation();
});
afterEach(() => {
  vi.useRealTimers();
  resetAddressThrottle();
});

async function setUp() {
  const worker = await buildUser(organisationId, { role: "social_worker" });
  const child = await buildUser(organisationId, { role: "young_person" });
  const { request, user } = signedInAs(worker);
  return { request, worker: user, child };
}

describe("one-time sign-in codes", () => {
  it("a code lets a young person set a picture password, then sign in with it", async () => {
    const { request, worker, child } = await setUp();
    const { code } = issueSignInCode(request, worker, child.id);
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const redeemed = await redeemSignInCode(requestFor("/start"), code.toLowerCase(), {
      kind: "pictures",
      pictures: ["moon", "fish", "ball", "tree"],
    });
    expect(redeemed.ok).toBe(true);
    const signIn = await signInWithPictures(requestFor("/sign-in"), child.username, [
      "moon",
      "fish",
      "ball",
      "tree",
    ]);
    expect(signIn.ok).toBe(true);
  });

  it("a code works only once", async () => {
    const { request, worker, child } = await setUp();
    const { code } = issueSignInCode(request, worker, child.id);
    const credential = { kind: "password" as const, password: "a-long-password" };
    expect((await redeemSignInCode(requestFor("/start"), code, credential)).ok).toBe(true);
    expect(await redeemSignInCode(requestFor("/start"), code, credential)).toEqual({
      ok: false,
      reason: "wrong",
    });
  });

  it("a code stops working after 7 days", async () => {
    const { request, worker, child } = await setUp();
    const { code } = issueSignInCode(request, worker, child.id);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 6 * 24 * 60 * 60 * 1000);
    expect(checkSignInCode(requestFor("/start"), code).ok).toBe(true);
    vi.setSystemTime(Date.now() + 2 * 24 * 60 * 60 * 1000);
    expect(checkSignInCode(requestFor("/start"), code).ok).toBe(false);
  });

  it("a new code cancels the earlier one", async () => {
    const { request, worker, child } = await setUp();
    const first = issueSignInCode(request, worker, child.id);
    const second = issueSignInCode(request, worker, child.id);
    expect(checkSignInCode(requestFor("/start"), first.code).ok).toBe(false);
    expect(checkSignInCode(requestFor("/start"), second.code).ok).toBe(true);
  });

  it("a made-up code does not work", () => {
    expect(checkSignInCode(requestFor("/start"), "ABCD-2345").ok).toBe(false);
  });
});

describe("a new credential signs the person out everywhere else", () => {
  it("a worker issuing a new code ends the young person's sessions, not the worker's", async () => {
    const { request, worker, child } = await setUp();
    const phone = signedInAs(child);
    const tablet = signedInAs(child);
    issueSignInCode(request, worker, child.id);
    expect(getSession(phone.request)).toBeNull();
    expect(getSession(tablet.request)).toBeNull();
    expect(getSession(request)?.user.id).toBe(worker.id);
  });

  it("new pictures end the sessions opened before them", async () => {
    const { request, worker, child } = await setUp();
    const { code } = issueSignInCode(request, worker, child.id);
    // Someone still knew the old pictures and signed in after the code was issued.
    const stranger = signedInAs(child);
    const redeemed = await redeemSignInCode(requestFor("/start"), code, {
      kind: "pictures",
      pictures: ["moon", "fish", "ball", "tree"],
    });
    expect(redeemed.ok).toBe(true);
    expect(getSession(stranger.request)).toBeNull();
  });

  it("choosing pictures on the start page ends the old session on this device and opens a fresh one", async () => {
    const { request, worker, child } = await setUp();
    const { code } = issueSignInCode(request, worker, child.id);
    const old = signedInAs(child);
    const form = new URLSearchParams({
      csrf: getSession(old.request)!.csrfToken,
      intent: "set-pictures",
      code,
      picturePassword1: "moon",
      picturePassword2: "fish",
      picturePassword3: "ball",
      picturePassword4: "tree",
    });
    const response = (await startAction({
      request: new Request("http://localhost/start", {
        method: "POST",
        headers: {
          cookie: old.cookie,
          "content-type": "application/x-www-form-urlencoded",
          "x-ov-client-address": "203.0.113.9",
        },
        body: form.toString(),
      }),
      params: {},
      context: {},
    })) as Response;
    expect(response.status).toBe(302);
    expect(getSession(requestFor("/", { cookie: old.cookie }))).toBeNull();
    const fresh = response.headers.get("set-cookie")!.split(";")[0]!;
    expect(fresh).not.toBe(old.cookie);
    expect(getSession(requestFor("/", { cookie: fresh }))?.user.id).toBe(child.id);
  });

  it("a new password ends the sessions opened before it", async () => {
    const { request, worker, child } = await setUp();
    const { code } = issueSignInCode(request, worker, child.id);
    const stranger = signedInAs(child);
    const redeemed = await redeemSignInCode(requestFor("/start"), code, {
      kind: "password",
      password: "a-long-password",
    });
    expect(redeemed.ok).toBe(true);
    expect(getSession(stranger.request)).toBeNull();
  });

  it("a parent setting a password with their invitation code ends their other sessions", async () => {
    const iro = await buildUser(organisationId, { role: "iro" });
    const parent = await buildUser(organisationId, { role: "parent" });
    const { request, user } = signedInAs(iro);
    const { code } = issueSignInCode(request, user, parent.id, new Date(), {
      purpose: "parent-invitation",
      validDays: 14,
    });
    const earlier = signedInAs(parent);
    const redeemed = await redeemSignInCode(requestFor("/start"), code, {
      kind: "password",
      password: "a-long-password",
    });
    expect(redeemed.ok).toBe(true);
    expect(getSession(earlier.request)).toBeNull();
    expect(getSession(request)?.user.id).toBe(iro.id);
  });

  it("going on with a parent's code alone changes no credential and ends no session", async () => {
    const iro = await buildUser(organisationId, { role: "iro" });
    const parent = await buildUser(organisationId, { role: "parent" });
    const { request, user } = signedInAs(iro);
    const { code } = issueSignInCode(request, user, parent.id, new Date(), {
      purpose: "parent-invitation",
    });
    const other = signedInAs(parent);
    expect((await redeemSignInCode(requestFor("/start"), code, { kind: "none" })).ok).toBe(true);
    expect(getSession(other.request)?.user.id).toBe(parent.id);
  });
});
