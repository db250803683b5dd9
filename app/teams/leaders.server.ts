import { and, eq, inArray, sql, type SQLWrapper } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { allocations, teams, users } from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { allocationCurrentOn } from "~/young-people/young-people.server";

/*
 * Who stands above a child's social worker (issue 18): the social worker belongs to a team
 * (`users.team_id`), the team has its team manager and its service manager (head of service),
 * and the organisation has its director of children's services. A child's "team" is the team of
 * their current social worker (or personal adviser, for a care leaver).
 *
 * A team manager sees the children of the teams they manage, a service manager those of the teams
 * under them, a director every child of the organisation; each also sees what is addressed to
 * them by name (escalations, monitoring alerts, decisions to agree), and nothing else.
 */

const workerRelationships = ["social_worker", "personal_adviser"] as const;

/**
 * A condition on another query: the young person in `youngPersonId` (a column of the outer query)
 * is a child of one of this leader's teams today. False for anyone who is not a leader.
 */
export function inLeadersTeams(
  user: SignedIn,
  youngPersonId: SQLWrapper,
  today = todayInEngland(),
) {
  if (user.role === "director")
    return sql`exists (select 1 from young_people yp_d
      where yp_d.id = ${youngPersonId} and yp_d.organisation_id = ${user.organisationId})`;
  const column =
    user.role === "team_manager"
      ? sql.raw("t_l.team_manager_user_id")
      : user.role === "service_manager"
        ? sql.raw("t_l.service_manager_user_id")
        : undefined;
  if (!column) return sql`0`;
  return sql`exists (select 1 from ${allocations} al_l
    join ${users} u_l on u_l.id = al_l.user_id
    join ${teams} t_l on t_l.id = u_l.team_id
    where al_l.young_person_id = ${youngPersonId}
      and al_l.organisation_id = ${user.organisationId}
      and al_l.relationship in ('social_worker', 'personal_adviser')
      and al_l.starts_on <= ${today} and (al_l.ends_on is null or al_l.ends_on >= ${today})
      and ${column} = ${user.id})`;
}

export type Leaders = {
  /** The team managers of the child's current social workers' teams (usually one). */
  teamManagerIds: string[];
  /** Their service managers. */
  serviceManagerIds: string[];
  /** The organisation's directors of children's services (active accounts). */
  directorIds: string[];
};

/** The people above this child's social worker today; empty lists where none is set. */
export function leadersOf(
  organisationId: string,
  youngPersonId: string,
  today = todayInEngland(),
): Leaders {
  const db = getDb();
  const rows = db
    .select({
      teamManager: teams.teamManagerUserId,
      serviceManager: teams.serviceManagerUserId,
    })
    .from(allocations)
    .innerJoin(users, eq(users.id, allocations.userId))
    .innerJoin(teams, eq(teams.id, users.teamId))
    .where(
      and(
        eq(allocations.youngPersonId, youngPersonId),
        eq(allocations.organisationId, organisationId),
        inArray(allocations.relationship, [...workerRelationships]),
        allocationCurrentOn(today),
      ),
    )
    .all();
  const directors = db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        eq(users.role, "director"),
        sql`${users.disabledAt} is null`,
      ),
    )
    .all();
  const distinct = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => !!id))];
  return {
    teamManagerIds: distinct(rows.map((r) => r.teamManager)),
    serviceManagerIds: distinct(rows.map((r) => r.serviceManager)),
    directorIds: directors.map((d) => d.id),
  };
}
