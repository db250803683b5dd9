import { and, asc, eq, gte, inArray, isNull, or } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "#db/db.server";
import { allocations, users, youngPeople } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import type { SignedIn } from "~/auth/require-user.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import { isoDate } from "~/dates/iso-date";
import { allocationCurrentOn } from "~/young-people/young-people.server";
import { auditAllocation } from "./allocations.server";
import { handOverToNewIro } from "./hand-over.server";
import { rolesForRelationship } from "./rules";

/*
 * Moving a caseload: when an IRO leaves, some or all of their children go to another IRO from a
 * chosen day, in one transaction. The old allocations end the day before and new ones start;
 * statements, open requests, letter drafts and unread notifications follow (hand-over.server.ts).
 *
 * The day may be today or earlier, not later: the hand-over happens now, and a statement sent
 * before a later day would still be addressed to the leaving IRO alone.
 */

export const caseloadMoveSchema = (today: string) =>
  z
    .object({
      fromUserId: z.string().trim().min(1, "people:errors.moveFrom"),
      toUserId: z.string().trim().min(1, "people:errors.moveTo"),
      movedOn: isoDate("people:errors.movedOn").refine(
        (d) => d <= today,
        "people:errors.moveFuture",
      ),
      youngPersonId: z
        .union([z.string(), z.array(z.string())], { message: "people:errors.moveChildren" })
        .transform((v) => [...new Set([v].flat().filter(Boolean))])
        .refine((v) => v.length > 0, "people:errors.moveChildren"),
    })
    .refine((m) => m.fromUserId !== m.toUserId, {
      message: "people:errors.moveSameIro",
      path: ["toUserId"],
    });
export type CaseloadMove = z.infer<ReturnType<typeof caseloadMoveSchema>>;

/** Accounts that may hold a caseload as IRO (the leaving one may already be deactivated). */
export function iroAccounts(admin: SignedIn) {
  return getDb()
    .select({
      id: users.id,
      displayName: users.displayName,
      role: users.role,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(
      and(
        eq(users.organisationId, admin.organisationId),
        inArray(users.role, [...rolesForRelationship.iro]),
      ),
    )
    .orderBy(asc(users.displayName))
    .all();
}

/** The children allocated to this IRO today, with the day each allocation began. */
export function iroCaseload(admin: SignedIn, iroUserId: string, today = todayInEngland()) {
  return getDb()
    .select({
      allocationId: allocations.id,
      youngPersonId: youngPeople.id,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
      caseReference: youngPeople.caseReference,
      startsOn: allocations.startsOn,
    })
    .from(allocations)
    .innerJoin(youngPeople, eq(youngPeople.id, allocations.youngPersonId))
    .where(
      and(
        eq(allocations.organisationId, admin.organisationId),
        eq(allocations.userId, iroUserId),
        eq(allocations.relationship, "iro"),
        allocationCurrentOn(today),
      ),
    )
    .orderBy(asc(youngPeople.familyName), asc(youngPeople.givenName))
    .all();
}

type Moved = { ok: true; moved: number } | { ok: false; errors: Record<string, string> };

export function moveCaseload(request: Request, admin: SignedIn, move: CaseloadMove): Moved {
  const accounts = new Map(iroAccounts(admin).map((a) => [a.id, a]));
  if (!accounts.has(move.fromUserId))
    return { ok: false, errors: { fromUserId: "people:errors.moveFrom" } };
  const to = accounts.get(move.toUserId);
  if (!to || to.disabledAt) return { ok: false, errors: { toUserId: "people:errors.moveTo" } };
  const endsOn = addDays(move.movedOn, -1);
  const db = getDb();
  // The leaving IRO's allocations of the chosen children that last to the day of the move.
  const moving = db
    .select()
    .from(allocations)
    .where(
      and(
        eq(allocations.organisationId, admin.organisationId),
        eq(allocations.userId, move.fromUserId),
        eq(allocations.relationship, "iro"),
        inArray(allocations.youngPersonId, move.youngPersonId),
        or(isNull(allocations.endsOn), gte(allocations.endsOn, move.movedOn)),
      ),
    )
    .all();
  const found = new Set(moving.map((a) => a.youngPersonId));
  if (move.youngPersonId.some((id) => !found.has(id)))
    return { ok: false, errors: { youngPersonId: "people:errors.moveChildren" } };
  if (moving.some((a) => a.startsOn > endsOn))
    return { ok: false, errors: { movedOn: "people:errors.moveBeforeStart" } };
  db.transaction((tx) => {
    for (const old of moving) {
      tx.update(allocations)
        .set({ endsOn, updatedAt: new Date().toISOString() })
        .where(eq(allocations.id, old.id))
        .run();
      auditAllocation(request, admin, "allocation_ended", old.id, old.youngPersonId, tx);
      const created = tx
        .insert(allocations)
        .values({
          organisationId: admin.organisationId,
          youngPersonId: old.youngPersonId,
          userId: move.toUserId,
          relationship: "iro",
          startsOn: move.movedOn,
          endsOn: old.endsOn,
        })
        .returning({ id: allocations.id })
        .get();
      auditAllocation(request, admin, "allocation_created", created.id, old.youngPersonId, tx);
      recordAudit(
        request,
        {
          action: "caseload_moved",
          organisationId: admin.organisationId,
          actorUserId: admin.id,
          subjectType: "young_person",
          subjectId: old.youngPersonId,
          youngPersonId: old.youngPersonId,
        },
        tx,
      );
    }
    handOverToNewIro(
      tx,
      moving.map((a) => a.youngPersonId),
      move.fromUserId,
      move.toUserId,
    );
  });
  return { ok: true, moved: moving.length };
}
