import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/*
 * A real OpenID provider for the end-to-end tests: oidc-provider (by the author of openid-client),
 * on a free port on 127.0.0.1, with one confidential client for the app and invented accounts.
 * Its own development sign-in pages stand in for a council's: type the account's login name
 * (any password), then "Continue" to consent; "[ Cancel ]" answers access_denied.
 */

export type TestAccount = {
  email: string;
  /** What the provider says about the email; true unless a test says otherwise. */
  emailVerified?: boolean;
  name?: string;
};

export type TestOpenIdProvider = {
  issuer: string;
  /** The OIDC_* settings that point the app at this provider. */
  appSettings: Record<string, string>;
  /** Accounts by the login name typed on the provider's sign-in page; tests may add more. */
  accounts: Map<string, TestAccount>;
  /**
   * Registers the app's callback address (known only once the app runs: the app needs the
   * issuer to start) and starts answering; until then every request gets 503.
   */
  acceptApp(appBaseURL: string): void;
  stop(): Promise<void>;
};

export async function startOpenIdProvider(
  accounts: Record<string, TestAccount>,
): Promise<TestOpenIdProvider> {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.statusCode = 503;
    res.end("not ready");
  };
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = "own-voice-e2e";
  const clientSecret = randomBytes(24).toString("base64url");
  const known = new Map(Object.entries(accounts));

  function acceptApp(appBaseURL: string) {
    const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
      format: "jwk",
    });
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: [new URL("/sign-in/council/callback", appBaseURL).href],
          grant_types: ["authorization_code"],
          response_types: ["code"],
          // openid-client's default way of sending the secret.
          token_endpoint_auth_method: "client_secret_post",
        },
      ],
      claims: {
        openid: ["sub"],
        email: ["email", "email_verified"],
        profile: ["name"],
      },
      cookies: { keys: [randomBytes(24).toString("hex")] },
      jwks: { keys: [{ ...signingKey, use: "sig", alg: "RS256" }] },
      // Short lives, as a test needs (and set, so the provider does not warn about defaults).
      ttl: {
        AccessToken: 600,
        AuthorizationCode: 60,
        IdToken: 600,
        Interaction: 600,
        Session: 3600,
        Grant: 3600,
      },
      // PKCE on every request, so an answer without the right code_verifier is refused.
      pkce: { required: () => true },
      findAccount: (_ctx, id) => {
        const account = known.get(id);
        if (!account) return undefined;
        return {
          accountId: id,
          claims: () => ({
            sub: id,
            email: account.email,
            email_verified: account.emailVerified ?? true,
            name: account.name ?? id,
          }),
        };
      },
    });
    handle = provider.callback();
  }

  return {
    issuer,
    appSettings: {
      OIDC_ISSUER_URL: issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: clientSecret,
    },
    accounts: known,
    acceptApp,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
