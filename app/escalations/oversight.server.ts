import { and, asc, desc, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { reviewMonitoring, reviews, youngPeople } from "#db/schema";
import { agreementsFor } from "~/actions/agreements.server";
import { recordAudit } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { addMonths } from "~/dates/working-days";
import { todayInEngland } from "~/dates/calendar";
import { formatDate } from "~/i18n/format";
import { listNotifications } from "~/notifications/notifications.server";
import { inLeadersTeams } from "~/teams/leaders.server";
import { fullName } from "~/young-people/names";
import { escalationsAddressedTo, openEscalationsOf } from "./escalations.server";

/*
 * /oversight (issue 18): the home page of team managers, service managers and directors. What is
 * addressed to them (escalations, decisions to agree, notifications), the monitoring alerts of
 * their teams' children and those children, read only. Nothing else: a child outside their teams
 * is a 404.
 */

/** The children shown at most on the home page (a director sees the whole organisation). */
export const childrenShown = 200;

export function oversightHome(user: SignedIn, lng: string, today = todayInEngland()) {
  const db = getDb();
  const since = addMonths(today, -3);
  const alerts = db
    .select({
      id: reviewMonitoring.id,
      youngPersonId: reviewMonitoring.youngPersonId,
      rag: reviewMonitoring.rag,
      concerns: reviewMonitoring.concerns,
      at: reviewMonitoring.createdAt,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
    })
    .from(reviewMonitoring)
    .innerJoin(youngPeople, eq(youngPeople.id, reviewMonitoring.youngPersonId))
    .where(
      and(
        eq(reviewMonitoring.organisationId, user.organisationId),
        inArray(reviewMonitoring.rag, ["red", "amber"]),
        gte(reviewMonitoring.createdAt, since),
        inLeadersTeams(user, reviewMonitoring.youngPersonId, today),
      ),
    )
    .orderBy(sql`${reviewMonitoring.rag} = 'amber'`, desc(reviewMonitoring.createdAt))
    .limit(100)
    .all();
  const childCondition = and(
    eq(youngPeople.organisationId, user.organisationId),
    isNull(youngPeople.leftCareOn),
    inLeadersTeams(user, youngPeople.id, today),
  );
  const children = db
    .select({
      id: youngPeople.id,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
      caseReference: youngPeople.caseReference,
    })
    .from(youngPeople)
    .where(childCondition)
    .orderBy(asc(youngPeople.familyName), asc(youngPeople.givenName))
    .limit(childrenShown)
    .all();
  const childCount =
    children.length < childrenShown
      ? children.length
      : (db
          .select({ n: sql<number>`count(*)` })
          .from(youngPeople)
          .where(childCondition)
          .get()?.n ?? 0);
  return {
    name: user.displayName,
    escalations: escalationsAddressedTo(user, lng, today),
    notifications: listNotifications(user, lng),
    alerts: alerts.map((a) => ({
      id: a.id,
      youngPersonId: a.youngPersonId,
      name: fullName(a),
      rag: a.rag,
      concerns: a.concerns,
      on: formatDate(a.at.slice(0, 10), lng),
    })),
    agreements: agreementsFor(user, lng, today),
    children: children.map((c) => ({
      id: c.id,
      name: fullName(c),
      caseReference: c.caseReference,
    })),
    childCount,
  };
}

/** A child of this leader's teams, read only: name, case reference, escalations, ratings. */
export function oversightChild(
  request: Request,
  user: SignedIn,
  youngPersonId: string | undefined,
  lng: string,
  today = todayInEngland(),
) {
  if (!youngPersonId) throw notFound();
  const db = getDb();
  const child = db
    .select({
      id: youngPeople.id,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
      caseReference: youngPeople.caseReference,
    })
    .from(youngPeople)
    .where(
      and(
        eq(youngPeople.id, youngPersonId),
        eq(youngPeople.organisationId, user.organisationId),
        inLeadersTeams(user, youngPeople.id, today),
      ),
    )
    .get();
  if (!child) throw notFound();
  recordAudit(request, {
    action: "young_person_viewed",
    organisationId: user.organisationId,
    actorUserId: user.id,
    subjectType: "young_person",
    subjectId: child.id,
    youngPersonId: child.id,
  });
  const ratings = db
    .select({
      id: reviewMonitoring.id,
      rag: reviewMonitoring.rag,
      planQuality: reviewMonitoring.planQuality,
      activeMonitoring: reviewMonitoring.activeMonitoring,
      concerns: reviewMonitoring.concerns,
      reviewOn: sql<string>`coalesce(${reviews.heldOn}, ${reviews.dueOn})`,
    })
    .from(reviewMonitoring)
    .innerJoin(reviews, eq(reviews.id, reviewMonitoring.reviewId))
    .where(eq(reviewMonitoring.youngPersonId, child.id))
    .orderBy(desc(reviewMonitoring.createdAt))
    .limit(20)
    .all();
  return {
    child: { id: child.id, name: fullName(child), caseReference: child.caseReference },
    escalations: openEscalationsOf(user.organisationId, child.id, lng, today),
    ratings: ratings.map((r) => ({ ...r, reviewOn: formatDate(r.reviewOn, lng) })),
  };
}
