import { createHash } from "node:crypto";
import { and, asc, desc, eq, gt, gte, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "#db/db.server";
import { auditEvents, users, youngPeople } from "#db/schema";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { addDays } from "~/dates/calendar";
import { actionsOfKind, auditKinds, type AuditKind } from "./actions";
import { recordAudit } from "./audit.server";
import type { AuditCursor, AuditFilter, AuditPage } from "./filters";

/*
 * The audit trail as managers and administrators read it: every event of their organisation,
 * newest first, filtered. Reading only selects; the one write here appends a new event saying
 * who looked (existing rows are never touched, and the database refuses if anyone tries).
 *
 * Speed on a large table: every query is bounded by the organisation and walks
 * audit_events_organisation_idx (organisation_id, at) newest first, stopping after one page;
 * a child filter uses audit_events_young_person_idx instead. Pages are found by the last
 * event's (at, id), not by an offset, so page 1,000 costs what page 1 costs.
 */

export const auditPageSize = 50;

const actor = alias(users, "actor");
/** The account an event was about (a member of staff deactivated, a code issued to someone). */
const subject = alias(users, "subject");

const columns = {
  id: auditEvents.id,
  at: auditEvents.at,
  action: auditEvents.action,
  subjectType: auditEvents.subjectType,
  subjectId: auditEvents.subjectId,
  clientAddress: auditEvents.clientAddress,
  requestId: auditEvents.requestId,
  actorName: actor.displayName,
  actorRole: actor.role,
  subjectName: subject.displayName,
  youngPersonId: auditEvents.youngPersonId,
  givenName: youngPeople.givenName,
  familyName: youngPeople.familyName,
  caseReference: youngPeople.caseReference,
};

export type AuditEventRow = {
  id: string;
  at: string;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  clientAddress: string | null;
  requestId: string | null;
  actorName: string | null;
  actorRole: string | null;
  subjectName: string | null;
  youngPersonId: string | null;
  givenName: string | null;
  familyName: string | null;
  caseReference: string | null;
};

/** The UTC instant an England calendar day starts (midnight in London, GMT or BST). */
export function startOfEnglandDay(date: string): string {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  // Clocks change at 01:00 UTC, so at UTC midnight London shows 00 (GMT) or 01 (BST): never a
  // day boundary in between.
  const londonHour = Number(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/London",
      hour: "2-digit",
      hourCycle: "h23",
    }).format(utcMidnight),
  );
  return new Date(utcMidnight.getTime() - londonHour * 3_600_000).toISOString();
}

/** `%` and `_` typed into a search box are letters, not wildcards. */
function containing(text: string) {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filterConditions(user: SignedIn, filter: AuditFilter): SQL[] {
  const db = getDb();
  const conditions: (SQL | undefined)[] = [eq(auditEvents.organisationId, user.organisationId)];
  if (filter.youngPersonId) conditions.push(eq(auditEvents.youngPersonId, filter.youngPersonId));
  if (filter.child) {
    const term = filter.child;
    const matching = db
      .select({ id: youngPeople.id })
      .from(youngPeople)
      .where(
        and(
          eq(youngPeople.organisationId, user.organisationId),
          or(
            sql`lower(${youngPeople.caseReference}) = ${term.toLowerCase()}`,
            sql`lower(${youngPeople.givenName} || ' ' || ${youngPeople.familyName}) like ${containing(term)} escape '\\'`,
          ),
        ),
      );
    conditions.push(inArray(auditEvents.youngPersonId, matching));
  }
  if (filter.person) {
    const term = containing(filter.person);
    const matching = db
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.organisationId, user.organisationId),
          or(
            sql`lower(${users.displayName}) like ${term} escape '\\'`,
            sql`lower(${users.username}) like ${term} escape '\\'`,
          ),
        ),
      );
    conditions.push(inArray(auditEvents.actorUserId, matching));
  }
  if (filter.kind) {
    conditions.push(
      (auditKinds as readonly string[]).includes(filter.kind)
        ? inArray(auditEvents.action, actionsOfKind(filter.kind as AuditKind))
        : eq(auditEvents.action, filter.kind),
    );
  }
  if (filter.from) conditions.push(gte(auditEvents.at, startOfEnglandDay(filter.from)));
  if (filter.to) conditions.push(lt(auditEvents.at, startOfEnglandDay(addDays(filter.to, 1))));
  return conditions.filter((c): c is SQL => !!c);
}

/** Events older than the cursor (`before`) or newer (`after`), in (at, id) order. */
function pastCursor(cursor: AuditCursor, direction: "before" | "after"): SQL {
  const [orEqual, strictly] = direction === "before" ? [lte, lt] : [gte, gt];
  // The first bound alone lets the (organisation_id, at) index start at the cursor.
  return and(
    orEqual(auditEvents.at, cursor.at),
    or(strictly(auditEvents.at, cursor.at), strictly(auditEvents.id, cursor.id)),
  )!;
}

function selectEvents(user: SignedIn, filter: AuditFilter, extra: SQL[] = []) {
  return getDb()
    .select(columns)
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorUserId))
    .leftJoin(
      subject,
      and(
        eq(auditEvents.subjectType, "user"),
        eq(subject.id, auditEvents.subjectId),
        eq(subject.organisationId, user.organisationId),
      ),
    )
    .leftJoin(youngPeople, eq(youngPeople.id, auditEvents.youngPersonId))
    .where(and(...filterConditions(user, filter), ...extra));
}

/**
 * One page of the organisation's events, newest first, with whether newer and older pages exist.
 * `before` pages towards older events, `after` back towards newer ones.
 */
export function listAuditEvents(
  user: SignedIn,
  filter: AuditFilter,
  page: AuditPage = {},
  size = auditPageSize,
) {
  const goingBack = !!page.after;
  const cursor = page.before
    ? [pastCursor(page.before, "before")]
    : page.after
      ? [pastCursor(page.after, "after")]
      : [];
  const found: AuditEventRow[] = selectEvents(user, filter, cursor)
    .orderBy(
      ...(goingBack
        ? [asc(auditEvents.at), asc(auditEvents.id)]
        : [desc(auditEvents.at), desc(auditEvents.id)]),
    )
    .limit(size + 1)
    .all();
  const more = found.length > size;
  const events = found.slice(0, size);
  if (goingBack) events.reverse();
  return {
    events,
    hasNewer: goingBack ? more : !!page.before,
    hasOlder: goingBack ? true : more,
  };
}

/**
 * Every event the filter matches, newest first, in batches: each batch is one short synchronous
 * query, so a large export never holds the database (one connection, shared by every request).
 */
export function* auditEventBatches(user: SignedIn, filter: AuditFilter, batchSize = 1000) {
  let before: AuditCursor | undefined;
  for (;;) {
    const { events, hasOlder } = listAuditEvents(user, filter, { before }, batchSize);
    if (events.length) yield events;
    if (!hasOlder) return;
    const last = events[events.length - 1]!;
    before = { at: last.at, id: last.id };
  }
}

/** The young person a link filters by: in this organisation, or 404 like any other record. */
export function auditedYoungPerson(user: SignedIn, youngPersonId: string) {
  const row = getDb()
    .select({
      id: youngPeople.id,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
      caseReference: youngPeople.caseReference,
    })
    .from(youngPeople)
    .where(
      and(eq(youngPeople.id, youngPersonId), eq(youngPeople.organisationId, user.organisationId)),
    )
    .get();
  if (!row) throw notFound();
  return row;
}

/**
 * The same filter gives the same key; the key holds no typed words (a name searched for is
 * personal data, and the audit never stores people's words), only a short digest.
 */
export function filterKey(filter: AuditFilter): string {
  const canonical = JSON.stringify(
    Object.entries(filter)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return createHash("sha256").update(canonical).digest("hex").slice(0, 16);
}

/** A repeated look at the same filtered trail within this time is not recorded again. */
export const viewedAgainAfterMinutes = 30;

/**
 * Looking at the audit trail is itself recorded, without flooding it: once per person, per
 * filter, per half hour, and only for the first page (paging through one search is one look).
 * Returns whether an event was appended.
 */
export function auditTrailViewed(
  request: Request,
  user: SignedIn,
  filter: AuditFilter,
  now = new Date(),
): boolean {
  const subjectId = filterKey(filter);
  const since = new Date(now.getTime() - viewedAgainAfterMinutes * 60_000).toISOString();
  const seen = getDb()
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.organisationId, user.organisationId),
        gte(auditEvents.at, since),
        eq(auditEvents.actorUserId, user.id),
        eq(auditEvents.action, "audit_viewed"),
        eq(auditEvents.subjectId, subjectId),
      ),
    )
    .limit(1)
    .get();
  if (seen) return false;
  recordAudit(request, {
    action: "audit_viewed",
    organisationId: user.organisationId,
    actorUserId: user.id,
    subjectType: "audit_trail",
    subjectId,
    youngPersonId: filter.youngPersonId,
  });
  return true;
}

/** Every export is recorded: it takes the trail out of the service. */
export function auditTrailExported(request: Request, user: SignedIn, filter: AuditFilter) {
  recordAudit(request, {
    action: "audit_exported",
    organisationId: user.organisationId,
    actorUserId: user.id,
    subjectType: "audit_trail",
    subjectId: filterKey(filter),
    youngPersonId: filter.youngPersonId,
  });
}
