import { addDays, ageOn, daysBetween } from "~/dates/calendar";
import { addMonths, addWorkingDays, isWorkingDay } from "~/dates/working-days";
import { lateReasons, type LateReason } from "~/reviews/lateness";
import type { ParticipationCode, ViewsConveyedMethod } from "~/reviews/participation";
import { nextReviewDue } from "~/reviews/statutory-dates";
import type { ReviewKind } from "../schema";

/*
 * The plan of a young person's past reviews for the generated histories (demo and benchmark):
 * pure, no database. Dates follow the statutory rhythm (reg. 33, app/reviews/statutory-dates.ts),
 * each review held early, on time or late the way IRO annual reports describe; participation by
 * age follows the shape of an annual report's CLA 12 table. Everything here is invented.
 */

export type Random = () => number;

/** mulberry32: a small seeded generator, so every generated history is the same. */
export function seededRandom(seed: number): Random {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;

/** Picks a key by weight: { a: 3, b: 1 } gives "a" three times in four. */
export function weighted<K extends string>(random: Random, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][];
  let r = random() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, w] of entries) if ((r -= w) < 0) return key;
  return entries.at(-1)![0];
}

/** The same day, or the working day before it (reviews are held on working days). */
export function workingDayOnOrBefore(date: string, closures: readonly string[] = []) {
  let day = date;
  while (!isWorkingDay(day, closures)) day = addDays(day, -1);
  return day;
}

/** What the present looks like for a young person: next review due ahead, within days, or overdue. */
export type Present = "ahead" | "at-risk" | "overdue";

export type PlannedReview = {
  kind: ReviewKind;
  dueOn: string;
  /** Every meeting, first first: the review is held on the first. */
  meetings: string[];
  lateReason: LateReason | null;
  lateReasonOther: string | null;
};

export type ReviewPlan = {
  lookedAfterOn: string;
  /** Held reviews in the history window (the three years before today), oldest first. */
  held: PlannedReview[];
  /** The review to come (or overdue), on the statutory rhythm from the last one held. */
  next: { kind: ReviewKind; dueOn: string };
};

const otherReasons = [
  "Interpreter could not be booked for the day.",
  "Placement move the same week; the review was moved so the young person could settle.",
  "School exams: moved to after the last paper.",
  "Meeting room flooded; rearranged for the following week.",
];

/** Whole days a review is held before (negative) or after its due date, and why if late. */
function drawTiming(random: Random, isFirst: boolean) {
  const r = random();
  const days = random();
  const why = random();
  const words = random();
  if (r < 0.15) return { offset: -(6 + Math.floor(days * 25)), reason: null, other: null };
  if (r < 0.9) return { offset: -Math.floor(days * 6), reason: null, other: null };
  const reason: LateReason =
    isFirst && why < 0.5
      ? "late-notice-into-care"
      : weighted(
          random,
          Object.fromEntries(lateReasons.map((k, i) => [k, [35, 20, 20, 8, 17][i]!])) as Record<
            LateReason,
            number
          >,
        );
  return {
    offset: 1 + Math.floor(days * 30),
    reason,
    other: reason === "other" ? otherReasons[Math.floor(words * otherReasons.length)]! : null,
  };
}

/**
 * The chain of reviews from `lookedAfterOn`: each review due by reg. 33 from those held before,
 * held near its due date. Reviews due before today are held (one due in the last fortnight is left
 * overdue when `present` is "overdue"); the draws come from `seed`, so moving the start date moves
 * the whole chain the same way.
 */
function chain(
  seed: number,
  dateOfBirth: string,
  lookedAfterOn: string,
  today: string,
  present: Present,
  closures: readonly string[],
): { held: PlannedReview[]; next: ReviewPlan["next"] } {
  const random = seededRandom(seed);
  const held: PlannedReview[] = [];
  const heldOn: string[] = [];
  const stopBefore = present === "overdue" ? addDays(today, -14) : today;
  for (;;) {
    const dueOn = nextReviewDue(lookedAfterOn, heldOn, closures);
    const kind: ReviewKind = ageOn(dateOfBirth, dueOn) >= 18 ? "pathway_plan" : "looked_after";
    if (dueOn >= stopBefore) return { held, next: { kind, dueOn } };
    const timing = drawTiming(random, heldOn.length === 0);
    const series = random();
    const gap = random();
    // Held on a working day before today; a late one that would fall after today is held yesterday.
    let first = workingDayOnOrBefore(addDays(dueOn, timing.offset), closures);
    if (first >= today) first = workingDayOnOrBefore(addDays(today, -1), closures);
    const late = first > dueOn;
    const meetings = [first];
    // About one review in twenty is held as a series of two or three meetings.
    if (series < 0.05) {
      let day = first;
      for (let i = 0; i < (gap < 0.5 ? 1 : 2); i++) {
        day = addWorkingDays(day, 4 + Math.floor(gap * 8), closures);
        if (day < today) meetings.push(day);
      }
    }
    heldOn.push(first);
    held.push({
      kind,
      dueOn,
      meetings,
      lateReason: late ? (timing.reason ?? "key-person-unavailable") : null,
      lateReasonOther: late && timing.reason === "other" ? timing.other : null,
    });
  }
}

const windows: Record<Present, (days: number) => boolean> = {
  ahead: (days) => days > 10 && days < 200,
  "at-risk": (days) => days >= 1 && days <= 10,
  overdue: (days) => days >= -14 && days <= -2,
};

/**
 * A young person's reviews, past and next. The date they became looked after is moved (from
 * `roughlyLookedAfterOn`, by up to about six months, never into the future) until the next review
 * falls where `present` asks: so a demo can say "a few at risk, one or two overdue" and still have
 * every date follow the statutory rhythm from the one before.
 */
export function planReviews(options: {
  seed: number;
  dateOfBirth: string;
  roughlyLookedAfterOn: string;
  today: string;
  present?: Present;
  closures?: readonly string[];
}): ReviewPlan {
  const { seed, dateOfBirth, today, closures = [] } = options;
  const present = options.present ?? "ahead";
  const latest = addDays(today, -40);
  const rough = options.roughlyLookedAfterOn < latest ? options.roughlyLookedAfterOn : latest;
  const wanted = windows[present];
  const target = present === "ahead" ? 60 : present === "at-risk" ? 5 : -8;
  let shift = 0;
  let best: { lookedAfterOn: string; plan: ReturnType<typeof chain> } | null = null;
  // The next due date moves with the start date, day for day: aim at the middle of the window.
  for (let attempt = 0; attempt < 12; attempt++) {
    const lookedAfterOn = addDays(rough, shift);
    const plan = chain(seed, dateOfBirth, lookedAfterOn, today, present, closures);
    const days = daysBetween(today, plan.next.dueOn);
    best ??= { lookedAfterOn, plan };
    if (wanted(days) && lookedAfterOn < latest) {
      best = { lookedAfterOn, plan };
      break;
    }
    shift += target - days + (attempt > 5 ? attempt : 0);
    if (addDays(rough, shift) >= latest) shift -= 182;
  }
  const windowStart = addMonths(today, -36);
  return {
    lookedAfterOn: best!.lookedAfterOn,
    held: best!.plan.held.filter((r) => r.meetings[0]! >= windowStart),
    next: best!.plan.next,
  };
}

/* ---- How the young person took part (CLA 12) ---- */

type Band = "under4" | "4-7" | "8-12" | "13-15" | "16-17" | "18+";
const bandOf = (age: number): Band =>
  age < 4
    ? "under4"
    : age < 8
      ? "4-7"
      : age < 13
        ? "8-12"
        : age < 16
          ? "13-15"
          : age < 18
            ? "16-17"
            : "18+";

/** Weights of PN1–PN7 by age: younger children mostly by a statement or someone for them. */
const codeWeights: Record<Exclude<Band, "under4">, Record<string, number>> = {
  "4-7": { PN1: 14, PN2: 2, PN3: 10, PN4: 4, PN5: 10, PN6: 55, PN7: 5 },
  "8-12": { PN1: 48, PN2: 6, PN3: 5, PN4: 3, PN5: 8, PN6: 25, PN7: 5 },
  "13-15": { PN1: 58, PN2: 8, PN3: 2, PN4: 3, PN5: 7, PN6: 14, PN7: 8 },
  "16-17": { PN1: 54, PN2: 6, PN3: 1, PN4: 4, PN5: 6, PN6: 17, PN7: 12 },
  "18+": { PN1: 72, PN2: 3, PN3: 0, PN4: 3, PN5: 3, PN6: 12, PN7: 7 },
};

export type Participation = {
  code: ParticipationCode;
  attended: boolean;
  chaired: boolean;
  viewsConveyed: ViewsConveyedMethod;
};

/**
 * A participation consistent with `participationProblems`: PN0 under 4, PN1–PN4 attended, PN5–PN7
 * not, chairing only when attending, PN7 (and only PN0, PN4, PN7) with views not conveyed. A child
 * who sent a statement and did not come had their views given by it (PN6).
 */
export function drawParticipation(random: Random, age: number, sentStatement: boolean) {
  const band = bandOf(age);
  const chairDraw = random();
  const viewDraw = random();
  if (band === "under4")
    return {
      code: "PN0",
      attended: false,
      chaired: false,
      viewsConveyed: viewDraw < 0.8 ? "carer-or-worker" : "not-conveyed",
    } satisfies Participation;
  let code = weighted(random, codeWeights[band]) as ParticipationCode;
  if (sentStatement && code === "PN7") code = "PN6";
  const attended = ["PN1", "PN2", "PN3", "PN4"].includes(code);
  const viewsConveyed: ViewsConveyedMethod =
    code === "PN1"
      ? "spoke"
      : code === "PN2" || code === "PN5"
        ? "advocate"
        : code === "PN3"
          ? "symbols"
          : code === "PN6"
            ? sentStatement || viewDraw < 0.3
              ? "own-voice-statement"
              : "carer-or-worker"
            : "not-conveyed";
  const chaired = attended && code === "PN1" && age >= 13 && chairDraw < 0.22;
  return { code, attended, chaired, viewsConveyed } satisfies Participation;
}

/* ---- Use over time ---- */

/** Months from `from` to `to` (YYYY-MM-DD or YYYY-MM), by calendar month. */
export function monthsBetween(from: string, to: string) {
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/**
 * How much Own Voice is used in the month of `date`, from 0 to 1: rising through the first year
 * and a half of the history, steady, then a sharp fall for three months (October to December of
 * the last complete reporting year, so the default report shows it and the falling-use warning
 * catches it) before it recovers.
 */
export function useLevel(date: string, today: string): number {
  const sinceStart = monthsBetween(addMonths(today, -36), date);
  const [ty, tm] = today.split("-").map(Number) as [number, number];
  const lastYearStarts = `${tm >= 4 ? ty - 1 : ty - 2}-10`;
  const intoDip = monthsBetween(lastYearStarts, date);
  if (intoDip >= 0 && intoDip < 3) return 0.15;
  if (intoDip === 3) return 0.55;
  if (sinceStart < 18) return 0.4 + (0.6 * Math.max(0, sinceStart)) / 18;
  return intoDip > 3 ? 0.9 : 1;
}
