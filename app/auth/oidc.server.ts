import * as client from "openid-client";
import { recordAudit } from "~/audit/audit.server";
import { cookiesAreSecure, env } from "~/env.server";
import { clientAddress, readCookie, serializeCookie } from "~/http/request.server";
import { matchStaffAccount, type ProviderClaims, type StaffRefusal } from "./oidc-match.server";
import { oidcSettings, type OidcSettings } from "./oidc-settings";
import { readSignedValue, signValue } from "./signed-value.server";
import { isAddressThrottled, recordAddressFailure } from "./throttle.server";
import type { User } from "#db/schema";

/*
 * Staff sign in with their council account: OpenID Connect, authorization code flow with PKCE
 * (openid-client). The state, nonce and PKCE verifier of each attempt wait in a short-lived,
 * signed, HttpOnly cookie (SameSite=Lax, because the provider sends the person back with a
 * top-level GET); openid-client checks all three when the provider's answer comes back.
 */

export const councilCallbackPath = "/sign-in/council/callback";
const scope = "openid email profile";
const flowCookieName = "ov_sso";
const refusalCookieName = "ov_sso_refusal";
/** How long a person has to finish signing in at the provider. */
const flowSeconds = 10 * 60;
const refusalSeconds = 5 * 60;

/** Why a council sign-in did not happen, each with its own plain message (auth:council.refused.*). */
export type CouncilRefusalReason =
  StaffRefusal | "cancelled" | "providerError" | "expired" | "failed" | "unavailable" | "throttled";

export type CouncilRefusal = { reason: CouncilRefusalReason; email?: string };

export type CouncilSignInResult = { ok: true; user: User; next?: string } | CouncilRefusal;

type Flow = {
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  next?: string;
};

export class CouncilSignInUnavailable extends Error {}

/** The settings, or undefined when single sign-on is not set up on this server. */
export function councilSignInSettings(): OidcSettings | undefined {
  return oidcSettings(env());
}

export function isCouncilSignInEnabled(): boolean {
  return councilSignInSettings() !== undefined;
}

/*
 * The provider's metadata is fetched at first use and kept; a failed fetch is forgotten, so
 * the next person to try starts a fresh one (a provider that was down may be back).
 */
let discovered: { key: string; configuration: Promise<client.Configuration> } | undefined;

function providerConfiguration(settings: OidcSettings): Promise<client.Configuration> {
  const key = `${settings.issuer.href} ${settings.clientId}`;
  if (discovered?.key !== key) {
    const configuration = client
      .discovery(settings.issuer, settings.clientId, settings.clientSecret, undefined, {
        // Plain http only for a provider on this machine (oidc-settings.ts refuses any other).
        execute: settings.allowInsecureRequests ? [client.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw new CouncilSignInUnavailable(
          `The OpenID provider ${settings.issuer.href} did not answer: ${String(error)}`,
        );
      });
    discovered = { key, configuration };
  }
  return discovered.configuration;
}

/**
 * Where the provider sends people back: PUBLIC_URL when set (behind a proxy it is the address
 * people use, and it must match the redirect URI registered at the provider exactly), otherwise
 * this request's own origin.
 */
export function councilCallbackUrl(request: Request): string {
  const base = env().PUBLIC_URL ?? new URL(request.url).origin;
  return new URL(councilCallbackPath, base).href;
}

/** The provider's sign-in page to send the person to, and the cookie that remembers this try. */
export async function beginCouncilSignIn(
  request: Request,
  next?: string | null,
): Promise<{ location: string; cookie: string }> {
  const settings = councilSignInSettings();
  if (!settings) throw new Response("Not Found", { status: 404 });
  const configuration = await providerConfiguration(settings);
  const flow: Flow = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
    redirectUri: councilCallbackUrl(request),
    ...(next ? { next } : {}),
  };
  const location = client.buildAuthorizationUrl(configuration, {
    redirect_uri: flow.redirectUri,
    scope,
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
    code_challenge_method: "S256",
  });
  const cookie = serializeCookie(flowCookieName, signValue("sso-flow", flow, flowSeconds), {
    maxAgeSeconds: flowSeconds,
    secure: cookiesAreSecure(),
  });
  return { location: location.href, cookie };
}

/** Ends the remembered try: each state, nonce and verifier is used once. */
export function clearFlowCookie(): string {
  return serializeCookie(flowCookieName, "", { maxAgeSeconds: 0, secure: cookiesAreSecure() });
}

/**
 * The provider has sent the person back: check the answer, exchange the code, and find the
 * one active staff account with the verified email. Every refusal is audited (its reason, never
 * the email) and counts against the client's address, like a wrong password.
 */
export async function completeCouncilSignIn(request: Request): Promise<CouncilSignInResult> {
  const settings = councilSignInSettings();
  if (!settings) throw new Response("Not Found", { status: 404 });
  const address = clientAddress(request);
  if (isAddressThrottled(address)) return refuse(request, { reason: "throttled" });

  const flow = readFlow(request);
  const answer = new URL(request.url).searchParams;
  // No remembered try (it expired, or began in another browser), or an answer to another try.
  if (!flow || answer.get("state") !== flow.state) return refuse(request, { reason: "expired" });
  const error = answer.get("error");
  if (error) {
    return refuse(request, { reason: error === "access_denied" ? "cancelled" : "providerError" });
  }

  let claims: ProviderClaims;
  try {
    const configuration = await providerConfiguration(settings);
    // The address the provider answered to, as registered: PUBLIC_URL may differ from the
    // address this server sees behind a proxy, and the token request must repeat it exactly.
    const currentUrl = new URL(flow.redirectUri);
    currentUrl.search = answer.toString();
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims()!;
    claims = { ...idToken };
    // Providers that keep the ID token small give the email at the userinfo endpoint instead.
    if (claims.email === undefined && tokens.access_token) {
      const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
      claims = { ...userInfo, ...idToken };
    }
  } catch (failure) {
    return refuse(request, { reason: failureReason(failure) });
  }

  const match = matchStaffAccount(claims);
  if (!match.ok) {
    return refuse(
      request,
      { reason: match.reason, email: match.email },
      match.user ? { organisationId: match.user.organisationId, userId: match.user.id } : {},
    );
  }
  recordAudit(request, {
    action: "sso_sign_in",
    organisationId: match.user.organisationId,
    actorUserId: match.user.id,
  });
  return { ok: true, user: match.user, next: flow.next };
}

function readFlow(request: Request): Flow | undefined {
  const value = readSignedValue("sso-flow", readCookie(request, flowCookieName));
  if (!value || typeof value !== "object") return undefined;
  const flow = value as Partial<Flow>;
  const texts = [flow.state, flow.nonce, flow.codeVerifier, flow.redirectUri];
  if (!texts.every((text) => typeof text === "string" && text.length > 0)) return undefined;
  return flow as Flow;
}

/** Sorts what went wrong into what a person can do about it. */
export function failureReason(failure: unknown): CouncilRefusalReason {
  if (failure instanceof CouncilSignInUnavailable) return "unavailable";
  if (failure instanceof client.AuthorizationResponseError) {
    return failure.error === "access_denied" ? "cancelled" : "providerError";
  }
  // invalid_grant: the code was already used or has expired (a reload, a slow return).
  if (failure instanceof client.ResponseBodyError) {
    return failure.error === "invalid_grant" ? "expired" : "providerError";
  }
  // fetch() could not reach the provider, or gave up waiting.
  if (
    failure instanceof TypeError ||
    (failure instanceof Error && failure.name === "TimeoutError")
  ) {
    return "unavailable";
  }
  // The answer failed a check (signature, issuer, audience, nonce, state, PKCE).
  return "failed";
}

function refuse(
  request: Request,
  refusal: CouncilRefusal,
  account: { organisationId?: string; userId?: string } = {},
): CouncilRefusal {
  // A provider that is down is nobody's guess; everything else counts like a failed sign-in.
  if (refusal.reason !== "unavailable" && refusal.reason !== "throttled") {
    recordAddressFailure(clientAddress(request));
  }
  recordAudit(request, {
    action: "sso_sign_in_refused",
    organisationId: account.organisationId,
    subjectType: refusal.reason,
    subjectId: account.userId,
  });
  return refusal;
}

/** A refusal to show on the sign-in page once, in a short-lived signed cookie. */
export function refusalCookie(refusal: CouncilRefusal): string {
  return serializeCookie(refusalCookieName, signValue("sso-refusal", refusal, refusalSeconds), {
    maxAgeSeconds: refusalSeconds,
    secure: cookiesAreSecure(),
  });
}

const refusalReasons = new Set<CouncilRefusalReason>([
  "noEmail",
  "unverified",
  "unknown",
  "deactivated",
  "ambiguous",
  "cancelled",
  "providerError",
  "expired",
  "failed",
  "unavailable",
  "throttled",
]);

/** The refusal this browser was sent back with, if any, and the cookie that forgets it. */
export function takeRefusal(request: Request): { refusal?: CouncilRefusal; clearCookie?: string } {
  const text = readCookie(request, refusalCookieName);
  if (!text) return {};
  const clearCookie = serializeCookie(refusalCookieName, "", {
    maxAgeSeconds: 0,
    secure: cookiesAreSecure(),
  });
  const value = readSignedValue("sso-refusal", text) as Partial<CouncilRefusal> | undefined;
  if (!value || !refusalReasons.has(value.reason as CouncilRefusalReason)) return { clearCookie };
  const refusal: CouncilRefusal = { reason: value.reason! };
  if (typeof value.email === "string") refusal.email = value.email;
  return { refusal, clearCookie };
}
