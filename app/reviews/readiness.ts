/*
 * What a review has in and what it still misses. A review expects a list of contributions (the
 * young person's view now; carers' and parents' forms later), each in one state. Pure.
 */

/** The preparation queue looks this many days ahead. */
export const queueDays = 28;

export const contributionStates = [
  "not-requested",
  "requested",
  "started",
  "overdue",
  "sent",
  "read",
] as const;
export type ContributionState = (typeof contributionStates)[number];

export type ContributionFacts = {
  /** The request's due date, if someone asked for it. */
  requestDueOn: string | null;
  /** A draft has been started for it. */
  started: boolean;
  /** It has been sent. */
  sent: boolean;
  /** The IRO has opened what was sent. */
  readByIro: boolean;
};

export function contributionState(facts: ContributionFacts, today: string): ContributionState {
  if (facts.sent) return facts.readByIro ? "read" : "sent";
  if (facts.requestDueOn && facts.requestDueOn < today) return "overdue";
  if (facts.started) return "started";
  if (facts.requestDueOn) return "requested";
  return "not-requested";
}

export type Readiness = {
  /** Contributions sent (read or not). */
  in: number;
  expected: number;
  /** The young person's own view: not in yet, in but unread, or read. */
  youngPersonView: "missing" | "unread" | "read";
  /** Lower is less ready: the queue lists the least ready first. */
  score: number;
};

export function readiness(
  contributions: ReadonlyArray<{ kind: string; state: ContributionState }>,
): Readiness {
  const isIn = (s: ContributionState) => s === "sent" || s === "read";
  const inCount = contributions.filter((c) => isIn(c.state)).length;
  const view = contributions.find((c) => c.kind === "young_person");
  const youngPersonView =
    !view || !isIn(view.state) ? "missing" : view.state === "read" ? "read" : "unread";
  // The child's voice counts most: unheard children come first, then unread, then by share in.
  const viewWeight = youngPersonView === "missing" ? 0 : youngPersonView === "unread" ? 1 : 2;
  const share = contributions.length ? inCount / contributions.length : 1;
  return {
    in: inCount,
    expected: contributions.length,
    youngPersonView,
    score: viewWeight * 10 + Math.round(share * 9),
  };
}
