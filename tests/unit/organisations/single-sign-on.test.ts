import { isCouncilSignInEnabled } from "~/auth/oidc.server";
import { describe, expect, it } from "vitest";
import { settingsFormSchema } from "~/organisations/settings-schema";

// This file's server has single sign-on configured (read once, on first use of env()).
process.env.OIDC_ISSUER_URL = "https://login.example.test/tenant/v2.0";
process.env.OIDC_CLIENT_ID = "own-voice";
process.env.OIDC_CLIENT_SECRET = "an-invented-client-secret";

describe("password sign-in for staff, with single sign-on configured", () => {
  it("may be turned off", () => {
    expect(isCouncilSignInEnabled()).toBe(true);
    const schema = settingsFormSchema({ singleSignOn: isCouncilSignInEnabled() });
    const result = schema.safeParse({
      name: "Fenmoor County Council",
      consultationLeadDays: "5",
      replyWithinDays: "3",
      decisionsWithinDays: "5",
      letterWithinDays: "20",
      agreementWithinDays: "5",
      alertEscalateHours: "4",
      formsOffered: "getting-ready",
    });
    expect(result.success && result.data.staffPasswordSignIn).toBe(false);
  });
});
