import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { auditEvents, users } from "#db/schema";
import { createTeam, setStaffTeam, updateTeam } from "~/teams/teams.server";
import { ensureEscalationStages } from "~/escalations/stages.server";
import { buildOrganisation, buildUser, signedInAs } from "../../fixtures/builders";

let organisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation();
});

describe("teams in administration", () => {
  it("take a team manager and a service manager with those roles only, and a name once", async () => {
    const admin = signedInAs(await buildUser(organisationId, { role: "admin" }));
    const tm = await buildUser(organisationId, { role: "team_manager" });
    const sm = await buildUser(organisationId, { role: "service_manager" });
    const iro = await buildUser(organisationId, { role: "iro" });
    const form = {
      name: "Children in Care North",
      serviceAreaName: null,
      teamManagerUserId: iro.id,
      serviceManagerUserId: tm.id,
    };
    expect(createTeam(admin.request, admin.user, form)).toEqual({
      ok: false,
      errors: {
        teamManagerUserId: "escalations:teams.errors.teamManager",
        serviceManagerUserId: "escalations:teams.errors.serviceManager",
      },
    });
    const created = createTeam(admin.request, admin.user, {
      ...form,
      teamManagerUserId: tm.id,
      serviceManagerUserId: sm.id,
    });
    expect(created.ok).toBe(true);
    expect(
      createTeam(admin.request, admin.user, { ...form, name: "children in care north" }),
    ).toMatchObject({ ok: false, errors: { name: "escalations:teams.errors.nameTaken" } });
    const id = created.ok ? created.id : "";
    expect(
      updateTeam(admin.request, admin.user, id, {
        ...form,
        teamManagerUserId: null,
        serviceManagerUserId: null,
      }),
    ).toEqual({ ok: true, id });
    const actions = getDb()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, id))
      .all()
      .map((a) => a.action);
    expect(actions).toEqual(["team_created", "team_updated"]);

    // A social worker goes in the team; an IRO does not belong to one.
    const worker = await buildUser(organisationId, { role: "social_worker" });
    expect(setStaffTeam(admin.request, admin.user, worker, id)).toEqual({ ok: true });
    expect(getDb().select().from(users).where(eq(users.id, worker.id)).get()?.teamId).toBe(id);
    expect(setStaffTeam(admin.request, admin.user, iro, id)).toEqual({
      ok: false,
      errors: { teamId: "escalations:teams.errors.memberRole" },
    });
    // Another organisation's admin cannot reach this team.
    const elsewhere = signedInAs(
      await buildUser(buildOrganisation("Elsewhere"), { role: "admin" }),
    );
    expect(() => setStaffTeam(elsewhere.request, elsewhere.user, worker, id)).toThrow();
  });

  it("get the default escalation stages once, the first time they are needed", () => {
    const first = ensureEscalationStages(organisationId);
    expect(first.map((s) => s.key)).toEqual([
      "informal",
      "team_manager",
      "service_manager",
      "director",
    ]);
    expect(ensureEscalationStages(organisationId)).toEqual(first);
  });
});
