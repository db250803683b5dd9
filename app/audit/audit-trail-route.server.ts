import { json, redirect } from "@remix-run/node";
import type { SignedIn } from "~/auth/require-user.server";
import { formatDateTime } from "~/i18n/format";
import { fullName } from "~/young-people/names";
import { auditCsvStream } from "./audit-csv.server";
import {
  auditedYoungPerson,
  auditTrailExported,
  auditTrailViewed,
  listAuditEvents,
} from "./audit-trail.server";
import { auditHref, parseAuditQuery, type FilterValues } from "./filters";

export type AuditTrailEvent = {
  id: string;
  when: string;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  /** The account the event was about, when it was about one. */
  subjectName: string | null;
  youngPerson: { id: string; name: string; caseReference: string | null } | null;
  clientAddress: string | null;
};

export type AuditTrailData = {
  /** Where "back" goes: the manager's or the administrator's home. */
  viewer: "manager" | "admin";
  values: FilterValues;
  errors: Record<string, string> | null;
  /** The young person a link narrowed the trail to ("who has opened this child's records"). */
  child: { name: string; caseReference: string | null; clearHref: string } | null;
  events: AuditTrailEvent[];
  newerHref: string | null;
  olderHref: string | null;
  csvHref: string | null;
};

/** The audit trail page: the filtered events of one page, or the messages for wrong filters. */
export function auditTrailResponse(request: Request, user: SignedIn, lng: string) {
  const query = parseAuditQuery(new URL(request.url).searchParams);
  const viewer = user.role === "admin" ? "admin" : "manager";
  const narrowed = query.ok ? query.filter.youngPersonId : query.youngPersonId;
  const person = narrowed ? auditedYoungPerson(user, narrowed) : null;
  const child = person
    ? {
        name: fullName(person),
        caseReference: person.caseReference,
        clearHref: auditHref({ ...query.values, youngPersonId: undefined }),
      }
    : null;
  if (!query.ok) {
    // Nothing is listed until the dates are right: a list that quietly ignored a wrong date
    // could be taken (or exported) as the events of that date.
    const data: AuditTrailData = {
      viewer,
      values: query.values,
      errors: query.errors,
      child,
      events: [],
      newerHref: null,
      olderHref: null,
      csvHref: null,
    };
    return json(data, { status: 400 });
  }
  const { filter, page, values } = query;
  const { events, hasNewer, hasOlder } = listAuditEvents(user, filter, page);
  if (!page.before && !page.after) auditTrailViewed(request, user, filter);
  const first = events[0];
  const last = events[events.length - 1];
  const data: AuditTrailData = {
    viewer,
    values,
    errors: null,
    child,
    events: events.map((e) => ({
      id: e.id,
      when: formatDateTime(e.at, lng),
      actorName: e.actorName,
      actorRole: e.actorRole,
      action: e.action,
      subjectName: e.subjectName,
      youngPerson:
        e.youngPersonId && e.givenName !== null && e.familyName !== null
          ? {
              id: e.youngPersonId,
              name: fullName({ givenName: e.givenName, familyName: e.familyName }),
              caseReference: e.caseReference,
            }
          : null,
      clientAddress: e.clientAddress,
    })),
    newerHref: hasNewer && first ? auditHref(values, { after: first }) : null,
    olderHref: hasOlder && last ? auditHref(values, { before: last }) : null,
    csvHref: auditHref(values, { csv: true }),
  };
  return json(data);
}

/** The CSV of every event the page's filters match; wrong filters go back to the page's messages. */
export function auditCsvResponse(request: Request, user: SignedIn) {
  const url = new URL(request.url);
  const query = parseAuditQuery(url.searchParams);
  if (!query.ok) throw redirect(`/manage/audit${url.search}`);
  if (query.filter.youngPersonId) auditedYoungPerson(user, query.filter.youngPersonId);
  auditTrailExported(request, user, query.filter);
  return new Response(auditCsvStream(user, query.filter), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="audit-trail.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}
