import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { auditEvents } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { buildOrganisation } from "../../fixtures/builders";

describe("the audit log", () => {
  it("is append-only: the database refuses to update or delete an event", () => {
    const organisationId = buildOrganisation();
    recordAudit(null, { action: "sign_in_failed", organisationId });
    const db = getDb();
    const [event] = db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.organisationId, organisationId))
      .all();
    expect(event).toBeDefined();

    expect(() =>
      db.update(auditEvents).set({ action: "sign_in" }).where(eq(auditEvents.id, event!.id)).run(),
    ).toThrow(/never changed/);
    expect(() => db.delete(auditEvents).where(eq(auditEvents.id, event!.id)).run()).toThrow(
      /never deleted/,
    );
    expect(() => db.delete(auditEvents).run()).toThrow(/never deleted/);

    expect(db.select().from(auditEvents).where(eq(auditEvents.id, event!.id)).get()).toEqual(event);
    // New events are still written.
    recordAudit(null, { action: "sign_in_failed", organisationId });
    expect(
      db.select().from(auditEvents).where(eq(auditEvents.organisationId, organisationId)).all(),
    ).toHaveLength(2);
  });
});
