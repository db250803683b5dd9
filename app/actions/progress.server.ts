import { and, asc, desc, eq, gte, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "#db/db.server";
import {
  actionUpdates,
  allocations,
  reviewActions,
  reviews,
  users,
  youngPeople,
  type ActionOwnerRole,
  type ActionState,
} from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { isStaffRole } from "~/auth/roles";
import { todayInEngland } from "~/dates/calendar";
import { currentAllocation } from "~/young-people/young-people.server";
import { fullName } from "~/young-people/names";
import { ownerRelationships } from "./owners.server";
import { isOpen, isOverdue } from "./rules";

/*
 * Where the decisions of reviews stand: one review's progress ("3 of 5 done"), a child's actions
 * with their history, the counts on an IRO's caseload, and the actions a person owns. Callers check
 * access first; nothing here is for the young person (see ./child.server).
 */

export type ActionView = {
  id: string;
  reviewId: string;
  youngPersonId: string;
  position: number;
  decision: string;
  state: ActionState;
  dueOn: string | null;
  overdue: boolean;
  ownerUserId: string | null;
  ownerName: string | null;
  ownerRole: ActionOwnerRole | null;
  note: string | null;
};

const actionColumns = {
  action: reviewActions,
  decisions: reviews.decisions,
  ownerName: users.displayName,
};

type ActionRow = {
  action: typeof reviewActions.$inferSelect;
  decisions: string[] | null;
  ownerName: string | null;
};

function toView(row: ActionRow, today: string): ActionView {
  const a = row.action;
  return {
    id: a.id,
    reviewId: a.reviewId,
    youngPersonId: a.youngPersonId,
    position: a.position,
    decision: row.decisions?.[a.position] ?? "",
    state: a.state,
    dueOn: a.dueOn,
    overdue: isOverdue(a, today),
    ownerUserId: a.ownerUserId,
    ownerName: row.ownerName,
    ownerRole: a.ownerRole,
    note: a.note,
  };
}

function selectActions() {
  return getDb()
    .select(actionColumns)
    .from(reviewActions)
    .innerJoin(reviews, eq(reviews.id, reviewActions.reviewId))
    .leftJoin(users, eq(users.id, reviewActions.ownerUserId));
}

/** How many of a review's decisions are done, of how many, and each action, in decision order. */
export function actionProgress(
  reviewId: string,
  today = todayInEngland(),
): { done: number; total: number; actions: ActionView[] } {
  const actions = selectActions()
    .where(eq(reviewActions.reviewId, reviewId))
    .orderBy(asc(reviewActions.position))
    .all()
    .map((r) => toView(r, today));
  return { done: actions.filter((a) => a.state === "done").length, total: actions.length, actions };
}

/**
 * The review whose decisions a review's page follows up: for a review still to be held, the
 * child's last held review before it; for a held one, itself. Null when it has no actions.
 */
export function progressForPreparation(
  review: { id: string; youngPersonId: string; status: string },
  today = todayInEngland(),
) {
  const source =
    review.status === "planned"
      ? getDb()
          .select({ id: reviews.id, heldOn: reviews.heldOn })
          .from(reviews)
          .where(
            and(
              eq(reviews.youngPersonId, review.youngPersonId),
              eq(reviews.status, "held"),
              ne(reviews.id, review.id),
            ),
          )
          .orderBy(desc(reviews.heldOn))
          .get()
      : getDb()
          .select({ id: reviews.id, heldOn: reviews.heldOn })
          .from(reviews)
          .where(eq(reviews.id, review.id))
          .get();
  if (!source) return null;
  const progress = actionProgress(source.id, today);
  if (!progress.total) return null;
  return {
    reviewId: source.id,
    heldOn: source.heldOn,
    isThisReview: source.id === review.id,
    ...progress,
  };
}

export type ActionWithHistory = ActionView & {
  heldOn: string | null;
  history: { state: ActionState; note: string | null; at: string; by: string }[];
};

/** A child's actions, newest review first, each with its history (two queries). */
export function actionsOfChild(
  youngPersonId: string,
  today = todayInEngland(),
): ActionWithHistory[] {
  const rows = getDb()
    .select({ ...actionColumns, heldOn: reviews.heldOn })
    .from(reviewActions)
    .innerJoin(reviews, eq(reviews.id, reviewActions.reviewId))
    .leftJoin(users, eq(users.id, reviewActions.ownerUserId))
    .where(eq(reviewActions.youngPersonId, youngPersonId))
    .orderBy(desc(reviews.heldOn), asc(reviewActions.position))
    .all();
  const ids = rows.map((r) => r.action.id);
  const history = ids.length
    ? getDb()
        .select({
          actionId: actionUpdates.actionId,
          state: actionUpdates.state,
          note: actionUpdates.note,
          at: actionUpdates.at,
          by: users.displayName,
        })
        .from(actionUpdates)
        .innerJoin(users, eq(users.id, actionUpdates.byUserId))
        .where(inArray(actionUpdates.actionId, ids))
        .orderBy(asc(actionUpdates.at))
        .all()
    : [];
  return rows.map((r) => ({
    ...toView(r, today),
    heldOn: r.heldOn,
    history: history.filter((h) => h.actionId === r.action.id),
  }));
}

/** Open and overdue actions per child of this IRO's caseload (children with open ones only). */
export function caseloadActionCounts(user: SignedIn, today = todayInEngland()) {
  const scope = currentAllocation(user, today);
  if (!scope) return [];
  const rows = getDb()
    .select({
      youngPersonId: youngPeople.id,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
      open: sql<number>`count(distinct ${reviewActions.id})`,
      overdue: sql<number>`count(distinct case when ${reviewActions.dueOn} < ${today} then ${reviewActions.id} end)`,
    })
    .from(reviewActions)
    .innerJoin(youngPeople, eq(youngPeople.id, reviewActions.youngPersonId))
    .innerJoin(allocations, eq(allocations.youngPersonId, reviewActions.youngPersonId))
    .where(
      and(
        scope,
        eq(reviewActions.organisationId, user.organisationId),
        inArray(reviewActions.state, ["not_started", "in_progress"]),
      ),
    )
    .groupBy(youngPeople.id)
    .all();
  return rows
    .map((r) => ({
      youngPersonId: r.youngPersonId,
      name: fullName(r),
      open: r.open,
      overdue: r.overdue,
    }))
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.name.localeCompare(b.name));
}

/**
 * The actions this person owns, as `mayChangeAction` decides: named (a carer or parent only while
 * allocated to the child), or by a role they hold for the child today (the social worker's, the
 * carer's actions). Overdue first, then open by due date, then those finished in the last 30 days.
 */
export function actionsOwnedBy(user: SignedIn, today = todayInEngland()) {
  const allocatedToday = (relationship: SQL) => sql`exists (select 1 from ${allocations} al_o
    where al_o.young_person_id = ${reviewActions.youngPersonId} and al_o.user_id = ${user.id}
      and al_o.organisation_id = ${user.organisationId} and ${relationship}
      and al_o.starts_on <= ${today} and (al_o.ends_on is null or al_o.ends_on >= ${today}))`;
  const byRole = allocatedToday(sql`al_o.relationship = ${reviewActions.ownerRole}`);
  const byName = and(
    eq(reviewActions.ownerUserId, user.id),
    isStaffRole(user.role)
      ? undefined
      : allocatedToday(
          sql`al_o.relationship in (${sql.join(
            ownerRelationships.map((r) => sql`${r}`),
            sql`, `,
          )})`,
        ),
  );
  const rows = getDb()
    .select({
      ...actionColumns,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
    })
    .from(reviewActions)
    .innerJoin(reviews, eq(reviews.id, reviewActions.reviewId))
    .innerJoin(youngPeople, eq(youngPeople.id, reviewActions.youngPersonId))
    .leftJoin(users, eq(users.id, reviewActions.ownerUserId))
    .where(
      and(
        eq(reviewActions.organisationId, user.organisationId),
        or(byName, byRole),
        // Finished ones stay 30 days, so the person sees what they did.
        or(
          inArray(reviewActions.state, ["not_started", "in_progress"]),
          gte(reviewActions.updatedAt, new Date(Date.now() - 30 * 86_400_000).toISOString()),
        ),
      ),
    )
    .orderBy(desc(reviewActions.updatedAt))
    .limit(200)
    .all();
  const rank = (a: ActionView) => (a.overdue ? 0 : isOpen(a.state) ? 1 : 2);
  return rows
    .map((r) => ({ ...toView(r, today), childName: fullName(r), childGivenName: r.givenName }))
    .sort((a, b) => rank(a) - rank(b) || (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999"));
}
