import type { SerializeFrom } from "@remix-run/node";
import type { SignedIn } from "~/auth/require-user.server";
import { languagesNeedingInterpreter, type Answers } from "~/consultation/answers";
import { formatDateTime, formatOptionalDate } from "~/i18n/format";
import { getLanguage } from "~/i18n/languages";
import { ageOn, daysBetween } from "~/dates/calendar";
import { listReviewsOf, reviewDate } from "./allocated-reviews.server";
import { contributorsFor } from "./consultation-requests.server";
import type { Contribution } from "./contributions.server";
import { defaultRequestDueOn, reviewPreparation } from "./preparation.server";
import { suggestedParticipationCode } from "./participation";
import { isHeldOnTime, isSeriesTooLong, reviewCompletedOn } from "./series";
import { listCurrentAllocationNames } from "~/young-people/young-people.server";
import { fullName } from "~/young-people/names";

/*
 * A review's preparation page as the IRO reads it: dates in the IRO's language, every state a
 * code the view turns into words. (The queue across the caseload is ./queue-view.server.)
 */

const date = formatOptionalDate;

export function preparationView(user: SignedIn, reviewId: string | undefined, lng: string) {
  const { item, prep, interpreting, alerts, meetings, settings, today } = reviewPreparation(
    user,
    reviewId,
  );
  const { review } = item;
  const language = getLanguage(item.preferredLanguage);
  return {
    youngPerson: {
      id: review.youngPersonId,
      name: fullName(item),
      age: ageOn(item.dateOfBirth, today),
      language: {
        code: language.code,
        ownName: language.ownName,
        englishName: language.englishName,
      },
      needsInterpreter: item.needsInterpreter,
      hasAccount: !!item.youngPersonUserId,
    },
    review: {
      id: review.id,
      kind: review.kind,
      status: review.status,
      dueOn: date(review.dueOn, lng)!,
      plannedOn: date(review.plannedOn, lng),
      plannedOnIso: review.plannedOn ?? "",
      place: review.place ?? "",
      afterDue: !!review.plannedOn && review.plannedOn > review.dueOn,
      daysLeft: daysBetween(today, review.dueOn),
      meetings: meetings.map((m) => date(m, lng)!),
      ...heldView(review, meetings, settings.closureDays, lng),
      attendees: review.attendees ?? [],
      childAttended: review.childAttended,
      childChaired: review.childChaired,
      participationCode: review.participationCode,
      viewsConveyed: review.viewsConveyed,
      lateReason: review.lateReason,
      lateReasonOther: review.lateReasonOther ?? "",
      decisions: review.decisions ?? [],
      decisionsDueOn: date(review.decisionsDueOn, lng),
      decisionsOverdue:
        !!review.decisionsDueOn && !review.decisionsCirculatedOn && review.decisionsDueOn < today,
      decisionsCirculatedOn: date(review.decisionsCirculatedOn, lng),
    },
    nextReview: nextPlanned(review.youngPersonId, review.id, lng),
    readiness: prep.readiness,
    contributions: prep.contributions.map((c) => ({
      ...c,
      dueOn: date(c.dueOn, lng),
      dueOnIso: c.dueOn,
    })),
    defaultRequestDueOn: defaultRequestDueOn(review, settings, today),
    // Who can be asked now, with whether they have been asked (those who sent theirs are left out).
    contributors: review.status === "planned" ? askable(item, prep.contributions) : [],
    today,
    statements: prep.statements.map((s) => {
      const requested = interpreting.filter((i) => i.statementId === s.id);
      return {
        id: s.id,
        templateId: s.templateId,
        submittedAt: formatDateTime(s.submittedAt!, lng),
        isRead: s.isRead,
        isUrgent: s.isUrgent,
        interpreterLanguages: languagesNeedingInterpreter(s.answers as Answers, lng),
        interpreterRequested: requested.filter((r) => !r.doneAt).length,
        from:
          s.templateId === "carer-review" || s.templateId === "parent-views" ? s.authorName : null,
        helpedBy: s.helperName && s.helperRole ? { name: s.helperName, role: s.helperRole } : null,
        parentInterpreter: parentInterpreter(s.templateId, s.answers as Answers),
      };
    }),
    alerts: alerts.map((a) => ({
      id: a.id,
      statementId: a.statementId,
      raisedAt: formatDateTime(a.raisedAt, lng),
      acknowledgedAt: a.acknowledgedAt ? formatDateTime(a.acknowledgedAt, lng) : null,
      acknowledgedBy: a.acknowledgedBy,
    })),
    record: {
      people: listCurrentAllocationNames(review.youngPersonId)
        .filter((p) => p.relationship !== "iro")
        .map((p) => ({ name: p.displayName, relationship: p.relationship })),
      suggestedAbsent: suggestedParticipationCode({
        attended: false,
        ageOnDay: ageOn(item.dateOfBirth, review.heldOn ?? reviewDate(review)),
        sentStatement: prep.readiness.youngPersonView !== "missing",
      }),
    },
  };
}

export type PreparationView = SerializeFrom<typeof preparationView>;

/**
 * A held review's date (its first meeting), whether that was on time, and whether its last
 * meeting came too long after the first. Rows without meetings count their held date as the one.
 */
function heldView(
  review: { dueOn: string; heldOn: string | null; completedOn: string | null },
  meetings: readonly string[],
  closureDays: readonly string[],
  lng: string,
) {
  if (!review.heldOn) return { held: null };
  const days = meetings.length ? meetings : [review.heldOn];
  return {
    held: {
      on: date(review.heldOn, lng)!,
      onTime: isHeldOnTime(review.dueOn, days),
      completedOn: date(reviewCompletedOn(review), lng)!,
      seriesTooLong: isSeriesTooLong(days, closureDays),
    },
  };
}

function askable(
  item: Parameters<typeof contributorsFor>[0],
  contributions: ReadonlyArray<Contribution>,
) {
  return contributorsFor(item).flatMap((c) => {
    const found = contributions.find((x) =>
      c.kind === "young_person" ? x.kind === "young_person" : x.person?.userId === c.userId,
    );
    if (found && (found.state === "sent" || found.state === "read")) return [];
    return [{ key: c.key, kind: c.kind, name: c.name, asked: !!found?.requestId }];
  });
}

/** After a review is held: the next one, with its new due date. */
function nextPlanned(youngPersonId: string, reviewId: string, lng: string) {
  const next = listReviewsOf(youngPersonId).find(
    (r) => r.status === "planned" && r.id !== reviewId,
  );
  return next ? { id: next.id, dueOn: date(next.dueOn, lng)! } : null;
}

/** A parent who asked for an interpreter at the meeting, and in which language (as they wrote it). */
function parentInterpreter(templateId: string, answers: Answers) {
  if (templateId !== "parent-views" || answers.interpreter !== "yes") return null;
  const language = answers.interpreterLanguage;
  return {
    language:
      language && typeof language === "object" && "text" in language ? String(language.text) : "",
  };
}
