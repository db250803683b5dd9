import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "#db/db.server";
import {
  consultationRequests,
  statementReaders,
  statementReads,
  statements,
  statementWithdrawals,
  users,
  type ContributionKind,
} from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { sharedWithReader } from "~/consultation/reading.server";
import { currentAllocationNames } from "~/young-people/young-people.server";
import type { AllocatedReview } from "./allocated-reviews.server";
import { contributionState, readiness, type ContributionState } from "./readiness";

/*
 * The contributions expected before a review (the young person's view, carers' and parents'
 * forms), each with its state, and the statements that belong to the review. Everything for many
 * reviews is fetched with one `in (...)` per table, never one query per row.
 */

/** The forms that give the young person's view for a review, by review kind. */
export const viewTemplateFor = { looked_after: "getting-ready", pathway_plan: "pathway-plan" };
/** Forms that count as the young person's view (with "My say", for younger children). */
const viewTemplates = [...Object.values(viewTemplateFor), "my-say"];

type ReviewKey = Pick<AllocatedReview, "review" | "lastHeldOn" | "youngPersonUserId">;

/** The form each kind of contributor fills in (the young person's depends on the review). */
export const contributionTemplate = { carer: "carer-review", parent: "parent-views" } as const;
export const adultTemplates: string[] = Object.values(contributionTemplate);

const author = alias(users, "author");
const helper = alias(users, "helper");

export type Contribution = {
  kind: ContributionKind;
  state: ContributionState;
  dueOn: string | null;
  requestId: string | null;
  /** Who is asked (a carer or parent), or null for the young person. */
  person: { userId: string; name: string } | null;
  /** Together mode: who sat with the child ("completed with help from ..."). */
  helpedBy: { name: string; role: string } | null;
};

/**
 * The contributions expected for these reviews, with the statements that belong to each review:
 * those written for it, and those sent since the last review was held. The young person's view is
 * always expected; so is a form from each carer and parent allocated now, and from anyone else
 * asked. Six queries in all, whatever the number of reviews.
 */
export function contributionsFor(user: SignedIn, items: ReviewKey[], today: string) {
  const db = getDb();
  const reviewIds = items.map((i) => i.review.id);
  const youngPersonIds = [...new Set(items.map((i) => i.review.youngPersonId))];
  if (!reviewIds.length) return new Map<string, ReturnType<typeof build>>();

  const requests = db
    .select()
    .from(consultationRequests)
    .where(
      and(
        inArray(consultationRequests.reviewId, reviewIds),
        isNull(consultationRequests.cancelledAt),
      ),
    )
    .orderBy(desc(consultationRequests.createdAt))
    .all();

  const adults = currentAllocationNames(youngPersonIds, today).filter(
    (a) => a.relationship === "carer" || a.relationship === "parent",
  );

  const sent = db
    .select({
      id: statements.id,
      youngPersonId: statements.youngPersonId,
      authorUserId: statements.authorUserId,
      authorName: author.displayName,
      templateId: statements.templateId,
      templateVersion: statements.templateVersion,
      reviewId: statements.reviewId,
      requestId: statements.requestId,
      submittedAt: statements.submittedAt,
      isUrgent: statements.isUrgent,
      answers: statements.answers,
      helperName: helper.displayName,
      helperRole: helper.role,
    })
    .from(statementReaders)
    .innerJoin(statements, eq(statements.id, statementReaders.statementId))
    .innerJoin(author, eq(author.id, statements.authorUserId))
    .leftJoin(helper, eq(helper.id, statements.helpedBy))
    .leftJoin(statementWithdrawals, eq(statementWithdrawals.statementId, statements.id))
    .where(and(sharedWithReader(user), inArray(statements.youngPersonId, youngPersonIds)))
    .orderBy(desc(statements.submittedAt))
    .all();

  const requestIds = requests.map((r) => r.id);
  const drafts = new Set(
    requestIds.length
      ? db
          .select({ requestId: statements.requestId })
          .from(statements)
          .where(and(inArray(statements.requestId, requestIds), eq(statements.status, "draft")))
          .all()
          .map((d) => d.requestId)
      : [],
  );

  const sentIds = sent.map((s) => s.id);
  const readByMe = new Set(
    sentIds.length
      ? db
          .selectDistinct({ statementId: statementReads.statementId })
          .from(statementReads)
          .where(
            and(eq(statementReads.userId, user.id), inArray(statementReads.statementId, sentIds)),
          )
          .all()
          .map((r) => r.statementId)
      : [],
  );

  function build(item: ReviewKey) {
    const { review, lastHeldOn } = item;
    const since = review.status === "held" ? null : lastHeldOn;
    const own = sent.filter(
      (s) =>
        s.youngPersonId === review.youngPersonId &&
        (s.reviewId === review.id ||
          (s.reviewId === null && review.status !== "held" && (!since || s.submittedAt! > since))),
    );
    const forReview = requests.filter((r) => r.reviewId === review.id);

    const contribution = (
      kind: ContributionKind,
      request: (typeof requests)[number] | undefined,
      form: (typeof own)[number] | undefined,
      person: Contribution["person"],
    ): Contribution => ({
      kind,
      state: contributionState(
        {
          requestDueOn: request?.dueOn ?? null,
          started: request ? drafts.has(request.id) : false,
          sent: !!form,
          readByIro: form ? readByMe.has(form.id) : false,
        },
        today,
      ),
      dueOn: request?.dueOn ?? null,
      requestId: request?.id ?? null,
      person,
      helpedBy:
        form?.helperName && form.helperRole
          ? { name: form.helperName, role: form.helperRole }
          : null,
    });

    const childRequest = forReview.find((r) => r.kind === "young_person");
    const view =
      own.find((s) => childRequest && s.requestId === childRequest.id) ??
      own.find((s) => viewTemplates.includes(s.templateId));
    const contributions = [contribution("young_person", childRequest, view, null)];

    // Carers and parents: those allocated now, then anyone else asked or who sent a form.
    const people = new Map<string, { kind: "carer" | "parent"; name: string }>();
    for (const a of adults.filter((a) => a.youngPersonId === review.youngPersonId))
      people.set(a.userId, { kind: a.relationship as "carer" | "parent", name: a.displayName });
    for (const r of forReview.filter((r) => r.kind === "carer" || r.kind === "parent"))
      if (!people.has(r.recipientUserId))
        people.set(r.recipientUserId, { kind: r.kind as "carer" | "parent", name: "" });
    for (const s of own.filter((s) => adultTemplates.includes(s.templateId)))
      if (!people.has(s.authorUserId))
        people.set(s.authorUserId, {
          kind: s.templateId === contributionTemplate.carer ? "carer" : "parent",
          name: s.authorName,
        });
    for (const [userId, { kind, name }] of people) {
      const request = forReview.find((r) => r.kind === kind && r.recipientUserId === userId);
      const form =
        own.find((s) => request && s.requestId === request.id) ??
        own.find((s) => s.authorUserId === userId && s.templateId === contributionTemplate[kind]);
      contributions.push(
        contribution(kind, request, form, { userId, name: name || form?.authorName || "" }),
      );
    }
    return {
      contributions,
      readiness: readiness(contributions),
      statements: own.map((s) => ({ ...s, isRead: readByMe.has(s.id) })),
    };
  }

  return new Map(items.map((item) => [item.review.id, build(item)]));
}
