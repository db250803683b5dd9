import { and, asc, eq, isNull, lte, notInArray, sql } from "drizzle-orm";
import { reviews, statementReplies, statements } from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { sharedStatements } from "~/consultation/reading.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import { addWorkingDays } from "~/dates/working-days";
import { organisationSettings, type OrganisationSettings } from "~/organisations/settings.server";
import { currentAllocation } from "~/young-people/young-people.server";
import { allocatedReviews, reviewDate } from "./allocated-reviews.server";
import { adultTemplates, contributionsFor } from "./contributions.server";
import { queueDays } from "./readiness";

/**
 * The queue across the caseload: planned reviews in the next four weeks (and any overdue), least
 * ready first, with the replies and decisions that are due. A fixed number of queries.
 */
export function preparationQueue(user: SignedIn, today = todayInEngland()) {
  const scope = currentAllocation(user, today);
  if (!scope) return { reviews: [], repliesDue: [], decisionsDue: [] };
  const horizon = addDays(today, queueDays);
  const items = allocatedReviews(
    user,
    scope,
    and(
      eq(reviews.status, "planned"),
      lte(sql`coalesce(${reviews.plannedOn}, ${reviews.dueOn})`, horizon),
    ),
  ).all();
  const prep = contributionsFor(user, items, today);
  const queue = items
    .map((item) => ({ item, ...prep.get(item.review.id)! }))
    .sort(
      (a, b) =>
        b.item.openAlerts - a.item.openAlerts ||
        a.readiness.score - b.readiness.score ||
        reviewDate(a.item.review).localeCompare(reviewDate(b.item.review)),
    );
  const settings = organisationSettings(user.organisationId);
  return {
    reviews: queue,
    repliesDue: repliesDue(user, settings),
    decisionsDue: allocatedReviews(
      user,
      scope,
      and(eq(reviews.status, "held"), isNull(reviews.decisionsCirculatedOn)),
    )
      .orderBy(asc(reviews.decisionsDueOn))
      .all(),
  };
}

/** Statements shared with this person that they have not yet replied to, with the date a reply is due. */
function repliesDue(user: SignedIn, settings: OrganisationSettings) {
  // Replies are owed to young people: carers' and parents' forms are read, not replied to.
  const rows = sharedStatements(
    user,
    and(
      sql`not exists (select 1 from ${statementReplies} r
      where r.statement_id = ${statements.id} and r.author_user_id = ${user.id})`,
      notInArray(statements.templateId, adultTemplates),
    ),
  )
    .orderBy(asc(statements.submittedAt))
    .all();
  return rows.map((r) => ({
    ...r,
    replyDueOn: addWorkingDays(
      r.submittedAt!.slice(0, 10),
      settings.replyWithinDays,
      settings.closureDays,
    ),
  }));
}
