import { and, asc, desc, eq, inArray, isNull, lte, notInArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "#db/db.server";
import {
  allocations,
  consultationRequests,
  interpreterRequests,
  reviewMeetings,
  reviews,
  statementReaders,
  statementReads,
  statementReplies,
  statements,
  statementWithdrawals,
  urgentAlerts,
  users,
  youngPeople,
  type ContributionKind,
  type Review,
} from "#db/schema";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import { sharedStatements, sharedWithReader } from "~/consultation/statements.server";
import { currentAllocation, currentAllocationNames } from "~/young-people/young-people.server";
import { contributionState, queueDays, readiness, type ContributionState } from "./readiness";
import { addWorkingDays, subtractWorkingDays } from "~/dates/working-days";
import { organisationSettings, type OrganisationSettings } from "~/organisations/settings.server";

/*
 * What an IRO (or social worker) needs to prepare reviews: one review's preparation page and the
 * queue across the caseload. Each runs a fixed number of queries whatever the caseload size:
 * everything for many reviews is fetched with one `in (...)` per table, never one query per row.
 */

/** The forms that give the young person's view for a review, by review kind. */
export const viewTemplateFor = { looked_after: "getting-ready", pathway_plan: "pathway-plan" };
/** Forms that count as the young person's view (with "My say", for younger children). */
const viewTemplates = [...Object.values(viewTemplateFor), "my-say"];

/** The day a review takes place: its planned date, or its due date until one is planned. */
export const reviewDate = (review: Pick<Review, "plannedOn" | "dueOn">) =>
  review.plannedOn ?? review.dueOn;

/** Default due date of a consultation request: N working days before the review, never in the past. */
export function defaultRequestDueOn(
  review: Pick<Review, "plannedOn" | "dueOn">,
  settings: OrganisationSettings,
  today: string,
) {
  const due = subtractWorkingDays(
    reviewDate(review),
    settings.consultationLeadDays,
    settings.closureDays,
  );
  return due < today ? today : due;
}

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
function allocatedReviews(user: SignedIn, scope: Scope, condition: SQL | undefined) {
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

type ReviewKey = Pick<AllocatedReview, "review" | "lastHeldOn" | "youngPersonUserId">;

/** The form each kind of contributor fills in (the young person's depends on the review). */
export const contributionTemplate = { carer: "carer-review", parent: "parent-views" } as const;
const adultTemplates: string[] = Object.values(contributionTemplate);

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
function contributionsFor(user: SignedIn, items: ReviewKey[], today: string) {
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

/** The preparation page of one review. */
export function reviewPreparation(user: SignedIn, reviewId: string | undefined) {
  const today = todayInEngland();
  const item = getAllocatedReview(user, reviewId, today);
  const prep = contributionsFor(user, [item], today).get(item.review.id)!;
  const db = getDb();
  const statementIds = prep.statements.map((s) => s.id);
  const interpreting = statementIds.length
    ? db
        .select()
        .from(interpreterRequests)
        .where(inArray(interpreterRequests.statementId, statementIds))
        .all()
    : [];
  const alertSince = item.lastHeldOn && item.review.status !== "held" ? item.lastHeldOn : "";
  const alerts = db
    .select({
      id: urgentAlerts.id,
      statementId: urgentAlerts.statementId,
      raisedAt: urgentAlerts.raisedAt,
      acknowledgedAt: urgentAlerts.acknowledgedAt,
      acknowledgedBy: users.displayName,
    })
    .from(urgentAlerts)
    .leftJoin(users, eq(users.id, urgentAlerts.acknowledgedBy))
    .where(
      and(
        eq(urgentAlerts.youngPersonId, item.review.youngPersonId),
        sql`(${urgentAlerts.acknowledgedAt} is null or ${urgentAlerts.raisedAt} >= ${alertSince})`,
      ),
    )
    .orderBy(desc(urgentAlerts.raisedAt))
    .all();
  const meetings = db
    .select({ heldOn: reviewMeetings.heldOn })
    .from(reviewMeetings)
    .where(eq(reviewMeetings.reviewId, item.review.id))
    .orderBy(asc(reviewMeetings.heldOn))
    .all()
    .map((m) => m.heldOn);
  const settings = organisationSettings(user.organisationId);
  return { item, prep, interpreting, alerts, meetings, settings, today };
}

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
