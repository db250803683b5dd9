import { sql } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { allocations, reviews, statements, users } from "#db/schema";
import { contributionTemplate } from "~/reviews/contributions.server";
import { englandDay } from "./england-day.server";
import type { CarersParentsFigure } from "./figures";
import type { Period } from "./period";
import { heldInPeriod, type ReportScope } from "./scope.server";

/*
 * Figure 5, carers and parents (issue 16): of reviews held in the period (on their first meeting),
 * how many had a carer's form in before the review and how many a parent's form — a form sent
 * (submitted) for that review (`statements.review_id`, set when it answered the review's request),
 * on a day in England before the day of the first meeting: the meeting's hour is not recorded,
 * so a form sent that morning is not counted as before it. And in how many reviews the record
 * lists among those who attended someone allocated to the young person as a parent (the IRO
 * writes names, so the match is on the parent's name, ignoring case and spaces around it). One
 * SQL statement, whatever the number of reviews.
 */

function formSentBefore(templateId: string) {
  return sql<number>`exists (select 1 from ${statements} s
    where s.review_id = ${reviews.id} and s.template_id = ${templateId}
      and s.status = 'submitted'
      and ${englandDay(sql`s.submitted_at`)} < ${reviews.heldOn})`;
}

// A parent is a parent whenever their allocation ran: it gives access to the app, not parenthood.
const parentAttended = sql<number>`exists (select 1 from json_each(${reviews.attendees}) attendee
  inner join ${allocations} a on a.young_person_id = ${reviews.youngPersonId}
    and a.relationship = 'parent'
  inner join ${users} u on u.id = a.user_id
  where lower(trim(attendee.value)) = lower(trim(u.display_name)))`;

export function carersParentsFigure(scope: ReportScope, period: Period): CarersParentsFigure {
  const row = getDb()
    .select({
      held: sql<number>`count(*)`,
      withCarerForm: sql<number>`coalesce(sum(${formSentBefore(contributionTemplate.carer)}), 0)`,
      withParentForm: sql<number>`coalesce(sum(${formSentBefore(contributionTemplate.parent)}), 0)`,
      parentAttended: sql<number>`coalesce(sum(${parentAttended}), 0)`,
    })
    .from(reviews)
    .where(heldInPeriod(scope, period))
    .get()!;
  return row;
}
