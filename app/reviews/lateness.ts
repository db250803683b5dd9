/*
 * Why a review was late (issue 16): recording a review held after its due date asks for the
 * reason, as IRO annual reports give them. Pure: the record form, the import of past reviews and
 * the reports read it here.
 */

export const lateReasons = [
  "key-person-unavailable",
  "iro-unavailable",
  "young-persons-wish",
  "late-notice-into-care",
  "other",
] as const;
export type LateReason = (typeof lateReasons)[number];

/** Held on or before its due date is on time; the day after is late. Both ISO dates. */
export function heldLate(heldOn: string, dueOn: string): boolean {
  return heldOn > dueOn;
}

/**
 * What is wrong with the lateness part of a record, as translation keys by field: a late review
 * needs a reason, "other" needs words; a review on time takes no reason (it would be counted).
 */
export function latenessProblems(facts: {
  heldOn: string;
  dueOn: string;
  reason: LateReason | null;
  otherText: string;
}): Record<string, string> {
  const late = heldLate(facts.heldOn, facts.dueOn);
  if (!late) return facts.reason ? { lateReason: "reviews:errors.lateReasonOnTime" } : {};
  if (!facts.reason) return { lateReason: "reviews:errors.lateReason" };
  if (facts.reason === "other" && !facts.otherText.trim())
    return { lateReasonOther: "reviews:errors.lateReasonOther" };
  return {};
}
