import { eq, and } from "drizzle-orm";
import type { Tx } from "#db/db.server";
import { actionUpdates, reviewActions, users, type ActionOwnerRole } from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { isoDate } from "~/dates/iso-date";
import { notify } from "~/notifications/notifications.server";
import { isStaffRole } from "~/auth/roles";
import { defaultOwnerValue, ownerFrom, type OwnerChoice } from "./owners.server";

/*
 * The record form's owner and due date for each decision (fields `actionOwner<n>`, `actionDue<n>`,
 * n from 1), and saving them as tracked actions in the same transaction as the record.
 */

export const ownerField = (n: number) => `actionOwner${n}`;
export const dueField = (n: number) => `actionDue${n}`;

export type NewAction = {
  ownerUserId: string | null;
  ownerRole: ActionOwnerRole | null;
  dueOn: string | null;
};

const dueDate = isoDate("actions:errors.dueOn");

/**
 * Each decision's owner and due date from the form, or the message beside each field. A form
 * without any owner field (posted before owners existed) gives every decision to the social worker.
 */
export function reviewActionsFrom(
  formData: FormData,
  decisions: readonly string[],
  choices: readonly OwnerChoice[],
): { ok: true; actions: NewAction[] } | { ok: false; errors: Record<string, string> } {
  const anyOwner = [...formData.keys()].some((k) => k.startsWith("actionOwner"));
  const errors: Record<string, string> = {};
  const actions = decisions.map((_, i): NewAction => {
    const n = i + 1;
    const raw = formData.get(ownerField(n));
    const chosen = typeof raw === "string" ? raw : anyOwner ? "" : defaultOwnerValue;
    const owner = ownerFrom(chosen, choices);
    if (!owner)
      errors[ownerField(n)] = chosen ? "actions:errors.owner" : "actions:errors.ownerMissing";
    const due = formData.get(dueField(n));
    const dueText = typeof due === "string" ? due.trim() : "";
    if (dueText && !dueDate.safeParse(dueText).success)
      errors[dueField(n)] = "actions:errors.dueOn";
    return {
      ownerUserId: owner?.ownerUserId ?? null,
      ownerRole: owner?.ownerRole ?? null,
      dueOn: dueText || null,
    };
  });
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, actions };
}

/**
 * One action per decision (its position), each with its first history row; a named owner is told.
 * Recording again (never twice in use) updates the owner and due date at the same positions.
 */
export function saveReviewActions(
  tx: Tx,
  user: SignedIn,
  review: { id: string; youngPersonId: string },
  actions: readonly NewAction[],
) {
  actions.forEach((action, position) => {
    const existing = tx
      .select({ id: reviewActions.id })
      .from(reviewActions)
      .where(and(eq(reviewActions.reviewId, review.id), eq(reviewActions.position, position)))
      .get();
    if (existing) {
      tx.update(reviewActions)
        .set({ ...action, updatedAt: new Date().toISOString() })
        .where(eq(reviewActions.id, existing.id))
        .run();
      return;
    }
    const id = tx
      .insert(reviewActions)
      .values({
        organisationId: user.organisationId,
        reviewId: review.id,
        youngPersonId: review.youngPersonId,
        position,
        ...action,
      })
      .returning({ id: reviewActions.id })
      .get().id;
    tx.insert(actionUpdates)
      .values({
        organisationId: user.organisationId,
        actionId: id,
        state: "not_started",
        byUserId: user.id,
      })
      .run();
    const link =
      action.ownerUserId && action.ownerUserId !== user.id
        ? ownerLink(tx, action.ownerUserId, id)
        : null;
    if (link && action.ownerUserId)
      notify(
        {
          organisationId: user.organisationId,
          recipientUserId: action.ownerUserId,
          kind: "action",
          link,
          dueOn: action.dueOn,
          dedupeKey: `action:${id}`,
        },
        tx,
      );
  });
}

/**
 * Where a named owner updates the action: staff on the actions page, a carer or parent on their
 * own (see ./owner-page.server). Anyone else is not sent a link.
 */
function ownerLink(tx: Tx, userId: string, actionId: string) {
  const row = tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).get();
  if (!row) return null;
  if (row.role === "carer" || row.role === "parent") return `/${row.role}/actions/${actionId}`;
  return isStaffRole(row.role) ? `/actions/${actionId}` : null;
}
