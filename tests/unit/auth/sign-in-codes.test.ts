import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { signInWithPictures } from "~/auth/sign-in.server";
import { checkSignInCode, issueSignInCode, redeemSignInCode } from "~/auth/sign-in-codes.server";
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
