import { asc, eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { reviewMeetings, type Review } from "#db/schema";
import { formatDate } from "~/i18n/format";
import { fullName } from "~/young-people/names";
import { documentHeader, en, enAs, recordSubject, type DocumentHeader } from "./header.server";

/*
 * A recorded (held) review for the case record: the record (meetings, who attended), the
 * participation (did the young person attend, chair, how their views were given, the PN code)
 * and the key decisions, with when they were circulated. Labels are the review pages' own, in
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

export function reviewDocument(review: Review, madeBy: string): ReviewDocument {
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
    ],
  };
}
