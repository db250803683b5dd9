import { describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { auditEvents } from "#db/schema";
import { listAuditEvents } from "~/audit/audit-trail.server";
import { parseAuditQuery } from "~/audit/filters";
import type { SignedIn } from "~/auth/require-user.server";
import { buildOrganisation, buildUser } from "../../fixtures/builders";

/* An event about a member of staff says whom it was about; never a name from another council. */
describe("the account an event was about", () => {
  it("is named beside the action, only when it belongs to the reader's organisation", async () => {
    const organisationId = buildOrganisation("Subject Borough Council");
    const elsewhere = buildOrganisation("Elsewhere Council");
    const admin = await buildUser(organisationId, { role: "admin", displayName: "Ade Admin" });
    const worker = await buildUser(organisationId, {
      role: "social_worker",
      displayName: "Sol Worker",
    });
    const stranger = await buildUser(elsewhere, { role: "iro", displayName: "Ida Elsewhere" });
    const about = (subjectId: string, at: string) =>
      getDb()
        .insert(auditEvents)
        .values({
          organisationId,
          actorUserId: admin.id,
          action: "staff_deactivated",
          subjectType: "user",
          subjectId,
          at,
        })
        .run();
    about(worker.id, "2026-11-02T10:00:00.000Z");
    about(stranger.id, "2026-11-03T10:00:00.000Z");
    const parsed = parseAuditQuery(new URLSearchParams());
    if (!parsed.ok) throw new Error("filters");
    const reader = { ...admin, sessionId: "s", togetherYoungPersonId: null } as SignedIn;
    const { events } = listAuditEvents(reader, parsed.filter);
    expect(events.map((e) => [e.action, e.subjectName])).toEqual([
      ["staff_deactivated", null],
      ["staff_deactivated", "Sol Worker"],
    ]);
  });
});
