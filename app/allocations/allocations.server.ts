import { and, asc, desc, eq, inArray, isNull, ne, or, gte } from "drizzle-orm";
import { getDb, type Tx } from "#db/db.server";
import {
  allocationRelationships,
  allocations,
  users,
  type AllocationRelationship,
} from "#db/schema";
import { recordAudit, type AuditAction } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import { getYoungPersonRecord } from "~/young-people/records.server";
import { handOverToNewIro } from "./hand-over.server";
import {
  allocatableRoles,
  mayHold,
  overlaps,
  type AllocationDates,
  type AllocationInput,
} from "./rules";

/*
 * Allocating people to a young person, by an administrator. One IRO at a time: a new IRO ends the
 * old one the day before and takes over what was theirs (hand-over.server.ts). Every change is
 * audited; nothing is deleted.
 */

export type AllocationStatus = "current" | "ended" | "future";

export function allocationStatus(
  a: { startsOn: string; endsOn: string | null },
  today: string,
): AllocationStatus {
  if (a.startsOn > today) return "future";
  return a.endsOn !== null && a.endsOn < today ? "ended" : "current";
}

/** Everyone ever allocated to this young person, current first, then newest first. */
export function allocationHistory(youngPersonId: string, today = todayInEngland()) {
  const rows = getDb()
    .select({
      id: allocations.id,
      relationship: allocations.relationship,
      startsOn: allocations.startsOn,
      endsOn: allocations.endsOn,
      userId: users.id,
      displayName: users.displayName,
      role: users.role,
    })
    .from(allocations)
    .innerJoin(users, eq(users.id, allocations.userId))
    .where(eq(allocations.youngPersonId, youngPersonId))
    .orderBy(desc(allocations.startsOn), asc(users.displayName))
    .all();
  const order = { current: 0, future: 1, ended: 2 } as const;
  return rows
    .map((r) => ({ ...r, status: allocationStatus(r, today) }))
    .sort((a, b) => order[a.status] - order[b.status]);
}

/** What the allocation form offers: the relationships, and the roles people are grouped by. */
export const allocationFormOptions = () => ({
  relationships: allocationRelationships,
  roles: allocatableRoles,
});

/** Active accounts that can be allocated (staff, carers, parents), by name. */
export function allocatablePeople(user: SignedIn) {
  return getDb()
    .select({ id: users.id, displayName: users.displayName, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.organisationId, user.organisationId),
        inArray(users.role, allocatableRoles),
        isNull(users.disabledAt),
      ),
    )
    .orderBy(asc(users.displayName))
    .all();
}

type Result = { ok: true } | { ok: false; errors: Record<string, string> };
const fail = (field: string, key: string): Result => ({
  ok: false,
  errors: { [field]: `people:errors.${key}` },
});

/** An active account in this organisation that may hold this relationship, or a message why not. */
function checkPerson(user: SignedIn, userId: string, relationship: AllocationRelationship) {
  const person = getDb()
    .select({ id: users.id, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, user.organisationId)))
    .get();
  if (!person) return "allocatedPerson";
  if (person.disabledAt) return "allocatedInactive";
  if (!mayHold(person.role, relationship)) return "allocatedRole";
  return null;
}

export function createAllocation(
  request: Request,
  admin: SignedIn,
  youngPersonId: string | undefined,
  input: AllocationInput,
  today = todayInEngland(),
): Result {
  const record = getYoungPersonRecord(admin, youngPersonId);
  const problem = checkPerson(admin, input.userId, input.relationship);
  if (problem) return fail("userId", problem);
  if (record.leftCareOn && input.startsOn > record.leftCareOn)
    return fail("startsOn", "startsAfterLeftCare");
  const db = getDb();
  const same = db
    .select()
    .from(allocations)
    .where(
      and(
        eq(allocations.youngPersonId, record.id),
        eq(allocations.relationship, input.relationship),
      ),
    )
    .all();
  if (same.some((a) => a.userId === input.userId && overlaps(a, input)))
    return fail("userId", "alreadyAllocated");
  // One IRO at a time: the one in post (or due to start) ends the day before the new one starts.
  const replaced =
    input.relationship === "iro"
      ? same.filter((a) => a.userId !== input.userId && overlaps(a, input))
      : [];
  if (replaced.some((a) => a.startsOn >= input.startsOn))
    return fail("startsOn", "iroStartsBefore");
  // What the old IRO was acting on moves now, so the change cannot wait for a later day.
  if (replaced.length && input.startsOn > today) return fail("startsOn", "iroChangeFuture");
  db.transaction((tx) => {
    for (const old of replaced) {
      tx.update(allocations)
        .set({ endsOn: addDays(input.startsOn, -1), updatedAt: new Date().toISOString() })
        .where(eq(allocations.id, old.id))
        .run();
      auditAllocation(request, admin, "allocation_ended", old.id, record.id, tx);
      handOverToNewIro(tx, [record.id], old.userId, input.userId);
    }
    const row = tx
      .insert(allocations)
      .values({ ...input, organisationId: admin.organisationId, youngPersonId: record.id })
      .returning({ id: allocations.id })
      .get();
    auditAllocation(request, admin, "allocation_created", row.id, record.id, tx);
  });
  return { ok: true };
}

/** One allocation of a young person in this organisation, or 404. */
export function getAllocation(
  admin: SignedIn,
  youngPersonId: string | undefined,
  allocationId: string | undefined,
) {
  const record = getYoungPersonRecord(admin, youngPersonId);
  const row = getDb()
    .select({
      allocation: allocations,
      displayName: users.displayName,
      role: users.role,
    })
    .from(allocations)
    .innerJoin(users, eq(users.id, allocations.userId))
    .where(and(eq(allocations.id, allocationId ?? ""), eq(allocations.youngPersonId, record.id)))
    .get();
  if (!row) throw notFound();
  return { record, ...row };
}

/**
 * Changes an allocation's dates, or ends it (a last day). An IRO allocation may not come to
 * overlap another IRO's.
 */
export function updateAllocation(
  request: Request,
  admin: SignedIn,
  youngPersonId: string | undefined,
  allocationId: string | undefined,
  dates: AllocationDates,
): Result {
  const { allocation, record } = getAllocation(admin, youngPersonId, allocationId);
  if (allocation.relationship === "iro") {
    const others = getDb()
      .select()
      .from(allocations)
      .where(
        and(
          eq(allocations.youngPersonId, record.id),
          eq(allocations.relationship, "iro"),
          ne(allocations.id, allocation.id),
          or(isNull(allocations.endsOn), gte(allocations.endsOn, dates.startsOn)),
        ),
      )
      .all();
    if (others.some((o) => overlaps(o, dates))) return fail("startsOn", "iroOverlap");
  }
  const action: AuditAction =
    allocation.endsOn === null && dates.endsOn !== null ? "allocation_ended" : "allocation_updated";
  getDb().transaction((tx) => {
    tx.update(allocations)
      .set({ ...dates, updatedAt: new Date().toISOString() })
      .where(eq(allocations.id, allocation.id))
      .run();
    auditAllocation(request, admin, action, allocation.id, record.id, tx);
  });
  return { ok: true };
}

export function auditAllocation(
  request: Request,
  admin: SignedIn,
  action: "allocation_created" | "allocation_updated" | "allocation_ended",
  allocationId: string,
  youngPersonId: string,
  tx: Tx,
) {
  recordAudit(
    request,
    {
      action,
      organisationId: admin.organisationId,
      actorUserId: admin.id,
      subjectType: "allocation",
      subjectId: allocationId,
      youngPersonId,
    },
    tx,
  );
}
