import type { SignedIn } from "~/auth/require-user.server";
import { formatDate, formatDateTime } from "~/i18n/format";
import { agreementForReview, disagreementsFor } from "./agreements.server";
import { actionsOfChild, actionsOwnedBy, progressForPreparation } from "./progress.server";
import { actionRowView } from "./view.server";

/*
 * What each shared page loads for its actions section, in one call each (the pages add one line):
 * dates written in the reader's language. Callers have checked access to the child or review.
 */

/** `/worker`: "Actions for you". */
export function actionsForYouView(user: SignedIn, lng: string) {
  return actionsOwnedBy(user).map((a) => actionRowView(a, lng));
}

/** The IRO's child page: every action of the child's reviews. */
export function childActionsView(youngPersonId: string, lng: string) {
  return actionsOfChild(youngPersonId).map((a) => ({
    ...actionRowView(a, lng),
    heldOn: a.heldOn ? formatDate(a.heldOn, lng) : null,
  }));
}

/** A review's page: the last review's actions (or this one's once held), and the agreement. */
export function reviewActionsView(
  user: SignedIn,
  review: { id: string; youngPersonId: string; status: string },
  lng: string,
) {
  const progress = progressForPreparation(review);
  const agreement = agreementForReview(user, review);
  return {
    progress: progress
      ? {
          ...progress,
          heldOn: progress.heldOn ? formatDate(progress.heldOn, lng) : null,
          actions: progress.actions.map((a) => actionRowView(a, lng)),
        }
      : null,
    agreement: {
      ...agreement,
      agreement: agreement.agreement
        ? {
            ...agreement.agreement,
            dueOn: formatDate(agreement.agreement.dueOn, lng),
            respondedAt: agreement.agreement.respondedAt
              ? formatDateTime(agreement.agreement.respondedAt, lng)
              : null,
          }
        : null,
    },
  };
}

/** The IRO's queue: "Disagreements with decisions". */
export function disagreementsView(user: SignedIn, lng: string) {
  return disagreementsFor(user).map((d) => ({
    ...d,
    respondedAt: formatDateTime(d.respondedAt, lng),
  }));
}
