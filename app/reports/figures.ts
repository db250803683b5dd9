import { childForms } from "~/organisations/forms-offered";
import type { LateReason } from "~/reviews/lateness";
import type { ParticipationReport } from "./participation.server";
import type { Period } from "./period";
import type { ReportAgeBand } from "./scope.server";

/*
 * The shapes of the annual report's ten figures (issue 16): what each figure's module computes
 * from the records and what the page, its CSV downloads and the PDF show. Counts only — no names —
 * except the list of late reviews, which the page shows to the people who may see those children.
 * Percentages are computed by `percentage()` (null for none of none, never a division by zero).
 */

/** 1. Reviews held (on their first meeting), on time (held on or before the due date), late ones. */
export type ReviewsFigure = {
  held: number;
  onTime: number;
  late: number;
  /** Late reviews by reason; "not-recorded" for late reviews recorded before reasons were asked. */
  lateByReason: Record<LateReason | "not-recorded", number>;
  /** Every late review, latest first (the page lists them; the CSV gives case references). */
  lateReviews: {
    reviewId: string;
    youngPersonId: string;
    name: string;
    caseReference: string | null;
    dueOn: string;
    heldOn: string;
    /** Calendar days after the due date. */
    daysLate: number;
    reason: LateReason | null;
    reasonOther: string | null;
  }[];
  /** One entry per month of the period, oldest first ("YYYY-MM"). */
  byMonth: { month: string; held: number; onTime: number }[];
};

/** 3. Statements from the young person linked to a review held in the period and sent before it. */
export type ViewsBeforeFigure = {
  held: number;
  withStatement: number;
  byAgeBand: { band: ReportAgeBand; held: number; withStatement: number }[];
  /** Language of the statement (the language code); only reviews that had one. */
  byLanguage: { language: string; withStatement: number }[];
  /** Alone, or in together mode with a named helper. */
  byHow: { alone: number; together: number };
  /** Young people who chaired part of their review (of reviews held, by age band). */
  chaired: number;
  chairedByAgeBand: { band: ReportAgeBand; held: number; chaired: number }[];
};

/** The forms a child (the forms a council may offer) or an adult sends, as the report lists them. */
export const useForms = [...childForms, "carer-review", "parent-views"] as const;
export type UseForm = (typeof useForms)[number];

/** 4. Statements sent per month by form; distinct young people; months whose use fell. */
export type UseFigure = {
  byMonth: {
    month: string;
    byForm: Record<UseForm, number>;
    total: number;
    /** Distinct young people who sent anything that month. */
    youngPeople: number;
    /**
     * Set when the month's total fell below half the average of the three months before it
     * (needs some use in those three months; never for a month the period only partly covers):
     * that average, to quote in the warning.
     */
    fellBelowHalfOf: number | null;
  }[];
  /** Distinct young people who sent anything in the whole period. */
  youngPeople: number;
  total: number;
};

/** 5. Of reviews held: a carer's form in before the review; a parent's form; parents who came. */
export type CarersParentsFigure = {
  held: number;
  withCarerForm: number;
  withParentForm: number;
  /** Reviews where the record lists a parent among those who attended. */
  parentAttended: number;
};

/** 6. Children allocated to each IRO on the last day of the period, and per full-time IRO. */
export type CaseloadsFigure = {
  onDay: string;
  iros: {
    userId: string;
    name: string;
    children: number;
    /** Working hours as a share of full time; null when administration has not set it. */
    fullTimeEquivalent: number | null;
    /** children / fullTimeEquivalent, one decimal; null when FTE is not set or 0. */
    perFullTime: number | null;
  }[];
  totalChildren: number;
  /** Sum of the FTEs set (0 when none is set). */
  totalFullTimeEquivalent: number;
  /** Children of IROs whose hours are set, per full-time IRO; null when none is set. */
  perFullTime: number | null;
  /** The IRO Handbook's range of children per full-time IRO. */
  handbookRange: readonly [50, 70];
};

/** 7. Decisions circulated and letters issued within the local standard; reading by the child. */
export type AfterReviewFigure = {
  /** Reviews held in the period whose decisions were due (had a due date). */
  decisionsDue: number;
  decisionsInTime: number;
  /** Letters for reviews held in the period that have been issued (first version). */
  lettersIssued: number;
  lettersInTime: number;
  /** Median working days from the review to the first issue; null when none issued. */
  medianWorkingDays: number | null;
  /** Issued letters the young person opened. */
  lettersRead: number;
  byLanguage: { language: string; issued: number; inTime: number; read: number }[];
};

/** 8. Urgent worries raised in the period and how fast someone acknowledged them. */
export type UrgentFigure = {
  raised: number;
  acknowledged: number;
  /** Median minutes from sending to acknowledgement; null when none acknowledged. */
  medianMinutes: number | null;
  /** Acknowledged by the end of the working day it was raised (the next one if raised on a day off). */
  sameWorkingDay: number;
};

export const feedbackAudiences = ["young_person", "carer", "parent", "professional"] as const;
export type FeedbackAudience = (typeof feedbackAudiences)[number];
export const feedbackQuestions = ["listened", "understood", "timePlace"] as const;
export type FeedbackQuestion = (typeof feedbackQuestions)[number];
/** The forms store "not sure" as `not-sure` (`yesNoUnsureCodes`); the report calls it `unsure`. */
export const feedbackAnswers = ["yes", "no", "unsure"] as const;
export type FeedbackAnswer = (typeof feedbackAnswers)[number];

/** 9. Feedback forms sent after reviews held in the period: each answer's count, by who answered. */
export type FeedbackFigure = {
  /** Forms sent, by audience. */
  forms: Record<FeedbackAudience, number>;
  /** counts[question][audience][answer]; "better" (free text) is counted as answered or not. */
  counts: Record<FeedbackQuestion, Record<FeedbackAudience, Record<FeedbackAnswer, number>>>;
  suggestions: Record<FeedbackAudience, number>;
};

/** 10. Children in care on the period's last day. */
export type ChildrenFigure = {
  onDay: string;
  inCare: number;
  unaccompanied: number;
  needsInterpreter: number;
  /** By preferred language (the code), most first. */
  byLanguage: { language: string; children: number }[];
};

/** 11. Monitoring after reviews held in the period, and escalations raised and resolved in it. */
export type MonitoringFigure = {
  held: number;
  /** Reviews held in the period with the IRO's monitoring recorded. */
  withMonitoring: number;
  byRag: Record<"red" | "amber" | "green", number>;
  /** Of those, the cases put under active monitoring. */
  activeMonitoring: number;
  /** The organisation's dispute resolution stages (for their names). */
  stages: { position: number; key: string | null; name: string | null }[];
  /** Raised (at the stage raised at) and resolved (at the stage resolved at), by stage. */
  byStage: { position: number; raised: number; resolved: number }[];
  raised: number;
  resolved: number;
};

/** The whole report for one scope and period. */
export type Report = {
  period: Period;
  organisationName: string;
  /** The IRO whose caseload it is, or null for the whole organisation. */
  iroName: string | null;
  reviews: ReviewsFigure;
  participation: ParticipationReport;
  viewsBefore: ViewsBeforeFigure;
  use: UseFigure;
  carersParents: CarersParentsFigure;
  caseloads: CaseloadsFigure;
  afterReview: AfterReviewFigure;
  urgent: UrgentFigure;
  feedback: FeedbackFigure;
  children: ChildrenFigure;
  monitoring: MonitoringFigure;
};
