import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { actionOwnerRoles, allocations, type ActionOwnerRole, type Role } from "#db/schema";
import { isStaffRole } from "~/auth/roles";
import { todayInEngland } from "~/dates/calendar";
import { currentAllocationNames, allocationCurrentOn } from "~/young-people/young-people.server";
import type { ActionActor } from "./rules";

/*
 * Who may own a decision: a person allocated to the child today (social worker, carer, parent,
 * personal adviser, IRO), or a role ("the social worker"), held by whoever has it at the time.
 */

export const ownerRelationships = [
  "social_worker",
  "carer",
  "parent",
  "personal_adviser",
  "iro",
] as const;

export type OwnerChoice =
  | { value: string; kind: "person"; name: string; relationship: string }
  | { value: string; kind: "role"; role: ActionOwnerRole };

/** A role's form value; an action owned by no one named is the social worker's by default. */
export const roleValue = (role: ActionOwnerRole) => `role:${role}`;
export const defaultOwnerValue = roleValue("social_worker");

export function ownerChoices(youngPersonId: string, today = todayInEngland()): OwnerChoice[] {
  const people = currentAllocationNames([youngPersonId], today)
    .filter((p) => (ownerRelationships as readonly string[]).includes(p.relationship))
    .map((p): OwnerChoice => ({
      value: `user:${p.userId}`,
      kind: "person",
      name: p.displayName,
      relationship: p.relationship,
    }));
  return [
    ...people,
    ...actionOwnerRoles.map((role): OwnerChoice => ({
      value: roleValue(role),
      kind: "role",
      role,
    })),
  ];
}

/** A chosen value as the action's owner columns, or null when it is not among the choices. */
export function ownerFrom(value: string, choices: readonly OwnerChoice[]) {
  const choice = choices.find((c) => c.value === value);
  if (!choice) return null;
  return choice.kind === "person"
    ? { ownerUserId: value.slice("user:".length), ownerRole: null }
    : { ownerUserId: null, ownerRole: choice.role };
}

/** This person's allocations to the child today: what `mayChangeAction` weighs. */
export function actorFor(
  user: { id: string; organisationId: string; role: Role },
  youngPersonId: string,
  today = todayInEngland(),
): ActionActor {
  const rows = getDb()
    .select({ relationship: allocations.relationship })
    .from(allocations)
    .where(
      and(
        eq(allocations.userId, user.id),
        eq(allocations.organisationId, user.organisationId),
        eq(allocations.youngPersonId, youngPersonId),
        inArray(allocations.relationship, [...ownerRelationships]),
        allocationCurrentOn(today),
      ),
    )
    .all();
  return {
    userId: user.id,
    relationships: rows.map((r) => r.relationship),
    staff: isStaffRole(user.role),
  };
}
