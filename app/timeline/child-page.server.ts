import type { SignedIn } from "~/auth/require-user.server";
import { listContacts } from "~/contacts/contacts.server";
import { midwayPanel } from "~/midway/view.server";
import { parseTimelineFilter } from "./timeline";
import { childTimeline } from "./timeline.server";

/** The query parameter of the timeline's filter form. */
const param = "timeline";

/** The child's timeline for this reader, filtered from the page's address (call after the access check). */
export function timelineSection(
  request: Request,
  user: SignedIn,
  youngPersonId: string,
  lng: string,
) {
  const filter = parseTimelineFilter(new URL(request.url).searchParams.get(param));
  return { filter, entries: childTimeline(user, youngPersonId, filter, lng) };
}

/**
 * Everything between reviews on the IRO's page for a child: the midway check due, the contact log
 * and the timeline, and which was just saved (call after the access check).
 */
export function betweenReviewsForIro(
  request: Request,
  user: SignedIn,
  youngPersonId: string,
  lng: string,
) {
  const search = new URL(request.url).searchParams;
  return {
    saved: search.get("midway") ? "midway" : search.get("contact") ? "contact" : null,
    midway: midwayPanel(user, youngPersonId, lng),
    contacts: listContacts(youngPersonId, lng),
    timeline: timelineSection(request, user, youngPersonId, lng),
  };
}

export type BetweenReviews = ReturnType<typeof betweenReviewsForIro>;
