import type { SignedIn } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { formatDate } from "~/i18n/format";
import { fullName } from "~/young-people/names";
import { listAllocatedYoungPeople } from "~/young-people/young-people.server";
import { lastHeldReview, midwayDueList, type MidwayDue } from "./midway.server";

/** A midway check due, ready to show: its date in the reader's language, overdue or not. */
export type MidwayDueView = { dueOn: string; overdue: boolean; soon: boolean };

const toView = (due: MidwayDue, lng: string): MidwayDueView => ({
  dueOn: formatDate(due.dueOn, lng),
  overdue: due.urgency === "overdue",
  soon: due.urgency === "soon",
});

/** For the caseload: each listed child's midway check due, by young person id. */
export function midwayDueViews(
  user: SignedIn,
  youngPersonIds: readonly string[],
  lng: string,
  today = todayInEngland(),
): Record<string, MidwayDueView> {
  const out: Record<string, MidwayDueView> = {};
  for (const [id, due] of midwayDueList(user.organisationId, youngPersonIds, today))
    out[id] = toView(due, lng);
  return out;
}

/** For the queue: the IRO's children whose midway check is overdue or due within 10 working days. */
export function midwayQueue(user: SignedIn, lng: string, today = todayInEngland()) {
  const people = listAllocatedYoungPeople(user, today);
  const dues = midwayDueList(
    user.organisationId,
    people.map((p) => p.id),
    today,
  );
  return people
    .flatMap((p) => {
      const due = dues.get(p.id);
      return due && due.urgency !== "later" ? [{ ...due, name: fullName(p) }] : [];
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.name.localeCompare(b.name))
    .map((d) => ({ youngPersonId: d.youngPersonId, name: d.name, ...toView(d, lng) }));
}

/** For the child's page: the midway check due (if any), and whether there is a review to follow. */
export function midwayPanel(
  user: SignedIn,
  youngPersonId: string,
  lng: string,
  today = todayInEngland(),
) {
  const due = midwayDueList(user.organisationId, [youngPersonId], today).get(youngPersonId);
  const last = lastHeldReview(youngPersonId);
  return {
    due: due ? toView(due, lng) : null,
    mayRecord: !!last && !last.check,
  };
}
