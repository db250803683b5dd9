import type { escalationAddressees, EscalationOutcome } from "#db/schema";
import { addWorkingDays, subtractWorkingDays } from "~/dates/working-days";

/*
 * The dispute resolution process (issue 18), as pure rules: the default stages, who may do what
 * to an escalation in which state, the next stage, and the dates the scheduler works from.
 * No database: the server modules and the scheduler decide through these.
 */

export type Addressee = (typeof escalationAddressees)[number];

export type StageRule = {
  position: number;
  key: string | null;
  name: string | null;
  addressee: Addressee;
  responseDays: number;
  /** Removed in administration after use: kept for history, never offered again. */
  retiredAt?: string | null;
};

/** The stages an escalation may be raised at or taken to: those not retired, in order. */
export function activeStages(stages: readonly StageRule[]): StageRule[] {
  return [...stages].sort((a, b) => a.position - b.position).filter((s) => !s.retiredAt);
}

/** The default stages, created for an organisation the first time they are needed. */
export const defaultStages: readonly StageRule[] = [
  { position: 0, key: "informal", name: null, addressee: "social_worker", responseDays: 5 },
  { position: 1, key: "team_manager", name: null, addressee: "team_manager", responseDays: 5 },
  {
    position: 2,
    key: "service_manager",
    name: null,
    addressee: "service_manager",
    responseDays: 10,
  },
  { position: 3, key: "director", name: null, addressee: "director", responseDays: 10 },
];

/** A stage's response time: at least one working day, at most 30 (six weeks). */
export const responseDaysBounds = { min: 1, max: 30 } as const;

/** A reminder goes when the response date is this many working days away or fewer. */
export const reminderWorkingDays = 2;

export type EscalationState = {
  status: "open" | "resolved";
  addressedTo: string;
  raisedBy: string;
  stagePosition: number;
  respondBy: string;
  respondedAt: string | null;
  remindedAt: string | null;
  overdueAt: string | null;
};

/** Who is looking, as far as an escalation is concerned. */
export type Viewer = {
  userId: string;
  /** Raised it, or is the child's IRO today. */
  isChildsIro: boolean;
  /** An IRO manager of the organisation. */
  isIroManager: boolean;
  /** Was (or is) it addressed to them at some stage. */
  wasAddressee: boolean;
  /** A team manager, service manager or director above the child. */
  isLeaderAbove: boolean;
};

export function mayView(v: Viewer): boolean {
  return v.isChildsIro || v.isIroManager || v.wasAddressee || v.isLeaderAbove;
}

/** Only the person it is with now answers, once per stage, while it is open. */
export function mayRespond(e: EscalationState, userId: string): boolean {
  return e.status === "open" && e.addressedTo === userId && !e.respondedAt;
}

/** The child's IRO (or the IRO who raised it) resolves it while it is open. */
export function mayResolve(e: EscalationState, v: Viewer): boolean {
  return e.status === "open" && v.isChildsIro;
}

/** The child's IRO takes it to the next stage, answered or not, while there is one. */
export function mayMove(e: EscalationState, v: Viewer, stages: readonly StageRule[]): boolean {
  return e.status === "open" && v.isChildsIro && !!nextStage(stages, e.stagePosition);
}

/** The next stage still in use after this one, or undefined at the last. */
export function nextStage(stages: readonly StageRule[], position: number): StageRule | undefined {
  return activeStages(stages).find((s) => s.position > position);
}

/** The response date at a stage reached on `from` (which does not count). */
export function respondByFor(from: string, stage: StageRule, closures: readonly string[] = []) {
  return addWorkingDays(from, stage.responseDays, closures);
}

/** Due within two working days, not answered, not reminded yet: the scheduler reminds. */
export function needsReminder(
  e: EscalationState,
  today: string,
  closures: readonly string[] = [],
): boolean {
  return (
    e.status === "open" &&
    !e.respondedAt &&
    !e.remindedAt &&
    !e.overdueAt &&
    e.respondBy >= today &&
    today >= subtractWorkingDays(e.respondBy, reminderWorkingDays, closures)
  );
}

/** Past its response date with no answer, not marked yet: the scheduler marks it overdue. */
export function becomesOverdue(e: EscalationState, today: string): boolean {
  return e.status === "open" && !e.respondedAt && !e.overdueAt && e.respondBy < today;
}

/** How it stands, in a word for a tag. */
export function stateOf(
  e: EscalationState,
  today: string,
): "resolved" | "answered" | "overdue" | "waiting" {
  if (e.status === "resolved") return "resolved";
  if (e.respondedAt) return "answered";
  if (e.overdueAt || e.respondBy < today) return "overdue";
  return "waiting";
}

export const outcomeOrder: readonly EscalationOutcome[] = [
  "resolved",
  "partly_resolved",
  "not_resolved",
  "referred_to_cafcass",
  "withdrawn",
];
