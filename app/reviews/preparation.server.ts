import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { interpreterRequests, reviewMeetings, urgentAlerts, users, type Review } from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { subtractWorkingDays } from "~/dates/working-days";
import { organisationSettings, type OrganisationSettings } from "~/organisations/settings.server";
import { getAllocatedReview, reviewDate } from "./allocated-reviews.server";
import { contributionsFor } from "./contributions.server";

/*
 * What an IRO (or social worker) needs to prepare one review: its contributions and statements,
 * interpreting, urgent alerts and meetings. A fixed number of queries (the queue across the
 * caseload is ./queue.server).
 */

/** Default due date of a consultation request: N working days before the review, never in the past. */
export function defaultRequestDueOn(
  review: Pick<Review, "plannedOn" | "dueOn">,
  settings: OrganisationSettings,
  today: string,
) {
  const due = subtractWorkingDays(
    reviewDate(review),
    settings.consultationLeadDays,
    settings.closureDays,
  );
  return due < today ? today : due;
}

/** The preparation page of one review. */
export function reviewPreparation(user: SignedIn, reviewId: string | undefined) {
  const today = todayInEngland();
  const item = getAllocatedReview(user, reviewId, today);
  const prep = contributionsFor(user, [item], today).get(item.review.id)!;
  const db = getDb();
  const statementIds = prep.statements.map((s) => s.id);
  const interpreting = statementIds.length
    ? db
        .select()
        .from(interpreterRequests)
        .where(inArray(interpreterRequests.statementId, statementIds))
        .all()
    : [];
  const alertSince = item.lastHeldOn && item.review.status !== "held" ? item.lastHeldOn : "";
  const alerts = db
    .select({
      id: urgentAlerts.id,
      statementId: urgentAlerts.statementId,
      raisedAt: urgentAlerts.raisedAt,
      acknowledgedAt: urgentAlerts.acknowledgedAt,
      acknowledgedBy: users.displayName,
    })
    .from(urgentAlerts)
    .leftJoin(users, eq(users.id, urgentAlerts.acknowledgedBy))
    .where(
      and(
        eq(urgentAlerts.youngPersonId, item.review.youngPersonId),
        sql`(${urgentAlerts.acknowledgedAt} is null or ${urgentAlerts.raisedAt} >= ${alertSince})`,
      ),
    )
    .orderBy(desc(urgentAlerts.raisedAt))
    .all();
  const meetings = db
    .select({ heldOn: reviewMeetings.heldOn })
    .from(reviewMeetings)
    .where(eq(reviewMeetings.reviewId, item.review.id))
    .orderBy(asc(reviewMeetings.heldOn))
    .all()
    .map((m) => m.heldOn);
  const settings = organisationSettings(user.organisationId);
  return { item, prep, interpreting, alerts, meetings, settings, today };
}
