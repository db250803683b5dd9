import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { isEmailVerified, matchStaffAccount } from "~/auth/oidc-match.server";
import { getDb } from "#db/db.server";
import { users, type Role } from "#db/schema";
import { buildOrganisation, buildUser } from "../../fixtures/builders";

let organisationId: string;
let otherOrganisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation("Matching Borough Council");
  otherOrganisationId = buildOrganisation("Neighbouring Borough Council");
});

async function account(
  role: Role,
  email: string,
  options: { disabled?: boolean; organisation?: string } = {},
) {
  const user = await buildUser(options.organisation ?? organisationId, { role });
  getDb()
    .update(users)
    .set({ email, disabledAt: options.disabled ? "2026-01-05T09:00:00.000Z" : null })
    .where(eq(users.id, user.id))
    .run();
  return user;
}

const verified = (email: string) => ({ sub: "provider-subject", email, email_verified: true });

describe("which account a council sign-in opens", () => {
  it("opens the one active staff account with that email, whatever the case of either", async () => {
    const iro = await account("iro", "Jo.Bloggs@Council.Example");
    const match = matchStaffAccount(verified("jo.bloggs@COUNCIL.example"));
    expect(match).toMatchObject({ ok: true, user: { id: iro.id } });
  });

  it("finds staff in any organisation, in every staff role", async () => {
    for (const role of ["manager", "social_worker", "translator", "admin"] as const) {
      const user = await account(role, `${role}@elsewhere.example`, {
        organisation: otherOrganisationId,
      });
      expect(matchStaffAccount(verified(`${role}@elsewhere.example`))).toMatchObject({
        ok: true,
        user: { id: user.id, organisationId: otherOrganisationId },
      });
    }
  });

  it("never opens a young person's, carer's or parent's account", async () => {
    for (const role of ["young_person", "carer", "parent"] as const) {
      await account(role, `${role}@family.example`);
      expect(matchStaffAccount(verified(`${role}@family.example`))).toEqual({
        ok: false,
        reason: "unknown",
        email: `${role}@family.example`,
      });
    }
  });

  it("refuses an email no account uses, naming the email so the person can tell an admin", () => {
    expect(matchStaffAccount(verified("nobody@council.example"))).toEqual({
      ok: false,
      reason: "unknown",
      email: "nobody@council.example",
    });
  });

  it("refuses a deactivated account, and says it is deactivated", async () => {
    const gone = await account("social_worker", "gone@council.example", { disabled: true });
    expect(matchStaffAccount(verified("gone@council.example"))).toMatchObject({
      ok: false,
      reason: "deactivated",
      user: { id: gone.id },
    });
  });

  it("a deactivated old account does not stand in the way of the person's active one", async () => {
    await account("iro", "moved@council.example", { disabled: true });
    const current = await account("manager", "moved@council.example");
    expect(matchStaffAccount(verified("moved@council.example"))).toMatchObject({
      ok: true,
      user: { id: current.id },
    });
  });

  it("refuses when two active accounts share the email, rather than guess", async () => {
    await account("iro", "shared@council.example");
    await account("social_worker", "Shared@council.example", { organisation: otherOrganisationId });
    expect(matchStaffAccount(verified("shared@council.example"))).toEqual({
      ok: false,
      reason: "ambiguous",
      email: "shared@council.example",
    });
  });

  it("refuses an email the provider has not verified, even if an account uses it", async () => {
    await account("iro", "unchecked@council.example");
    for (const claims of [
      { email: "unchecked@council.example", email_verified: false },
      { email: "unchecked@council.example" },
      { email: "unchecked@council.example", email_verified: "yes" },
    ]) {
      expect(matchStaffAccount(claims)).toMatchObject({ ok: false, reason: "unverified" });
    }
  });

  it("refuses an answer without an email", () => {
    expect(matchStaffAccount({ sub: "x", email_verified: true })).toEqual({
      ok: false,
      reason: "noEmail",
    });
    expect(matchStaffAccount({ email: "not an email", email_verified: true })).toEqual({
      ok: false,
      reason: "noEmail",
    });
  });
});

describe("a verified email", () => {
  it("is email_verified true (or the string some providers send)", () => {
    expect(isEmailVerified({ email_verified: true })).toBe(true);
    expect(isEmailVerified({ email_verified: "true" })).toBe(true);
    expect(isEmailVerified({ email_verified: false })).toBe(false);
  });

  it("is, from Microsoft Entra ID, xms_edov true when email_verified is absent", () => {
    expect(isEmailVerified({ xms_edov: true })).toBe(true);
    expect(isEmailVerified({ xms_edov: false })).toBe(false);
    // A provider that says the email is unverified is believed, whatever else it says.
    expect(isEmailVerified({ email_verified: false, xms_edov: true })).toBe(false);
    expect(isEmailVerified({})).toBe(false);
  });
});
