import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { SignedIn } from "~/auth/require-user.server";
import { inLeadersTeams } from "~/teams/leaders.server";

/*
 * Whose children the monthly monitoring page counts (issue 18). IRO managers, administrators and
 * the director see the whole organisation. A team manager sees the children of the teams they
 * manage and a service manager those of the teams under them (`inLeadersTeams`, by the child's
 * social worker today): the rule that each leader sees "the children of their teams, and
 * nothing else".
 */

export const monitoringPageRoles = [
  "manager",
  "admin",
  "director",
  "service_manager",
  "team_manager",
] as const;

export type MonitoringScope = {
  organisationId: string;
  /** A condition on a young person's id column, or null for the whole organisation. */
  children: ((youngPersonId: SQLWrapper) => SQL) | null;
};

export function monitoringScopeOf(user: SignedIn, today?: string): MonitoringScope {
  const scoped = user.role === "team_manager" || user.role === "service_manager";
  return {
    organisationId: user.organisationId,
    children: scoped ? (youngPersonId) => inLeadersTeams(user, youngPersonId, today) : null,
  };
}

/** SQL: " and <the child is in scope>", or nothing. */
export function andInScope(scope: MonitoringScope, youngPersonId: string): SQL {
  return scope.children ? sql` and ${scope.children(sql.raw(youngPersonId))}` : sql``;
}
