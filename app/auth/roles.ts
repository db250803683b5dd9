import type { Role } from "#db/schema";

/** Where each role lands after signing in. */
export const roleHome: Record<Role, string> = {
  young_person: "/me",
  carer: "/carer",
  parent: "/parent",
  social_worker: "/worker",
  iro: "/iro",
  manager: "/manage",
  admin: "/admin",
  translator: "/translate",
  team_manager: "/oversight",
  service_manager: "/oversight",
  director: "/oversight",
};

/**
 * The council's staff: they may sign in with a council account (single sign-on) and their browser
 * gets the staff pages' strings. Young people, carers and parents are not staff.
 */
export const staffRoles = [
  "iro",
  "manager",
  "social_worker",
  "translator",
  "admin",
  "team_manager",
  "service_manager",
  "director",
] as const satisfies readonly Role[];

/** Those escalations and monitoring alerts go to, above the social worker (issue 18). */
export const leaderRoles = [
  "team_manager",
  "service_manager",
  "director",
] as const satisfies readonly Role[];
export type LeaderRole = (typeof leaderRoles)[number];
export function isLeaderRole(role: Role): role is LeaderRole {
  return (leaderRoles as readonly Role[]).includes(role);
}

export function isStaffRole(role: Role): boolean {
  return (staffRoles as readonly Role[]).includes(role);
}

/**
 * Roles whose work includes another role's (ADR 0015): an IRO manager is a qualified IRO who often
 * holds a small caseload, so a manager may be allocated as a child's IRO and uses the IRO pages as
 * an IRO, with one account (one name in the audit). Nothing else acts as anything else.
 */
export const actsAs: Partial<Record<Role, readonly Role[]>> = {
  manager: ["iro"],
};

/** May someone with this role do the work of `other` (their own role, or one it includes)? */
export function mayActAs(role: Role, other: Role): boolean {
  return role === other || (actsAs[role]?.includes(other) ?? false);
}

/** Every role that may do `role`'s work: who can be allocated as a child's IRO, for example. */
export function rolesActingAs(role: Role): Role[] {
  return (Object.keys(roleHome) as Role[]).filter((r) => mayActAs(r, role));
}

/** Where this person's home is now: together mode keeps a worker's session on the child's page. */
export function homeOf(user: { role: Role; togetherYoungPersonId: string | null }): string {
  return user.togetherYoungPersonId ? "/together" : roleHome[user.role];
}
