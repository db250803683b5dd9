/*
 * Participation codes (DfE SSDA903 "PN" codes) and the rules that keep a recorded review honest.
 * Pure: used by the record form on the server, by its view, and by reports.
 */

export const participationCodes = ["PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"] as const;
export type ParticipationCode = (typeof participationCodes)[number];

/** How the young person's views reached the review. */
export const viewsConveyedMethods = [
  "spoke",
  "own-voice-statement",
  "advocate",
  "carer-or-worker",
  "symbols",
  "not-conveyed",
] as const;
export type ViewsConveyedMethod = (typeof viewsConveyedMethods)[number];

/** Codes a young person who attended may have; the others are for a young person who did not. */
const attendedCodes: readonly ParticipationCode[] = ["PN1", "PN2", "PN3", "PN4"];
const absentCodes: readonly ParticipationCode[] = ["PN5", "PN6", "PN7"];

export type ParticipationFacts = {
  code: ParticipationCode;
  attended: boolean;
  chaired: boolean;
  viewsConveyed: ViewsConveyedMethod;
  /** Age in whole years on the day the review was held (its first meeting). */
  ageOnDay: number;
};

/**
 * What is wrong with a recorded participation, as translation keys by field. Empty when it is
 * consistent: PN0 only (and always) for a child under 4 on the day; PN1–PN4 only if the young
 * person attended, PN5–PN7 only if they did not; chairing needs attending; PN7 means the views were
 * not conveyed, and views "not conveyed" means PN7 (or PN0, PN4).
 */
export function participationProblems(facts: ParticipationFacts): Record<string, string> {
  const problems: Record<string, string> = {};
  const { code, attended, chaired, viewsConveyed, ageOnDay } = facts;
  if (ageOnDay < 4 && code !== "PN0") problems.participationCode = "reviews:errors.pn0Required";
  else if (ageOnDay >= 4 && code === "PN0") problems.participationCode = "reviews:errors.pn0Age";
  else if (attended && absentCodes.includes(code))
    problems.participationCode = "reviews:errors.codeNeedsAbsent";
  else if (!attended && attendedCodes.includes(code))
    problems.participationCode = "reviews:errors.codeNeedsAttended";
  if (chaired && !attended) problems.childChaired = "reviews:errors.chairedNotAttended";
  if (code === "PN7" && viewsConveyed !== "not-conveyed")
    problems.viewsConveyed = "reviews:errors.pn7Conveyed";
  else if (viewsConveyed === "not-conveyed" && !["PN0", "PN4", "PN7"].includes(code))
    problems.viewsConveyed = "reviews:errors.notConveyedCode";
  return problems;
}

/**
 * The code the form suggests: PN0 under 4; PN6 when the young person did not attend but sent a
 * statement for this review; PN1 when they attended. The IRO can always choose another.
 */
export function suggestedParticipationCode(facts: {
  attended: boolean | null;
  ageOnDay: number;
  sentStatement: boolean;
}): ParticipationCode | null {
  if (facts.ageOnDay < 4) return "PN0";
  if (facts.attended === false && facts.sentStatement) return "PN6";
  if (facts.attended === true) return "PN1";
  return null;
}

/** "Participated" in reports: PN1–PN6, for children aged 4 and over. */
export function participated(code: ParticipationCode, ageOnDay: number): boolean {
  return ageOnDay >= 4 && code !== "PN0" && code !== "PN7";
}
