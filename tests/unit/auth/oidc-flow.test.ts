import * as client from "openid-client";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import {
  beginCouncilSignIn,
  completeCouncilSignIn,
  councilCallbackUrl,
  CouncilSignInUnavailable,
  failureReason,
  refusalCookie,
  takeRefusal,
} from "~/auth/oidc.server";
import { readSignedValue, signValue } from "~/auth/signed-value.server";
import { maxFailuresPerAddress, resetAddressThrottle } from "~/auth/throttle.server";
import { getDb } from "#db/db.server";
import { auditEvents } from "#db/schema";
import { requestFor } from "../../fixtures/builders";

// A provider on this machine that nothing answers at: discovery fails at once.
process.env.OIDC_ISSUER_URL = "http://127.0.0.1:9/";
process.env.OIDC_CLIENT_ID = "own-voice";
process.env.OIDC_CLIENT_SECRET = "a-client-secret";
afterAll(() => {
  delete process.env.OIDC_ISSUER_URL;
  delete process.env.OIDC_CLIENT_ID;
  delete process.env.OIDC_CLIENT_SECRET;
});
afterEach(() => resetAddressThrottle());

function callback(query: string, address = "192.0.2.50", cookie?: string) {
  return requestFor(`/sign-in/council/callback?${query}`, { address, cookie });
}

describe("the provider's answer", () => {
  it("that belongs to no sign-in started in this browser is refused: start again", async () => {
    expect(await completeCouncilSignIn(callback("code=abc&state=xyz"))).toEqual({
      reason: "expired",
    });
    const refused = getDb().select().from(auditEvents).all();
    expect(refused.at(-1)).toMatchObject({ action: "sso_sign_in_refused", subjectType: "expired" });
  });

  it("with another try's state is refused, even with a genuine cookie", async () => {
    const flow = signValue(
      "sso-flow",
      {
        state: "the-state",
        nonce: "n",
        codeVerifier: "v",
        redirectUri: "http://localhost/sign-in/council/callback",
      },
      600,
    );
    const result = await completeCouncilSignIn(
      callback("code=abc&state=another-state", "192.0.2.51", `ov_sso=${flow}`),
    );
    expect(result).toEqual({ reason: "expired" });
  });

  it("saying the person cancelled is refused as cancelled, with state checked first", async () => {
    const flow = signValue(
      "sso-flow",
      {
        state: "s1",
        nonce: "n",
        codeVerifier: "v",
        redirectUri: "http://localhost/sign-in/council/callback",
      },
      600,
    );
    const cookie = `ov_sso=${flow}`;
    expect(
      await completeCouncilSignIn(callback("error=access_denied&state=s1", "192.0.2.52", cookie)),
    ).toEqual({ reason: "cancelled" });
    expect(
      await completeCouncilSignIn(callback("error=server_error&state=s1", "192.0.2.52", cookie)),
    ).toEqual({ reason: "providerError" });
  });

  it("counts every refusal against the address, like a wrong password", async () => {
    for (let i = 0; i < maxFailuresPerAddress; i++) {
      await completeCouncilSignIn(callback("code=abc&state=xyz", "192.0.2.60"));
    }
    expect(await completeCouncilSignIn(callback("code=abc&state=xyz", "192.0.2.60"))).toEqual({
      reason: "throttled",
    });
    // Another address is not affected.
    expect(await completeCouncilSignIn(callback("code=abc&state=xyz", "192.0.2.61"))).toEqual({
      reason: "expired",
    });
  });
});

describe("starting a council sign-in", () => {
  it("says the provider is unavailable when it cannot be reached", async () => {
    await expect(beginCouncilSignIn(requestFor("/sign-in/council"))).rejects.toBeInstanceOf(
      CouncilSignInUnavailable,
    );
  });

  it("sends the provider back to this server's callback when PUBLIC_URL is not set", () => {
    expect(councilCallbackUrl(requestFor("/sign-in/council"))).toBe(
      "http://localhost/sign-in/council/callback",
    );
  });
});

describe("what goes wrong, in words a person can act on", () => {
  it("sorts provider errors, expired codes, failed checks and network failures", () => {
    const answer = (error: string) =>
      new client.AuthorizationResponseError("x", {
        cause: new URLSearchParams({ error }),
      });
    expect(failureReason(answer("access_denied"))).toBe("cancelled");
    expect(failureReason(answer("temporarily_unavailable"))).toBe("providerError");
    expect(failureReason(new CouncilSignInUnavailable("down"))).toBe("unavailable");
    expect(failureReason(new TypeError("fetch failed"))).toBe("unavailable");
    expect(failureReason(new client.ClientError("unexpected JWT claim value"))).toBe("failed");
  });
});

describe("the refusal shown on the sign-in page", () => {
  it("is read once from its signed cookie, and a changed cookie is ignored", () => {
    const cookie = refusalCookie({ reason: "unknown", email: "someone@council.example" });
    const value = cookie.split(";")[0]!;
    const taken = takeRefusal(requestFor("/sign-in", { cookie: value }));
    expect(taken.refusal).toEqual({ reason: "unknown", email: "someone@council.example" });
    expect(taken.clearCookie).toMatch(/Max-Age=0/);

    const forged = value.replace(/=([^.]+)\./, (_, payload: string) => `=${payload}x.`);
    expect(takeRefusal(requestFor("/sign-in", { cookie: forged })).refusal).toBeUndefined();
  });

  it("expires", () => {
    const text = signValue("sso-refusal", { reason: "unknown" }, 300, Date.now() - 301_000);
    expect(readSignedValue("sso-refusal", text)).toBeUndefined();
    expect(readSignedValue("sso-flow", signValue("sso-refusal", { a: 1 }, 300))).toBeUndefined();
  });
});
