import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { signInWithPassword } from "~/auth/sign-in.server";
import { getDb } from "#db/db.server";
import { organisations } from "#db/schema";
import { buildOrganisation, buildUser, requestFor } from "../../fixtures/builders";

describe("a server without single sign-on", () => {
  it("lets staff use passwords whatever the setting says, so nobody is left without a way in", async () => {
    const organisationId = buildOrganisation("Lapsed Sign-On Borough Council");
    getDb()
      .update(organisations)
      .set({ staffPasswordSignIn: false })
      .where(eq(organisations.id, organisationId))
      .run();
    const admin = await buildUser(organisationId, { role: "admin", password: "right-password-1" });
    const outcome = await signInWithPassword(
      requestFor("/sign-in"),
      admin.username,
      "right-password-1",
    );
    expect(outcome).toMatchObject({ ok: true, user: { id: admin.id } });
  });
});
