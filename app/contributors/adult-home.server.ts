import type { SignedIn } from "~/auth/require-user.server";
import { listOwnStatements } from "~/consultation/sending.server";
import { formatDate, formatDateTime } from "~/i18n/format";
import { contributionTemplate } from "~/reviews/contributions.server";
import { reviewDate } from "~/reviews/allocated-reviews.server";
import { openRequestsFor } from "~/reviews/consultation-requests.server";
import { listAllocatedYoungPeople } from "~/young-people/young-people.server";
import { carerLetters } from "~/letters/reading.server";
import { fullName } from "~/young-people/names";

/**
 * A carer's or parent's home: each child allocated to them now, with the next review, any request
 * waiting for them, and the forms they sent (with who has read them). Nothing of the child's own
 * statements. A child whose placement has ended is not listed, nor are forms about them.
 */
export function adultHome(user: SignedIn & { role: "carer" | "parent" }, lng: string) {
  const children = listAllocatedYoungPeople(user);
  const requests = openRequestsFor(user);
  const sent = listOwnStatements(user);
  // A carer sees a child's letter only if the child agreed (DESIGN.md "Who may see what").
  const shared =
    user.role === "carer"
      ? carerLetters(
          user,
          children.map((c) => c.id),
        )
      : [];
  return {
    templateId: contributionTemplate[user.role],
    children: children.map((child) => {
      const next = child.nextReviewDue
        ? reviewDate({ plannedOn: child.nextReviewPlanned, dueOn: child.nextReviewDue })
        : null;
      return {
        id: child.id,
        name: fullName(child),
        nextReview: next ? formatDate(next, lng) : null,
        requests: requests
          .filter((r) => r.youngPersonId === child.id)
          .map((r) => ({
            id: r.id,
            isFeedback: r.kind === "feedback",
            templateId: r.templateId,
            requestedBy: r.requestedBy,
            dueOn: formatDate(r.dueOn, lng),
            reviewOn: formatDate(r.reviewOn, lng),
          })),
        letters: shared
          .filter((l) => l.youngPersonId === child.id)
          .map((l) => ({ id: l.letterId, heldOn: formatDate(l.heldOn ?? l.issuedAt, lng) })),
        sent: sent
          .filter((s) => s.youngPersonId === child.id)
          .map((s) => ({
            id: s.id,
            templateId: s.templateId,
            submittedAt: formatDateTime(s.submittedAt, lng),
            readBy: s.readBy.map((r) => ({ name: r.displayName, at: formatDateTime(r.at, lng) })),
          })),
      };
    }),
  };
}
