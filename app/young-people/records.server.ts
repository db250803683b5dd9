import { and, asc, count, eq, isNotNull, isNull, ne, or, sql } from "drizzle-orm";
import { getDb, type Tx } from "#db/db.server";
import { allocations, users, youngPeople } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import type { RecordFilter } from "./record-filters";
import type { YoungPersonRecord } from "./record-schema";

/*
 * The council's records of young people, as an administrator keeps them: every record in the
 * organisation (not a caseload), found by name or case reference. Every change is audited.
 */

/** A council holds thousands of records: the list shows a page at a time. */
export const recordsPerPage = 50;

/** LIKE with the user's words taken literally (% and _ are not wildcards here). */
function containing(words: string) {
  return `%${words.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const currentIroName = (today: string) => sql<string | null>`(
  select u.display_name from ${allocations} al inner join ${users} u on u.id = al.user_id
  where al.young_person_id = "young_people"."id" and al.relationship = 'iro'
    and al.starts_on <= ${today} and (al.ends_on is null or al.ends_on >= ${today})
  limit 1)`;

/** One page of the organisation's records, filtered and searched; and how many there are in all. */
export function listYoungPeopleRecords(
  user: SignedIn,
  options: { q?: string; filter?: RecordFilter; page?: number },
  today = todayInEngland(),
) {
  const q = options.q?.trim() ?? "";
  const filter = options.filter ?? "current";
  const where = and(
    eq(youngPeople.organisationId, user.organisationId),
    filter === "current" ? isNull(youngPeople.leftCareOn) : undefined,
    filter === "left" ? isNotNull(youngPeople.leftCareOn) : undefined,
    q
      ? or(
          sql`lower(${youngPeople.givenName} || ' ' || ${youngPeople.familyName}) like ${containing(q)} escape '\\'`,
          sql`lower(${youngPeople.familyName}) like ${containing(q)} escape '\\'`,
          sql`lower(${youngPeople.caseReference}) like ${containing(q)} escape '\\'`,
        )
      : undefined,
  );
  const db = getDb();
  const total = db.select({ total: count() }).from(youngPeople).where(where).get()?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / recordsPerPage));
  const page = Math.min(Math.max(1, options.page ?? 1), pages);
  const rows = db
    .select({
      id: youngPeople.id,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
      dateOfBirth: youngPeople.dateOfBirth,
      caseReference: youngPeople.caseReference,
      serviceArea: youngPeople.serviceArea,
      leftCareOn: youngPeople.leftCareOn,
      iroName: currentIroName(today),
    })
    .from(youngPeople)
    .where(where)
    .orderBy(asc(youngPeople.familyName), asc(youngPeople.givenName), asc(youngPeople.id))
    .limit(recordsPerPage)
    .offset((page - 1) * recordsPerPage)
    .all();
  return { rows, total, page, pages, q, filter };
}

/** One record in the administrator's organisation, or 404. */
export function getYoungPersonRecord(user: SignedIn, youngPersonId: string | undefined) {
  if (!youngPersonId) throw notFound();
  const row = getDb()
    .select()
    .from(youngPeople)
    .where(
      and(eq(youngPeople.id, youngPersonId), eq(youngPeople.organisationId, user.organisationId)),
    )
    .get();
  if (!row) throw notFound();
  return row;
}

export type YoungPersonRecordRow = ReturnType<typeof getYoungPersonRecord>;

/**
 * Is this case reference already another young person's in the organisation? Compared without
 * regard to case, as people type references both ways; `exceptId` is the record being edited.
 */
export function caseReferenceTaken(
  organisationId: string,
  caseReference: string,
  exceptId?: string,
  db: Tx | ReturnType<typeof getDb> = getDb(),
) {
  return !!db
    .select({ id: youngPeople.id })
    .from(youngPeople)
    .where(
      and(
        eq(youngPeople.organisationId, organisationId),
        sql`lower(${youngPeople.caseReference}) = ${caseReference.toLowerCase()}`,
        exceptId ? ne(youngPeople.id, exceptId) : undefined,
      ),
    )
    .get();
}

type Saved = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

const taken = { ok: false, errors: { caseReference: "people:errors.caseReferenceTaken" } } as const;

export function createYoungPersonRecord(
  request: Request,
  user: SignedIn,
  record: YoungPersonRecord,
): Saved {
  return getDb().transaction((tx) => {
    if (caseReferenceTaken(user.organisationId, record.caseReference, undefined, tx)) return taken;
    const row = tx
      .insert(youngPeople)
      .values({ ...record, organisationId: user.organisationId })
      .returning({ id: youngPeople.id })
      .get();
    audit(request, user, "young_person_created", row.id, tx);
    return { ok: true, id: row.id };
  });
}

export function updateYoungPersonRecord(
  request: Request,
  user: SignedIn,
  youngPersonId: string,
  record: YoungPersonRecord,
): Saved {
  const existing = getYoungPersonRecord(user, youngPersonId);
  return getDb().transaction((tx) => {
    if (caseReferenceTaken(user.organisationId, record.caseReference, existing.id, tx))
      return taken;
    tx.update(youngPeople)
      .set({ ...record, updatedAt: new Date().toISOString() })
      .where(eq(youngPeople.id, existing.id))
      .run();
    // The name the young person's own account shows follows the record.
    if (existing.userId && existing.givenName !== record.givenName)
      tx.update(users)
        .set({ displayName: record.givenName })
        .where(eq(users.id, existing.userId))
        .run();
    audit(request, user, "young_person_updated", existing.id, tx);
    return { ok: true, id: existing.id };
  });
}

function audit(
  request: Request,
  user: SignedIn,
  action: "young_person_created" | "young_person_updated",
  youngPersonId: string,
  tx: Tx,
) {
  recordAudit(
    request,
    {
      action,
      organisationId: user.organisationId,
      actorUserId: user.id,
      subjectType: "young_person",
      subjectId: youngPersonId,
      youngPersonId,
    },
    tx,
  );
}
