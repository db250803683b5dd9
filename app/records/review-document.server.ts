import { asc, eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { reviewMeetings, type Review } from "#db/schema";
import { collectStaffRecords, type StaffRecords } from "~/rights/staff-records.server";
import { formatDate } from "~/i18n/format";
import { fullName } from "~/young-people/names";
import { documentHeader, en, enAs, recordSubject, type DocumentHeader } from "./header.server";

/*
 * A recorded (held) review for the case record: the record (meetings, who attended), the
 * participation (did the young person attend, chair, how their views were given, the PN code)
 * and the key decisions, with when they were circulated; then (issue 18) each decision's action
 * (owner, due date, where it stands), the team manager's answer and the monitoring form. Labels are the review pages' own, in
 * English, so the record says what the IRO saw when recording it.
 */

export type ReviewDocument = {
  header: DocumentHeader;
  sections: { heading: string; rows: { label: string; value: string | string[] }[] }[];
};

/** The date a review belongs to in the case record: the day it was held (its first meeting). */
export const reviewRecordDate = (review: Pick<Review, "heldOn" | "dueOn">) =>
  review.heldOn ?? review.dueOn;

export const reviewTitle = (review: Pick<Review, "kind">) => enAs("reviews")(`kind.${review.kind}`);

export function reviewDocument(
  review: Review,
  madeBy: string,
  staff: StaffRecords = collectStaffRecords(review.organisationId, review.youngPersonId),
): ReviewDocument {
  const subject = recordSubject(review.youngPersonId);
  const t = enAs("reviews");
  const date = (d: string | null) => (d ? formatDate(d, "en") : "—");
  const yesNo = (v: boolean | null) => (v ? t("record.yes") : t("record.no"));
  const meetings = getDb()
    .select({ heldOn: reviewMeetings.heldOn })
    .from(reviewMeetings)
    .where(eq(reviewMeetings.reviewId, review.id))
    .orderBy(asc(reviewMeetings.heldOn))
    .all()
    .map((m) => date(m.heldOn));
  const lateReason = review.lateReason
    ? `${t(`lateReasons.${review.lateReason}`)}${review.lateReason === "other" && review.lateReasonOther ? `: ${review.lateReasonOther}` : ""}`
    : null;
  const record = [
    { label: t("record.heldOn"), value: date(review.heldOn) },
    { label: en("document.review.dueOn"), value: date(review.dueOn) },
    ...(lateReason ? [{ label: t("record.lateReasonShown"), value: lateReason }] : []),
    { label: t("record.meetings"), value: meetings.length ? meetings : [date(review.heldOn)] },
    ...(review.place ? [{ label: en("document.review.place"), value: review.place }] : []),
    { label: t("record.attendees"), value: review.attendees?.length ? review.attendees : ["—"] },
  ];
  const participation = [
    {
      label: t("record.childAttended", { name: fullName(subject) }),
      value: yesNo(review.childAttended),
    },
    { label: t("record.childChaired"), value: yesNo(review.childChaired) },
    ...(review.viewsConveyed
      ? [{ label: t("record.viewsConveyed"), value: t(`views.${review.viewsConveyed}`) }]
      : []),
    ...(review.participationCode
      ? [
          {
            label: t("record.participationCode"),
            value: `${review.participationCode}: ${t(`pn.${review.participationCode}`)}`,
          },
        ]
      : []),
  ];
  const decisions = [
    { label: t("record.decisions"), value: review.decisions?.length ? review.decisions : ["—"] },
    {
      label: t("record.decisionsDue"),
      value: review.decisionsCirculatedOn
        ? t("record.circulatedOn", { date: date(review.decisionsCirculatedOn) })
        : date(review.decisionsDueOn),
    },
  ];
  return {
    header: documentHeader(
      subject,
      "review",
      reviewTitle(review),
      reviewRecordDate(review),
      madeBy,
    ),
    sections: [
      { heading: en("document.review.record"), rows: record },
      { heading: en("document.review.participation"), rows: participation },
      { heading: en("document.review.decisions"), rows: decisions },
      ...betweenSections(review, staff),
    ],
  };
}

/** The review's actions, the team manager's answer and the monitoring form, when recorded. */
function betweenSections(review: Review, records: StaffRecords): ReviewDocument["sections"] {
  const ta = enAs("actions");
  const tm = enAs("monitoring");
  const tc = enAs("common");
  const date = (d: string | null) => (d ? formatDate(d, "en") : "—");
  const actions = records.actions.filter((a) => a.reviewId === review.id);
  const agreement = records.agreements.find((a) => a.reviewId === review.id);
  const monitoring = records.monitoring.find((m) => m.reviewId === review.id);
  const sections: ReviewDocument["sections"] = [];
  if (actions.length)
    sections.push({
      heading: en("document.review.actions"),
      rows: actions.map((a) => ({
        label: review.decisions?.[a.position] ?? `${a.position + 1}`,
        value: [
          `${en("between.who")}: ${a.owner ?? (a.ownerRole ? ta(`ownerRoles.${a.ownerRole}`) : ta("noOwner"))}`,
          `${en("between.due")}: ${date(a.dueOn)}`,
          `${en("between.state")}: ${ta(`states.${a.state}`)}${a.note ? `. ${a.note}` : ""}`,
        ],
      })),
    });
  if (agreement)
    sections.push({
      heading: en("document.review.agreement"),
      rows: [
        {
          label: agreement.manager,
          value:
            agreement.response && agreement.respondedAt
              ? `${ta(agreement.response === "agreed" ? "agreement.agreed" : "agreement.disagreed", { name: agreement.manager, date: date(agreement.respondedAt) })}${agreement.reason ? ` ${agreement.reason}` : ""}`
              : en("between.agreements.waiting", {
                  name: agreement.manager,
                  date: date(agreement.dueOn),
                }),
        },
      ],
    });
  if (monitoring)
    sections.push({
      heading: en("document.review.monitoring"),
      rows: [
        { label: tm("form.planQuality"), value: tm(`planQuality.${monitoring.planQuality}`) },
        {
          label: en("between.monitoring.currentAssessment"),
          value: tc(monitoring.currentAssessment ? "yes" : "no"),
        },
        { label: en("between.rag"), value: tm(`rag.${monitoring.rag}`) },
        {
          label: en("between.monitoring.activeMonitoring"),
          value: tc(monitoring.activeMonitoring ? "yes" : "no"),
        },
        {
          label: tm("form.concerns"),
          value: monitoring.concerns.length
            ? monitoring.concerns.map((c) => tm(`themes.${c}`))
            : tm("page.noThemes"),
        },
        ...(monitoring.note ? [{ label: en("between.note"), value: monitoring.note }] : []),
      ],
    });
  return sections;
}
