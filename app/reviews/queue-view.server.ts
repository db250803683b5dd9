import type { SerializeFrom } from "@remix-run/node";
import type { SignedIn } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { formatOptionalDate } from "~/i18n/format";
import { preparationQueue } from "./queue.server";
import { fullName } from "~/young-people/names";

/*
 * The queue across the caseload as the IRO reads it: dates in the IRO's language, every state a
 * code the view turns into words.
 */

const date = formatOptionalDate;

export function queueView(user: SignedIn, lng: string) {
  const { reviews, repliesDue, decisionsDue } = preparationQueue(user);
  const today = todayInEngland();
  return {
    reviews: reviews.map(({ item, readiness, contributions }) => ({
      reviewId: item.review.id,
      name: fullName(item),
      kind: item.review.kind,
      dueOn: date(item.review.dueOn, lng)!,
      plannedOn: date(item.review.plannedOn, lng),
      overdue: item.review.dueOn < today,
      openAlerts: item.openAlerts,
      readiness,
      contributions: contributions.map((c) => ({
        key: `${c.kind}:${c.person?.userId ?? ""}`,
        kind: c.kind,
        name: c.person?.name ?? null,
        state: c.state,
        helpedBy: c.helpedBy,
      })),
      needsInterpreter: item.needsInterpreter,
    })),
    repliesDue: repliesDue.map((r) => ({
      statementId: r.id,
      templateId: r.templateId,
      name: fullName(r),
      replyDueOn: date(r.replyDueOn, lng)!,
      overdue: r.replyDueOn < today,
    })),
    decisionsDue: decisionsDue.map(({ review, givenName, familyName }) => ({
      reviewId: review.id,
      name: fullName({ givenName, familyName }),
      dueOn: date(review.decisionsDueOn, lng),
      overdue: !!review.decisionsDueOn && review.decisionsDueOn < today,
    })),
  };
}

export type QueueView = SerializeFrom<typeof queueView>;
