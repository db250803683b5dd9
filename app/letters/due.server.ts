import { and, eq, gte, isNull, sql } from "drizzle-orm";
import { letters, letterVersions, reviews } from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import { addWorkingDays } from "~/dates/working-days";
import { organisationSettings } from "~/organisations/settings.server";
import { allocatedReviewsWhere } from "~/reviews/allocated-reviews.server";
import { reviewCompletedOn } from "~/reviews/series";
import { fullName } from "~/young-people/names";

/**
 * The day a letter is due: the local standard in working days from the day the review was
 * completed (its last meeting: a letter cannot be written before then).
 */
export function letterDueOn(heldOn: string, withinDays: number, closureDays: readonly string[]) {
  return addWorkingDays(heldOn, withinDays, closureDays);
}

/** Held reviews in the last 3 months whose letter is not issued yet: the queue's "letters to write". */
export function lettersDue(user: SignedIn, today = todayInEngland()) {
  if (user.role !== "iro") return [];
  const settings = organisationSettings(user.organisationId);
  return allocatedReviewsWhere(
    user,
    and(
      eq(reviews.status, "held"),
      gte(reviews.heldOn, addDays(today, -90)),
      // A review imported from the case system had its letter written there.
      isNull(reviews.importedAt),
      sql`not exists (select 1 from ${letters} l inner join ${letterVersions} v on v.letter_id = l.id
        where l.review_id = ${reviews.id})`,
    ),
    today,
  ).map((r) => ({
    reviewId: r.review.id,
    name: fullName(r),
    dueOn: letterDueOn(
      reviewCompletedOn(r.review)!,
      settings.letterWithinDays,
      settings.closureDays,
    ),
  }));
}
