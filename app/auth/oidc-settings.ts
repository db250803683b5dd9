/*
 * Single sign-on settings (OpenID Connect), checked once at start-up by env.server.ts.
 * Pure: no I/O, so the rules are unit-tested directly.
 */

export type OidcValues = {
  OIDC_ISSUER_URL?: string;
  OIDC_CLIENT_ID?: string;
  OIDC_CLIENT_SECRET?: string;
};

export type OidcSettings = {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Plain http is allowed only for a provider on this machine (a test or development provider). */
  allowInsecureRequests: boolean;
};

const names = ["OIDC_ISSUER_URL", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;

/** The host names that can only mean this machine: http to them never crosses a network. */
export function isLoopbackHost(hostname: string): boolean {
  return ["localhost", "127.0.0.1", "[::1]", "::1"].includes(hostname.toLowerCase());
}

/** What is wrong with these settings, one message per variable; empty when they are usable. */
export function oidcSettingsProblems(values: OidcValues): { name: string; message: string }[] {
  const given = names.filter((name) => values[name]);
  if (given.length === 0) return [];
  if (given.length < names.length) {
    return names
      .filter((name) => !values[name])
      .map((name) => ({
        name,
        message: `single sign-on needs OIDC_ISSUER_URL, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together; ${name} is missing (set all three, or none to turn single sign-on off)`,
      }));
  }
  let issuer: URL;
  try {
    issuer = new URL(values.OIDC_ISSUER_URL!);
  } catch {
    return [
      {
        name: "OIDC_ISSUER_URL",
        message:
          "OIDC_ISSUER_URL must be the provider's issuer URL, e.g. https://login.microsoftonline.com/<tenant id>/v2.0",
      },
    ];
  }
  if (issuer.protocol === "https:") return [];
  if (issuer.protocol === "http:" && isLoopbackHost(issuer.hostname)) return [];
  return [
    {
      name: "OIDC_ISSUER_URL",
      message: "OIDC_ISSUER_URL must use https (plain http only for a provider on localhost)",
    },
  ];
}

/** The settings to use, or undefined when single sign-on is off. Call only with checked values. */
export function oidcSettings(values: OidcValues): OidcSettings | undefined {
  const { OIDC_ISSUER_URL: issuer, OIDC_CLIENT_ID: clientId } = values;
  const clientSecret = values.OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret || oidcSettingsProblems(values).length)
    return undefined;
  const url = new URL(issuer);
  return {
    issuer: url,
    clientId,
    clientSecret,
    allowInsecureRequests: url.protocol === "http:" && isLoopbackHost(url.hostname),
  };
}
