import { and, asc, eq, gte, inArray, isNull, lte, or, sql, type SQLWrapper } from "drizzle-orm";
import { getDb } from "#db/db.server";
import {
  allocations,
  reviews,
  urgentAlerts,
  users,
  youngPeople,
  type AllocationRelationship,
  type Role,
} from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { notFound } from "~/auth/require-user.server";
import { recordAudit } from "~/audit/audit.server";
import { todayInEngland } from "~/dates/calendar";

/** Which allocation gives each role its view of a young person. */
const relationshipFor: Partial<Record<Role, AllocationRelationship>> = {
  iro: "iro",
  social_worker: "social_worker",
  carer: "carer",
  parent: "parent",
};

/** A social worker also sees the care leavers they are personal adviser to. */
const alsoFor: Partial<Record<Role, AllocationRelationship[]>> = {
  social_worker: ["personal_adviser"],
};

/** Every allocation that gives this role its view (none for roles without allocations). */
function relationshipsFor(role: Role): AllocationRelationship[] | undefined {
  const main = relationshipFor[role];
  return main ? [main, ...(alsoFor[role] ?? [])] : undefined;
}

/** An allocation counts from its first day to its last day inclusive; a past one gives no access. */
export const allocationCurrentOn = (today: string) =>
  and(
    lte(allocations.startsOn, today),
    or(isNull(allocations.endsOn), gte(allocations.endsOn, today)),
  );

/** This person's allocations today (the condition on `allocations`). */
export function currentAllocation(user: SignedIn, today: string) {
  const relationships = relationshipsFor(user.role);
  if (!relationships) return undefined;
  return and(
    eq(allocations.userId, user.id),
    eq(allocations.organisationId, user.organisationId),
    inArray(allocations.relationship, relationships),
    allocationCurrentOn(today),
  );
}

/**
 * The same rule as a condition on another query: the young person in `youngPersonId` (a column of
 * the outer query) is currently allocated to this person. False for roles without allocations.
 */
export function currentlyAllocated(
  user: SignedIn,
  youngPersonId: SQLWrapper,
  today = todayInEngland(),
) {
  const relationships = relationshipsFor(user.role);
  if (!relationships) return sql`0`;
  const listed = sql.join(
    relationships.map((r) => sql`${r}`),
    sql`, `,
  );
  return sql`exists (select 1 from ${allocations} al
    where al.young_person_id = ${youngPersonId} and al.user_id = ${user.id}
      and al.organisation_id = ${user.organisationId} and al.relationship in (${listed})
      and al.starts_on <= ${today} and (al.ends_on is null or al.ends_on >= ${today}))`;
}

// Correlated subqueries name the outer table in full: in a single-table select drizzle drops the
// table from column names, and a bare "id" would bind to the subquery's own table.
const nextReviewDue = sql<string | null>`(
  select min(r.due_on) from ${reviews} r
  where r.young_person_id = "young_people"."id" and r.status = 'planned')`;
const nextReviewPlanned = sql<string | null>`(
  select r.planned_on from ${reviews} r
  where r.young_person_id = "young_people"."id" and r.status = 'planned'
  order by r.due_on limit 1)`;

const nextReviewId = sql<string | null>`(
  select r.id from ${reviews} r
  where r.young_person_id = "young_people"."id" and r.status = 'planned'
  order by r.due_on limit 1)`;
const openAlerts = sql<number>`(
  select count(*) from ${urgentAlerts} a
  where a.young_person_id = "young_people"."id" and a.acknowledged_at is null)`;

/**
 * The most recent review held in the last 90 days whose letter is not issued yet: the day it was
 * completed (its last meeting), which the letter's due date counts from.
 */
const letterPendingHeldOn = sql<string | null>`(
  select coalesce(r.completed_on, r.held_on) from ${reviews} r
  where r.young_person_id = "young_people"."id" and r.status = 'held'
    and r.held_on >= date('now', '-90 days')
    and not exists (select 1 from letters l inner join letter_versions v on v.letter_id = l.id
      where l.review_id = r.id)
  order by r.held_on desc limit 1)`;

const listColumns = {
  id: youngPeople.id,
  givenName: youngPeople.givenName,
  familyName: youngPeople.familyName,
  dateOfBirth: youngPeople.dateOfBirth,
  preferredLanguage: youngPeople.preferredLanguage,
  needsInterpreter: youngPeople.needsInterpreter,
  isUnaccompanied: youngPeople.isUnaccompanied,
  serviceArea: youngPeople.serviceArea,
  nextReviewDue,
  nextReviewPlanned,
  nextReviewId,
  openAlerts,
  letterPendingHeldOn,
};

/** The young people currently allocated to this person, in one query whatever the caseload. */
export function listAllocatedYoungPeople(user: SignedIn, today = todayInEngland()) {
  const scope = currentAllocation(user, today);
  if (!scope) return [];
  return getDb()
    .selectDistinct(listColumns)
    .from(youngPeople)
    .innerJoin(allocations, eq(allocations.youngPersonId, youngPeople.id))
    .where(and(scope, eq(youngPeople.organisationId, user.organisationId)))
    .orderBy(asc(nextReviewDue), asc(youngPeople.givenName))
    .all();
}

/**
 * One young person, only if currently allocated to this person; anyone else gets 404 (not 403),
 * so ids cannot be probed. Every view is audited.
 */
export function getAllocatedYoungPerson(
  request: Request,
  user: SignedIn,
  youngPersonId: string | undefined,
  today = todayInEngland(),
) {
  const scope = currentAllocation(user, today);
  if (!scope || !youngPersonId) throw notFound();
  const row = getDb()
    .select(listColumns)
    .from(youngPeople)
    .innerJoin(allocations, eq(allocations.youngPersonId, youngPeople.id))
    .where(and(scope, eq(youngPeople.id, youngPersonId)))
    .get();
  if (!row) throw notFound();
  recordAudit(request, {
    action: "young_person_viewed",
    organisationId: user.organisationId,
    actorUserId: user.id,
    subjectType: "young_person",
    subjectId: row.id,
    youngPersonId: row.id,
  });
  return row;
}

/** A young person's own profile, from their account. */
export function getOwnYoungPerson(user: SignedIn) {
  const row = getDb()
    .select(listColumns)
    .from(youngPeople)
    .where(
      and(eq(youngPeople.userId, user.id), eq(youngPeople.organisationId, user.organisationId)),
    )
    .get();
  if (!row) throw notFound();
  return row;
}

export type YoungPersonSummary = NonNullable<ReturnType<typeof getOwnYoungPerson>>;

/** The people currently allocated to a young person, by relationship (for "your social worker is ..."). */
export function listCurrentAllocations(youngPersonId: string, today = todayInEngland()) {
  return getDb()
    .select({ userId: allocations.userId, relationship: allocations.relationship })
    .from(allocations)
    .where(and(eq(allocations.youngPersonId, youngPersonId), allocationCurrentOn(today)))
    .all();
}

/** Who is allocated today to each of these young people, with their names (one query). */
export function currentAllocationNames(youngPersonIds: string[], today = todayInEngland()) {
  if (!youngPersonIds.length) return [];
  return getDb()
    .select({
      youngPersonId: allocations.youngPersonId,
      userId: users.id,
      displayName: users.displayName,
      relationship: allocations.relationship,
    })
    .from(allocations)
    .innerJoin(users, eq(users.id, allocations.userId))
    .where(and(inArray(allocations.youngPersonId, youngPersonIds), allocationCurrentOn(today)))
    .all();
}

export const listCurrentAllocationNames = (youngPersonId: string, today = todayInEngland()) =>
  currentAllocationNames([youngPersonId], today);

/** The sign-in account of a young person (call only after an access check). */
export function getYoungPersonAccount(youngPersonId: string) {
  const row = getDb()
    .select({
      userId: users.id,
      username: users.username,
      passwordHash: users.passwordHash,
      picturePasswordHash: users.picturePasswordHash,
    })
    .from(youngPeople)
    .innerJoin(users, eq(users.id, youngPeople.userId))
    .where(eq(youngPeople.id, youngPersonId))
    .get();
  if (!row) return null;
  return {
    userId: row.userId,
    username: row.username,
    hasPicturePassword: !!row.picturePasswordHash,
    hasPassword: !!row.passwordHash,
  };
}

/** Is this young person allocated to this person today? (One small query, no audit.) */
export function isCurrentlyAllocated(
  user: SignedIn,
  youngPersonId: string,
  today = todayInEngland(),
) {
  const scope = currentAllocation(user, today);
  if (!scope) return false;
  return !!getDb()
    .select({ id: allocations.id })
    .from(allocations)
    .where(and(scope, eq(allocations.youngPersonId, youngPersonId)))
    .get();
}

/** A young person's name, date of birth and language (call only after an access check). */
export function youngPersonBasics(youngPersonId: string) {
  const row = getDb()
    .select({
      id: youngPeople.id,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
      dateOfBirth: youngPeople.dateOfBirth,
      preferredLanguage: youngPeople.preferredLanguage,
    })
    .from(youngPeople)
    .where(eq(youngPeople.id, youngPersonId))
    .get();
  if (!row) throw notFound();
  return row;
}
