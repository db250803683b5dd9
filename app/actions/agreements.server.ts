import { aliasedTable, and, asc, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Tx } from "#db/db.server";
import { decisionAgreements, organisations, reviews, users, youngPeople } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { freeText, textLimits } from "~/http/text";
import { formatDate } from "~/i18n/format";
import { notify } from "~/notifications/notifications.server";
import { leadersOf } from "~/teams/leaders.server";
import { currentlyAllocated, listCurrentAllocationNames } from "~/young-people/young-people.server";
import { fullName } from "~/young-people/names";
import { agreementDueOn } from "./agreement-dates";

/*
 * Decisions' agreement (issue 18): when the IRO circulates a review's decisions, the child's team
 * manager (of the social worker's team, set in administration; or a team manager the IRO names)
 * has `agreementWithinDays` working days to answer "agreed" or "I disagree, because ...". A
 * disagreement goes back to the IRO and shows on their queue.
 */

/** Team managers of the organisation the IRO may name when the child's team has none. */
export function teamManagerChoices(organisationId: string) {
  return getDb()
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        eq(users.role, "team_manager"),
        isNull(users.disabledAt),
      ),
    )
    .orderBy(asc(users.displayName))
    .all();
}

/**
 * Asks the team manager to agree the decisions, in the circulating transaction. `chosen` is the
 * team manager the IRO named when the child's team has none. Nothing when none is set (the page
 * says so) or when they were asked already.
 */
export function askForAgreement(
  tx: Tx,
  user: SignedIn,
  review: { id: string; youngPersonId: string },
  chosen: string | undefined,
  today = todayInEngland(),
): { asked: boolean } {
  const exists = tx
    .select({ id: decisionAgreements.id })
    .from(decisionAgreements)
    .where(eq(decisionAgreements.reviewId, review.id))
    .get();
  if (exists) return { asked: false };
  const managerUserId =
    leadersOf(user.organisationId, review.youngPersonId, today).teamManagerIds[0] ??
    teamManagerChoices(user.organisationId).find((m) => m.id === chosen)?.id;
  if (!managerUserId) return { asked: false };
  const org = tx
    .select({ within: organisations.agreementWithinDays, closureDays: organisations.closureDays })
    .from(organisations)
    .where(eq(organisations.id, user.organisationId))
    .get()!;
  const dueOn = agreementDueOn(today, org.within, org.closureDays);
  const id = tx
    .insert(decisionAgreements)
    .values({ organisationId: user.organisationId, reviewId: review.id, managerUserId, dueOn })
    .returning({ id: decisionAgreements.id })
    .get().id;
  notify(
    {
      organisationId: user.organisationId,
      recipientUserId: managerUserId,
      kind: "agreement",
      link: `/actions/agreements/${id}`,
      dueOn,
      dedupeKey: `agreement:${id}`,
    },
    tx,
  );
  return { asked: true };
}

/** What the review page says about agreement: asked of whom and the answer, or who may be asked. */
export function agreementForReview(user: SignedIn, review: { id: string; youngPersonId: string }) {
  const row = getDb()
    .select({
      managerName: users.displayName,
      dueOn: decisionAgreements.dueOn,
      response: decisionAgreements.response,
      reason: decisionAgreements.reason,
      respondedAt: decisionAgreements.respondedAt,
    })
    .from(decisionAgreements)
    .innerJoin(users, eq(users.id, decisionAgreements.managerUserId))
    .where(eq(decisionAgreements.reviewId, review.id))
    .get();
  const teamManagerSet =
    leadersOf(user.organisationId, review.youngPersonId).teamManagerIds.length > 0;
  return {
    agreement: row ?? null,
    teamManagerSet,
    managerChoices: row || teamManagerSet ? [] : teamManagerChoices(user.organisationId),
  };
}

/**
 * The open agreements addressed to this person (the team manager's home page), due first, dates
 * written for `lng`. Shown by `AgreementsToAnswer` (./ui/Agreements).
 */
export function agreementsFor(user: SignedIn, lng = "en", today = todayInEngland()) {
  return getDb()
    .select({
      id: decisionAgreements.id,
      dueOn: decisionAgreements.dueOn,
      heldOn: reviews.heldOn,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
    })
    .from(decisionAgreements)
    .innerJoin(reviews, eq(reviews.id, decisionAgreements.reviewId))
    .innerJoin(youngPeople, eq(youngPeople.id, reviews.youngPersonId))
    .where(
      and(
        eq(decisionAgreements.managerUserId, user.id),
        eq(decisionAgreements.organisationId, user.organisationId),
        isNull(decisionAgreements.respondedAt),
      ),
    )
    .orderBy(asc(decisionAgreements.dueOn))
    .all()
    .map((r) => ({
      id: r.id,
      childName: fullName(r),
      heldOn: r.heldOn ? formatDate(r.heldOn, lng) : null,
      dueOn: formatDate(r.dueOn, lng),
      overdue: r.dueOn < today,
    }));
}

export type AgreementSummary = ReturnType<typeof agreementsFor>[number];

const recorder = aliasedTable(users, "recorder");

/** One agreement, only for the manager it is addressed to; anyone else gets 404. */
export function getAgreementForManager(user: SignedIn, agreementId: string | undefined) {
  if (!agreementId) throw notFound();
  const row = getDb()
    .select({
      agreement: decisionAgreements,
      youngPersonId: reviews.youngPersonId,
      decisions: reviews.decisions,
      heldOn: reviews.heldOn,
      iroName: recorder.displayName,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
    })
    .from(decisionAgreements)
    .innerJoin(reviews, eq(reviews.id, decisionAgreements.reviewId))
    .innerJoin(youngPeople, eq(youngPeople.id, reviews.youngPersonId))
    .leftJoin(recorder, eq(recorder.id, reviews.recordedBy))
    .where(
      and(
        eq(decisionAgreements.id, agreementId),
        eq(decisionAgreements.organisationId, user.organisationId),
        eq(decisionAgreements.managerUserId, user.id),
      ),
    )
    .get();
  if (!row) throw notFound();
  return {
    ...row.agreement,
    youngPersonId: row.youngPersonId,
    decisions: row.decisions ?? [],
    heldOn: row.heldOn,
    iroName: row.iroName,
    childName: fullName(row),
  };
}

export const agreementAnswerForm = z
  .object({
    response: z.enum(["agreed", "disagree"], { error: "actions:errors.response" }),
    reason: freeText(textLimits.reason).default(""),
  })
  .superRefine((data, ctx) => {
    if (data.response === "disagree" && !data.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "actions:errors.reason" });
  });

/**
 * Records the manager's answer once (a second press changes nothing), audits it and, for a
 * disagreement, tells the child's IRO.
 */
export function answerAgreement(
  request: Request,
  user: SignedIn,
  agreement: ReturnType<typeof getAgreementForManager>,
  answer: z.infer<typeof agreementAnswerForm>,
) {
  getDb().transaction((tx) => {
    const changed = tx
      .update(decisionAgreements)
      .set({
        response: answer.response,
        reason: answer.response === "disagree" ? answer.reason : null,
        respondedAt: new Date().toISOString(),
      })
      .where(and(eq(decisionAgreements.id, agreement.id), isNull(decisionAgreements.respondedAt)))
      .run().changes;
    if (!changed) return;
    recordAudit(
      request,
      {
        action: "decisions_agreement_answered",
        organisationId: user.organisationId,
        actorUserId: user.id,
        subjectType: "review",
        subjectId: agreement.reviewId,
        youngPersonId: agreement.youngPersonId,
      },
      tx,
    );
    if (answer.response !== "disagree") return;
    const iros = listCurrentAllocationNames(agreement.youngPersonId).filter(
      (p) => p.relationship === "iro",
    );
    for (const iro of iros)
      notify(
        {
          organisationId: user.organisationId,
          recipientUserId: iro.userId,
          kind: "disagreement",
          link: `/iro/reviews/${agreement.reviewId}`,
          dedupeKey: `disagreement:${agreement.id}:${iro.userId}`,
        },
        tx,
      );
  });
}

/** Disagreements with the decisions of this IRO's children, newest first (the queue). */
export function disagreementsFor(user: SignedIn, today = todayInEngland()) {
  return getDb()
    .select({
      id: decisionAgreements.id,
      reviewId: decisionAgreements.reviewId,
      reason: decisionAgreements.reason,
      respondedAt: decisionAgreements.respondedAt,
      managerName: users.displayName,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
    })
    .from(decisionAgreements)
    .innerJoin(reviews, eq(reviews.id, decisionAgreements.reviewId))
    .innerJoin(youngPeople, eq(youngPeople.id, reviews.youngPersonId))
    .innerJoin(users, eq(users.id, decisionAgreements.managerUserId))
    .where(
      and(
        eq(decisionAgreements.organisationId, user.organisationId),
        eq(decisionAgreements.response, "disagree"),
        isNotNull(decisionAgreements.respondedAt),
        sql`${currentlyAllocated(user, reviews.youngPersonId, today)}`,
      ),
    )
    .orderBy(desc(decisionAgreements.respondedAt))
    .limit(50)
    .all()
    .map((r) => ({
      id: r.id,
      reviewId: r.reviewId,
      reason: r.reason,
      respondedAt: r.respondedAt!,
      managerName: r.managerName,
      childName: fullName(r),
    }));
}
