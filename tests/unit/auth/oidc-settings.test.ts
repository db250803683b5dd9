import { describe, expect, it } from "vitest";
import { oidcSettings, oidcSettingsProblems } from "~/auth/oidc-settings";

const entra = {
  OIDC_ISSUER_URL: "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0",
  OIDC_CLIENT_ID: "own-voice",
  OIDC_CLIENT_SECRET: "a-client-secret",
};

describe("single sign-on settings", () => {
  it("are off with none of the three set", () => {
    expect(oidcSettingsProblems({})).toEqual([]);
    expect(oidcSettings({})).toBeUndefined();
  });

  it("work with all three, over https", () => {
    expect(oidcSettingsProblems(entra)).toEqual([]);
    expect(oidcSettings(entra)).toMatchObject({
      clientId: "own-voice",
      allowInsecureRequests: false,
    });
  });

  it("stop the server when only some are set, naming each one missing", () => {
    const problems = oidcSettingsProblems({ OIDC_ISSUER_URL: entra.OIDC_ISSUER_URL });
    expect(problems.map((p) => p.name)).toEqual(["OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"]);
    expect(problems[0]!.message).toMatch(/all three/);
    expect(oidcSettings({ OIDC_ISSUER_URL: entra.OIDC_ISSUER_URL })).toBeUndefined();
  });

  it("refuse a plain-http provider anywhere but on this machine", () => {
    for (const issuer of [
      "http://login.council.example",
      "http://10.0.0.8:8080",
      "ftp://x.example",
    ]) {
      const values = { ...entra, OIDC_ISSUER_URL: issuer };
      expect(oidcSettingsProblems(values)).toEqual([
        expect.objectContaining({
          name: "OIDC_ISSUER_URL",
          message: expect.stringMatching(/https/),
        }),
      ]);
      expect(oidcSettings(values)).toBeUndefined();
    }
  });

  it("allow plain http to a provider on localhost (a test or development provider)", () => {
    for (const issuer of ["http://localhost:4000", "http://127.0.0.1:4000", "http://[::1]:4000"]) {
      const values = { ...entra, OIDC_ISSUER_URL: issuer };
      expect(oidcSettingsProblems(values)).toEqual([]);
      expect(oidcSettings(values)?.allowInsecureRequests).toBe(true);
    }
  });

  it("refuse an issuer that is not a URL", () => {
    expect(
      oidcSettingsProblems({ ...entra, OIDC_ISSUER_URL: "login.microsoftonline.com" }),
    ).toEqual([expect.objectContaining({ name: "OIDC_ISSUER_URL" })]);
  });
});
