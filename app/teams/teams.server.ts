import { and, asc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "#db/db.server";
import { teams, users } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import type { TeamForm } from "./team-schema";

/*
 * Teams in administration (issue 18): a team of social workers with its team manager, under a
 * service manager. Who belongs to a team is set on each staff member's page (`users.team_id`).
 */

/** Roles that may belong to a team. */
export const teamMemberRoles = ["social_worker", "team_manager"] as const;

const teamManagers = alias(users, "team_manager");
const serviceManagers = alias(users, "service_manager");

export function listTeams(admin: SignedIn) {
  const db = getDb();
  const rows = db
    .select({
      id: teams.id,
      name: teams.name,
      serviceAreaName: teams.serviceAreaName,
      teamManager: teamManagers.displayName,
      serviceManager: serviceManagers.displayName,
      members: sql<number>`(select count(*) from users m where m.team_id = ${teams.id}
        and m.disabled_at is null)`,
    })
    .from(teams)
    .leftJoin(teamManagers, eq(teamManagers.id, teams.teamManagerUserId))
    .leftJoin(serviceManagers, eq(serviceManagers.id, teams.serviceManagerUserId))
    .where(eq(teams.organisationId, admin.organisationId))
    .orderBy(asc(teams.name))
    .all();
  return rows;
}

export function getTeam(admin: SignedIn, teamId: string | undefined) {
  if (!teamId) throw notFound();
  const row = getDb()
    .select()
    .from(teams)
    .where(and(eq(teams.id, teamId), eq(teams.organisationId, admin.organisationId)))
    .get();
  if (!row) throw notFound();
  return row;
}

/** Active staff with this role in the organisation: who may be a team's manager. */
export function peopleWithRole(
  organisationId: string,
  role: "team_manager" | "service_manager" | "director",
) {
  return getDb()
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(
      and(eq(users.organisationId, organisationId), eq(users.role, role), isNull(users.disabledAt)),
    )
    .orderBy(asc(users.displayName))
    .all();
}

/** The form's choices: team managers and service managers of the organisation. */
export function teamChoices(admin: SignedIn) {
  return {
    teamManagers: peopleWithRole(admin.organisationId, "team_manager"),
    serviceManagers: peopleWithRole(admin.organisationId, "service_manager"),
  };
}

/** Checks the chosen people hold the right roles here; returns field errors. */
function checkPeople(admin: SignedIn, form: TeamForm): Record<string, string> {
  const errors: Record<string, string> = {};
  const wanted = [form.teamManagerUserId, form.serviceManagerUserId].filter(
    (id): id is string => !!id,
  );
  const found = new Map(
    wanted.length
      ? getDb()
          .select({ id: users.id, role: users.role })
          .from(users)
          .where(
            and(
              inArray(users.id, wanted),
              eq(users.organisationId, admin.organisationId),
              isNull(users.disabledAt),
            ),
          )
          .all()
          .map((u) => [u.id, u.role])
      : [],
  );
  if (form.teamManagerUserId && found.get(form.teamManagerUserId) !== "team_manager")
    errors.teamManagerUserId = "escalations:teams.errors.teamManager";
  if (form.serviceManagerUserId && found.get(form.serviceManagerUserId) !== "service_manager")
    errors.serviceManagerUserId = "escalations:teams.errors.serviceManager";
  return errors;
}

function nameTaken(admin: SignedIn, name: string, exceptId?: string) {
  return !!getDb()
    .select({ id: teams.id })
    .from(teams)
    .where(
      and(
        eq(teams.organisationId, admin.organisationId),
        sql`lower(${teams.name}) = lower(${name})`,
        exceptId ? ne(teams.id, exceptId) : undefined,
      ),
    )
    .get();
}

export type SaveResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

export function createTeam(request: Request, admin: SignedIn, form: TeamForm): SaveResult {
  const errors = checkPeople(admin, form);
  if (nameTaken(admin, form.name)) errors.name = "escalations:teams.errors.nameTaken";
  if (Object.keys(errors).length) return { ok: false, errors };
  return getDb().transaction((tx) => {
    const row = tx
      .insert(teams)
      .values({ organisationId: admin.organisationId, ...form })
      .returning({ id: teams.id })
      .get();
    recordAudit(
      request,
      {
        action: "team_created",
        organisationId: admin.organisationId,
        actorUserId: admin.id,
        subjectType: "team",
        subjectId: row.id,
      },
      tx,
    );
    return { ok: true as const, id: row.id };
  });
}

export function updateTeam(
  request: Request,
  admin: SignedIn,
  teamId: string,
  form: TeamForm,
): SaveResult {
  const team = getTeam(admin, teamId);
  const errors = checkPeople(admin, form);
  if (nameTaken(admin, form.name, team.id)) errors.name = "escalations:teams.errors.nameTaken";
  if (Object.keys(errors).length) return { ok: false, errors };
  getDb().transaction((tx) => {
    tx.update(teams)
      .set({ ...form, updatedAt: new Date().toISOString() })
      .where(eq(teams.id, team.id))
      .run();
    recordAudit(
      request,
      {
        action: "team_updated",
        organisationId: admin.organisationId,
        actorUserId: admin.id,
        subjectType: "team",
        subjectId: team.id,
      },
      tx,
    );
  });
  return { ok: true, id: team.id };
}

/** The team's members (social workers and team managers), by name. */
export function teamMembers(teamId: string) {
  return getDb()
    .select({ id: users.id, displayName: users.displayName, role: users.role })
    .from(users)
    .where(and(eq(users.teamId, teamId), isNull(users.disabledAt)))
    .orderBy(asc(users.displayName))
    .all();
}

/** The teams to choose from on a staff member's page, and their current one. */
export function teamOptions(admin: SignedIn) {
  return getDb()
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(eq(teams.organisationId, admin.organisationId))
    .orderBy(asc(teams.name))
    .all();
}

export function teamOf(userId: string): string | null {
  return (
    getDb().select({ teamId: users.teamId }).from(users).where(eq(users.id, userId)).get()
      ?.teamId ?? null
  );
}

/**
 * Puts a social worker or team manager in a team (or none). Audited as the member's details
 * changing (staff_updated). Returns field errors when the team is not the organisation's or the
 * person's role does not belong to a team.
 */
export function setStaffTeam(
  request: Request,
  admin: SignedIn,
  member: { id: string; role: string },
  teamId: string | null,
): { ok: true } | { ok: false; errors: Record<string, string> } {
  if (!(teamMemberRoles as readonly string[]).includes(member.role))
    return { ok: false, errors: { teamId: "escalations:teams.errors.memberRole" } };
  if (teamId) getTeam(admin, teamId);
  getDb().transaction((tx) => {
    tx.update(users)
      .set({ teamId, updatedAt: new Date().toISOString() })
      .where(and(eq(users.id, member.id), eq(users.organisationId, admin.organisationId)))
      .run();
    recordAudit(
      request,
      {
        action: "staff_updated",
        organisationId: admin.organisationId,
        actorUserId: admin.id,
        subjectType: "user",
        subjectId: member.id,
      },
      tx,
    );
  });
  return { ok: true };
}
