import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { allocations, reviews, urgentAlerts, youngPeople, type Review } from "#db/schema";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { currentAllocation } from "~/young-people/young-people.server";

/*
 * Reviews as a person may see them: only those of young people allocated to them now, with the
 * young person's details every page about a review needs. Anyone else's review answers 404.
 */

/** The day a review takes place: its planned date, or its due date until one is planned. */
export const reviewDate = (review: Pick<Review, "plannedOn" | "dueOn">) =>
  review.plannedOn ?? review.dueOn;

/** When the last review ended (its last meeting): what was sent after it is for the next one. */
const lastHeldOn = sql<string | null>`(
  select max(coalesce(h.completed_on, h.held_on)) from ${reviews} h
  where h.young_person_id = "reviews"."young_person_id" and h.status = 'held')`;

const openAlertCount = sql<number>`(
  select count(*) from ${urgentAlerts} a
  where a.young_person_id = "reviews"."young_person_id" and a.acknowledged_at is null)`;

const reviewColumns = {
  review: reviews,
  givenName: youngPeople.givenName,
  familyName: youngPeople.familyName,
  dateOfBirth: youngPeople.dateOfBirth,
  preferredLanguage: youngPeople.preferredLanguage,
  needsInterpreter: youngPeople.needsInterpreter,
  lookedAfterOn: youngPeople.lookedAfterOn,
  youngPersonUserId: youngPeople.userId,
  lastHeldOn,
  openAlerts: openAlertCount,
};

type Scope = NonNullable<ReturnType<typeof currentAllocation>>;

/** Reviews of young people allocated to this person now (`scope`), that also meet `condition`. */
export function allocatedReviews(user: SignedIn, scope: Scope, condition: SQL | undefined) {
  return getDb()
    .select(reviewColumns)
    .from(reviews)
    .innerJoin(youngPeople, eq(youngPeople.id, reviews.youngPersonId))
    .innerJoin(allocations, eq(allocations.youngPersonId, reviews.youngPersonId))
    .where(and(scope, eq(reviews.organisationId, user.organisationId), condition));
}

/** Reviews of young people allocated to this person today that meet `condition` (none for others). */
export function allocatedReviewsWhere(user: SignedIn, condition: SQL | undefined, today: string) {
  const scope = currentAllocation(user, today);
  return scope ? allocatedReviews(user, scope, condition).all() : [];
}

/** One review of a young person currently allocated to this person; anyone else gets 404. */
export function getAllocatedReview(
  user: SignedIn,
  reviewId: string | undefined,
  today = todayInEngland(),
) {
  const scope = currentAllocation(user, today);
  if (!scope || !reviewId) throw notFound();
  const row = allocatedReviews(user, scope, eq(reviews.id, reviewId)).get();
  if (!row) throw notFound();
  return row;
}

export type AllocatedReview = ReturnType<typeof getAllocatedReview>;

/** The reviews of one young person (for their profile page), newest first. */
export function listReviewsOf(youngPersonId: string) {
  return getDb()
    .select({
      id: reviews.id,
      kind: reviews.kind,
      status: reviews.status,
      dueOn: reviews.dueOn,
      plannedOn: reviews.plannedOn,
      heldOn: reviews.heldOn,
      participationCode: reviews.participationCode,
    })
    .from(reviews)
    .where(eq(reviews.youngPersonId, youngPersonId))
    .orderBy(desc(reviews.dueOn))
    .all();
}
