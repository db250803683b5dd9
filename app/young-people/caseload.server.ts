import { getLanguage } from "~/i18n/languages";
import { formatDate } from "~/i18n/format";
import { ageOn, daysBetween, todayInEngland } from "~/dates/calendar";
import { organisationSettings } from "~/organisations/settings.server";
import { addWorkingDays } from "~/dates/working-days";
import type { SignedIn } from "~/auth/require-user.server";
import { listAllocatedYoungPeople, type YoungPersonSummary } from "./young-people.server";
import { fullName } from "~/young-people/names";

export type ReviewUrgency = "overdue" | "soon" | "later" | "none";

/** Reviews due within this many days are flagged "due soon". */
export const dueSoonDays = 7;

export function reviewUrgency(dueOn: string | null, today: string): ReviewUrgency {
  if (!dueOn) return "none";
  const days = daysBetween(today, dueOn);
  if (days < 0) return "overdue";
  return days <= dueSoonDays ? "soon" : "later";
}

/** A young person as a row on someone's list, with dates already in the reader's language. */
export function toRow(
  person: YoungPersonSummary,
  lng: string,
  today: string,
  letters?: { withinDays: number; closureDays: readonly string[] },
) {
  const language = getLanguage(person.preferredLanguage);
  const letterDueOn =
    letters && person.letterPendingHeldOn
      ? addWorkingDays(person.letterPendingHeldOn, letters.withinDays, letters.closureDays)
      : null;
  return {
    id: person.id,
    name: fullName(person),
    givenName: person.givenName,
    age: ageOn(person.dateOfBirth, today),
    dateOfBirth: formatDate(person.dateOfBirth, lng),
    serviceArea: person.serviceArea,
    language: { code: language.code, ownName: language.ownName, englishName: language.englishName },
    needsInterpreter: person.needsInterpreter,
    isUnaccompanied: person.isUnaccompanied,
    nextReviewDue: person.nextReviewDue ? formatDate(person.nextReviewDue, lng) : null,
    nextReviewPlanned: person.nextReviewPlanned ? formatDate(person.nextReviewPlanned, lng) : null,
    nextReviewId: person.nextReviewId,
    plannedAfterDue:
      !!person.nextReviewPlanned &&
      !!person.nextReviewDue &&
      person.nextReviewPlanned > person.nextReviewDue,
    openAlerts: person.openAlerts,
    dueSort: person.nextReviewDue,
    plannedSort: person.nextReviewPlanned,
    daysLeft: person.nextReviewDue ? daysBetween(today, person.nextReviewDue) : null,
    urgency: reviewUrgency(person.nextReviewDue, today),
    /** The letter after the last review, not issued yet: when it is due (IROs' lists only). */
    letterDue: letterDueOn
      ? { dueOn: formatDate(letterDueOn, lng), overdue: letterDueOn < today }
      : null,
  };
}

export type YoungPersonRow = ReturnType<typeof toRow>;

export function listRows(user: SignedIn, lng: string, today = todayInEngland()) {
  const settings = user.role === "iro" ? organisationSettings(user.organisationId) : null;
  const letters = settings
    ? { withinDays: settings.letterWithinDays, closureDays: settings.closureDays }
    : undefined;
  return listAllocatedYoungPeople(user, today).map((p) => toRow(p, lng, today, letters));
}
