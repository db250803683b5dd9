import { z } from "zod";
import { allocationRelationships, type AllocationRelationship, type Role } from "#db/schema";
import { rolesActingAs } from "~/auth/roles";
import { isoDate } from "~/dates/iso-date";

/*
 * Who may be allocated to a young person, and as what. An allocation counts from its first day to
 * its last day inclusive; the history is kept: ending one sets its last day, nothing is deleted.
 */

/**
 * The roles an account needs for each relationship: the role itself, or one that includes its work
 * (an IRO manager may hold a caseload as IRO: `rolesActingAs`, ADR 0015). A key worker in a
 * children's home holds a carer account. A personal adviser and an advocate are professionals with
 * a social worker account (there is no separate role for them).
 */
export const rolesForRelationship: Record<AllocationRelationship, readonly Role[]> = {
  iro: rolesActingAs("iro"),
  social_worker: rolesActingAs("social_worker"),
  carer: rolesActingAs("carer"),
  parent: rolesActingAs("parent"),
  personal_adviser: rolesActingAs("social_worker"),
  advocate: rolesActingAs("social_worker"),
};

/** Every role anyone may be allocated with. */
export const allocatableRoles = [...new Set(Object.values(rolesForRelationship).flat())];

export function mayHold(role: Role, relationship: AllocationRelationship) {
  return rolesForRelationship[relationship].includes(role);
}

const optionalDate = (message: string) =>
  z
    .union([z.literal(""), isoDate(message)])
    .optional()
    .transform((v) => (v ? v : null));

/** A new allocation, as the form on the young person's record sends it. */
export const allocationSchema = z
  .object({
    relationship: z.enum(allocationRelationships, { message: "people:errors.relationship" }),
    userId: z.string().trim().min(1, "people:errors.allocatedPerson"),
    startsOn: isoDate("people:errors.startsOn"),
    endsOn: optionalDate("people:errors.endsOn"),
  })
  .refine((a) => !a.endsOn || a.endsOn >= a.startsOn, {
    message: "people:errors.endsBeforeStart",
    path: ["endsOn"],
  });
export type AllocationInput = z.infer<typeof allocationSchema>;

/** Changing an allocation's dates (its person and relationship stay: that is its history). */
export const allocationDatesSchema = z
  .object({
    startsOn: isoDate("people:errors.startsOn"),
    endsOn: optionalDate("people:errors.endsOn"),
  })
  .refine((a) => !a.endsOn || a.endsOn >= a.startsOn, {
    message: "people:errors.endsBeforeStart",
    path: ["endsOn"],
  });
export type AllocationDates = z.infer<typeof allocationDatesSchema>;

/** Two allocations overlap when neither ends before the other starts (null: still going). */
export function overlaps(
  a: { startsOn: string; endsOn: string | null },
  b: { startsOn: string; endsOn: string | null },
) {
  return (
    (a.endsOn === null || a.endsOn >= b.startsOn) && (b.endsOn === null || b.endsOn >= a.startsOn)
  );
}
