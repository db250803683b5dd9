import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { auditEvents, statementReplies, statements } from "#db/schema";
import { eraseStatement } from "~/retention/erasure.server";
import { tombstoneOf } from "~/retention/tombstone.server";
import {
  buildOrganisation,
  buildUser,
  buildYoungPerson,
  requestFor,
  signedInAs,
} from "../../fixtures/builders";

let admin: ReturnType<typeof signedInAs>;
let statementId: string;
let youngPersonId: string;

beforeAll(async () => {
  const organisationId = buildOrganisation();
  admin = signedInAs(await buildUser(organisationId, { role: "admin", displayName: "Pat Admin" }));
  const child = await buildUser(organisationId, { role: "young_person" });
  youngPersonId = buildYoungPerson(organisationId, { userId: child.id });
  statementId = getDb()
    .insert(statements)
    .values({
      organisationId,
      youngPersonId,
      authorUserId: child.id,
      templateId: "my-say",
      templateVersion: 1,
      language: "en",
      status: "submitted",
      submittedAt: "2025-05-01T10:00:00.000Z",
      answers: { tellIro: { text: "Invented secret words", language: "en" } },
    })
    .returning({ id: statements.id })
    .get().id;
  getDb()
    .insert(statementReplies)
    .values({ statementId, authorUserId: admin.user.id, text: "Thanks for the secret words" })
    .run();
});

describe("erasing a statement", () => {
  it("replaces its words by a tombstone and audits the fact, not the words", () => {
    const request = requestFor("/admin");
    expect(
      eraseStatement(request, admin.user, { id: statementId, youngPersonId }, "Court order"),
    ).toBe(true);
    const row = getDb().select().from(statements).where(eq(statements.id, statementId)).get()!;
    expect(row.answers).toEqual({});
    expect(tombstoneOf(row, "en")).toMatchObject({ name: "Pat Admin", reason: "Court order" });
    expect(getDb().select().from(statementReplies).all()).toHaveLength(0);
    const audit = getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "statement_erased"))
      .all();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain("secret");
  });

  it("erasing twice is once: no second audit event, the first reason stays", () => {
    expect(
      eraseStatement(requestFor("/admin"), admin.user, { id: statementId, youngPersonId }, "Again"),
    ).toBe(false);
    const row = getDb().select().from(statements).where(eq(statements.id, statementId)).get()!;
    expect(row.erasedReason).toBe("Court order");
    expect(
      getDb().select().from(auditEvents).where(eq(auditEvents.action, "statement_erased")).all(),
    ).toHaveLength(1);
  });
});
