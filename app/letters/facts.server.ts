import { asc, eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { reviewMeetings, type LetterFacts } from "#db/schema";
import { listReviewsOf, type AllocatedReview } from "~/reviews/allocated-reviews.server";

/** The dates and names a letter states, from the record as it is now. */
export function factsFor(item: AllocatedReview, iroName: string): LetterFacts {
  const meetings = getDb()
    .select({ heldOn: reviewMeetings.heldOn })
    .from(reviewMeetings)
    .where(eq(reviewMeetings.reviewId, item.review.id))
    .orderBy(asc(reviewMeetings.heldOn))
    .all()
    .map((m) => m.heldOn);
  const next = listReviewsOf(item.review.youngPersonId)
    .filter((r) => r.status === "planned")
    .at(-1);
  return {
    childName: item.givenName,
    iroName,
    meetings: meetings.length ? meetings : [item.review.heldOn!],
    place: item.review.place,
    nextReviewDue: next?.dueOn ?? null,
  };
}
