import { asc, eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { reviewMeetings, type LetterFacts } from "#db/schema";
import { listReviewsOf, type AllocatedReview } from "~/reviews/allocated-reviews.server";
import type { OrganisationContacts } from "~/organisations/contacts";
import { organisationContacts } from "~/organisations/settings.server";

/**
 * The facts of a letter, with the council's contact details (IRO service, advocacy service) as
 * they were when it was issued. Stored in the version's facts JSON like the dates and names: an
 * issued version keeps the numbers it was sent with, even if the council's change later. Versions
 * issued before councils had contact details simply have none.
 */
export type LetterFactsWithContacts = LetterFacts & { contacts?: OrganisationContacts | null };

/** The dates, names and contact details a letter states, from the record as it is now. */
export function factsFor(item: AllocatedReview, iroName: string): LetterFactsWithContacts {
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
    contacts: organisationContacts(item.review.organisationId),
  };
}
