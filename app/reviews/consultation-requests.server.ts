import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { consultationRequests, reviews, statements, users } from "#db/schema";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { roleHome } from "~/auth/roles";
import { notify } from "~/notifications/notifications.server";
import { listCurrentAllocationNames } from "~/young-people/young-people.server";
import { reviewDate, type AllocatedReview } from "./allocated-reviews.server";
import { contributionTemplate, viewTemplateFor } from "./contributions.server";
import { auditReview, plannedReview } from "./reviews.server";

/*
 * Consultation requests: asking the young person, carers and parents for their views before a
 * review, and the requests waiting for those asked.
 */

/** Who can be asked for a review: the young person (with an account), each carer and parent now. */
export function contributorsFor(item: AllocatedReview) {
  const adults = listCurrentAllocationNames(item.review.youngPersonId).filter(
    (p) => p.relationship === "carer" || p.relationship === "parent",
  );
  return [
    ...(item.youngPersonUserId
      ? [
          {
            key: "young_person",
            kind: "young_person" as const,
            userId: item.youngPersonUserId,
            name: item.givenName,
          },
        ]
      : []),
    ...adults.map((p) => ({
      key: `${p.relationship}:${p.userId}`,
      kind: p.relationship as "carer" | "parent",
      userId: p.userId,
      name: p.displayName,
    })),
  ];
}

export type RequestResult = { ok: true; asked: number } | { ok: false; error: string };

/**
 * Asks for contributions before this review, in one step: the young person, carers and parents
 * (`who` holds their keys from `contributorsFor`). One open request per person per review: asking
 * again changes its due date. Each person asked is notified (in the app, and by email if set up).
 */
export function requestViews(
  request: Request,
  user: SignedIn,
  reviewId: string | undefined,
  dueOn: string,
  who: readonly string[] = ["young_person"],
): RequestResult {
  const item = plannedReview(user, reviewId);
  const everyone = contributorsFor(item);
  if (who.includes("young_person") && !item.youngPersonUserId)
    return { ok: false, error: "reviews:errors.noAccount" };
  const chosen = everyone.filter((c) => who.includes(c.key));
  // A key for somebody not (or no longer) allocated: the page was stale or the form was forged.
  if (chosen.length !== new Set(who).size) return { ok: false, error: "forms:errors.whoGone" };
  const db = getDb();
  db.transaction((tx) => {
    for (const person of chosen) {
      const open = tx
        .select({ id: consultationRequests.id })
        .from(consultationRequests)
        .where(
          and(
            eq(consultationRequests.reviewId, item.review.id),
            eq(consultationRequests.recipientUserId, person.userId),
            isNull(consultationRequests.cancelledAt),
          ),
        )
        .get();
      let requestId = open?.id;
      if (open) {
        tx.update(consultationRequests)
          .set({ dueOn, overdueAt: null })
          .where(eq(consultationRequests.id, open.id))
          .run();
      } else {
        requestId = tx
          .insert(consultationRequests)
          .values({
            organisationId: user.organisationId,
            reviewId: item.review.id,
            youngPersonId: item.review.youngPersonId,
            kind: person.kind,
            recipientUserId: person.userId,
            templateId:
              person.kind === "young_person"
                ? viewTemplateFor[item.review.kind]
                : contributionTemplate[person.kind],
            requestedBy: user.id,
            dueOn,
          })
          .returning({ id: consultationRequests.id })
          .get().id;
      }
      notify(
        {
          organisationId: user.organisationId,
          recipientUserId: person.userId,
          kind: "request",
          link: roleHome[person.kind],
          dueOn,
          dedupeKey: `request:${requestId}:${dueOn}`,
        },
        tx,
      );
    }
    auditReview(request, user, "consultation_requested", item, tx);
  });
  return { ok: true, asked: chosen.length };
}

/** The open requests of a review: who has been asked, and by when. */
export function openRequestsForReview(reviewId: string) {
  return getDb()
    .select({
      id: consultationRequests.id,
      kind: consultationRequests.kind,
      recipientUserId: consultationRequests.recipientUserId,
      dueOn: consultationRequests.dueOn,
    })
    .from(consultationRequests)
    .where(
      and(eq(consultationRequests.reviewId, reviewId), isNull(consultationRequests.cancelledAt)),
    )
    .all();
}

/* ---- The side of those asked: young people, carers, parents ---- */

/** No statement answering this request (`consultation_requests` in the outer query) has been sent. */
export const requestNotAnswered = sql`not exists (select 1 from ${statements} s
  where s.request_id = ${consultationRequests.id} and s.status = 'submitted')`;

/**
 * Requests waiting for this person: asked, not cancelled, review still to come, and not yet
 * answered by a statement that was sent. In together mode: those asking the child.
 */
export function openRequestsFor(user: SignedIn) {
  return getDb()
    .select({
      id: consultationRequests.id,
      youngPersonId: consultationRequests.youngPersonId,
      kind: consultationRequests.kind,
      reviewId: consultationRequests.reviewId,
      templateId: consultationRequests.templateId,
      dueOn: consultationRequests.dueOn,
      requestedBy: users.displayName,
      plannedOn: reviews.plannedOn,
      reviewDueOn: reviews.dueOn,
    })
    .from(consultationRequests)
    .innerJoin(reviews, eq(reviews.id, consultationRequests.reviewId))
    .innerJoin(users, eq(users.id, consultationRequests.requestedBy))
    .where(
      and(
        user.togetherYoungPersonId
          ? and(
              eq(consultationRequests.youngPersonId, user.togetherYoungPersonId),
              eq(consultationRequests.kind, "young_person"),
            )
          : eq(consultationRequests.recipientUserId, user.id),
        eq(consultationRequests.organisationId, user.organisationId),
        isNull(consultationRequests.cancelledAt),
        // Before a review; or, for feedback, after it.
        or(eq(reviews.status, "planned"), eq(consultationRequests.kind, "feedback")),
        requestNotAnswered,
      ),
    )
    .orderBy(asc(consultationRequests.dueOn))
    .all()
    .map((r) => ({
      id: r.id,
      youngPersonId: r.youngPersonId,
      kind: r.kind,
      reviewId: r.reviewId,
      templateId: r.templateId,
      dueOn: r.dueOn,
      requestedBy: r.requestedBy,
      reviewOn: reviewDate({ plannedOn: r.plannedOn, dueOn: r.reviewDueOn }),
    }));
}

/**
 * A request this person may answer with this form, or 404. Together mode may answer a request
 * with the simpler form for younger children.
 */
export function findOwnRequest(user: SignedIn, requestId: string, templateId: string) {
  const found = openRequestsFor(user).find(
    (r) =>
      r.id === requestId &&
      (r.templateId === templateId || (!!user.togetherYoungPersonId && templateId === "my-say")),
  );
  if (!found) throw notFound();
  return { requestId, reviewId: found.reviewId, youngPersonId: found.youngPersonId };
}
