import { randomUUID } from "node:crypto";
import {
  concernThemes,
  type ActionOwnerRole,
  type ActionState,
  type ConcernTheme,
  type ContactKind,
  type PlanQuality,
  type RagRating,
  type reviews,
} from "../schema";
import { addDays, ageOn } from "~/dates/calendar";
import { addMonths, addWorkingDays } from "~/dates/working-days";
import { midwayDueOn } from "~/midway/due";
import { pick, weighted, workingDayOnOrBefore, type Random } from "./history-plan";
import type { HistoryWriter, Rows } from "./history-rows";

/*
 * Between reviews (issue 18) for the generated histories: each held review's decisions tracked as
 * actions with their history of changes, the IRO's monitoring form, the midway check once its day
 * has passed, a few contacts in each review period, and the team manager's answer to the latest
 * decisions. Run after the rest of a history (its own draws come last, so the reviews, statements
 * and letters stay what they were). Everything invented.
 */

const notDoneNotes = [
  "The placement changed before this could happen.",
  "The young person did not want this any more.",
  "No service available in the area; looked at again at the next review.",
  "Overtaken by the new care plan.",
];
const progressNotes = [
  "Started; first meeting booked.",
  "Referral made, waiting to hear back.",
  "Talked about with the young person; next step agreed.",
  "Halfway there.",
];
const concernNotes: Record<ConcernTheme, string> = {
  placement_stability: "The placement is under strain; support for the carers is not yet in place.",
  education: "No education plan review this term and attendance is falling.",
  health: "Health assessment overdue; dentist not seen for over a year.",
  family_time: "Family time arrangements keep changing at short notice.",
  permanence: "No permanence plan agreed at the second review.",
  drift_and_delay: "Actions from the last review not started; the plan is drifting.",
  statutory_visits: "Social worker visits not within the required timescales.",
  leaving_care: "Pathway plan not updated; no personal adviser allocated yet.",
  other: "Worries about the plan shared with the team manager.",
};
const midwayNotes: Record<RagRating, string[]> = {
  green: [
    "Plan on track; actions moving.",
    "Settled at home and school. Nothing to follow up.",
    "Good progress since the review.",
  ],
  amber: [
    "Some actions behind; social worker to update by the end of the month.",
    "School place still not agreed; chased with the team manager.",
  ],
  red: ["Actions not started and no visit since the review; raised with the team manager."],
};
const disagreeReasons = [
  "The respite plan needs funding agreed by the service manager first; back to the IRO next week.",
];

type Review = Rows<typeof reviews>[number];

/** The records between reviews for one young person's held reviews (oldest first). */
export function addFollowUp(w: HistoryWriter, held: readonly Review[]) {
  const { person, today, random, closures, rows, organisationId, at, iroOn } = w;
  const day = (from: string, to: string) => randomDay(random, from, to, closures);
  held.forEach((review, index) => {
    const heldOn = review.heldOn!;
    const completedOn = review.completedOn!;
    const latest = index === held.length - 1;
    const periodEnd = held[index + 1]?.heldOn ?? today;
    const iro = iroOn(heldOn);
    const age = ageOn(person.dateOfBirth, heldOn);
    const hasCarer = !!person.carer && person.carer.since <= addDays(heldOn, -14);
    const socialWorker = person.socialWorker;

    // The IRO's monitoring form, recorded with the review.
    const rag = weighted<RagRating>(random, { green: 75, amber: 20, red: 5 });
    const planQuality = weighted<PlanQuality>(
      random,
      rag === "green"
        ? { outstanding: 15, good: 70, requires_improvement: 15, poor: 0 }
        : rag === "amber"
          ? { outstanding: 0, good: 40, requires_improvement: 50, poor: 10 }
          : { outstanding: 0, good: 0, requires_improvement: 50, poor: 50 },
    );
    const themes = new Set<ConcernTheme>();
    if (rag !== "green") {
      themes.add(
        review.kind === "pathway_plan" && random() < 0.5
          ? "leaving_care"
          : pick(
              random,
              concernThemes.filter((t) => t !== "leaving_care" && t !== "other"),
            ),
      );
      if (random() < 0.3) themes.add(pick(random, concernThemes));
    }
    const concerns = concernThemes.filter((t) => themes.has(t));
    const recordedAt = at(completedOn, 14, 4);
    rows.monitoring.push({
      organisationId,
      reviewId: review.id!,
      youngPersonId: person.youngPersonId,
      planQuality,
      currentAssessment: random() < (rag === "green" ? 0.95 : 0.7),
      rag,
      activeMonitoring: rag !== "green",
      concerns,
      note: rag === "green" ? null : concernNotes[concerns[0]!],
      recordedBy: iro.userId,
      createdAt: recordedAt,
      updatedAt: recordedAt,
    });

    // Each decision tracked as an action, as recording the review does (app/actions/record.server).
    const decisions = review.decisions ?? [];
    const carerPosition = latest && hasCarer ? Math.min(1, decisions.length - 1) : -1;
    decisions.forEach((_, position) => {
      const ownerRole: ActionOwnerRole =
        position === carerPosition
          ? "carer"
          : weighted<ActionOwnerRole>(random, {
              social_worker: 72,
              carer: hasCarer ? 12 : 0,
              young_person: person.userId && age >= 12 ? 9 : 0,
              iro: 7,
              parent: 0,
              personal_adviser: 0,
              team_manager: 0,
              other: 0,
            });
      const dueOn = workingDayOnOrBefore(
        addMonths(completedOn, 1 + Math.floor(random() * 3)),
        closures,
      );
      const id = randomUUID();
      const createdAt = recordedAt;
      const changes: { state: ActionState; note: string | null; day: string }[] = [];
      const by = ownerRole === "social_worker" ? socialWorker : iro;
      const lastDay = addDays(today, -1);
      const change = (state: ActionState, on: string, note: string | null = null) => {
        if (on > completedOn && on <= lastDay) changes.push({ state, note, day: on });
      };
      const after = (from: string) => (from > completedOn ? from : addDays(completedOn, 1));
      // The final state first, then (for some) "in progress" on a day between.
      let final: { state: ActionState; day: string; note: string | null } | null = null;
      let progressFirst = false;
      if (!latest) {
        const r = random();
        progressFirst = random() < 0.6;
        if (r < 0.85)
          final = {
            state: "done",
            day: day(after(addDays(dueOn, -25)), [addDays(dueOn, 10), lastDay].sort()[0]!),
            note: null,
          };
        else if (r < 0.93)
          final = {
            state: "not_done",
            day: day(after(addDays(dueOn, -5)), lastDay),
            note: pick(random, notDoneNotes),
          };
        else progressFirst = true;
      } else {
        // The latest review: a mix, some overdue (open after their due date).
        const state = weighted<ActionState>(
          random,
          position === carerPosition
            ? { not_started: 50, in_progress: 50, done: 0, not_done: 0 }
            : dueOn < today
              ? { not_started: 20, in_progress: 30, done: 50, not_done: 0 }
              : { not_started: 40, in_progress: 40, done: 20, not_done: 0 },
        );
        progressFirst = state === "in_progress" || (state === "done" && random() < 0.5);
        if (state === "done")
          final = { state, day: day(addDays(completedOn, 3), lastDay), note: null };
      }
      const progressBy = final?.day ?? [dueOn, lastDay].sort()[0]!;
      if (progressFirst)
        change(
          "in_progress",
          day(addDays(completedOn, 2), progressBy),
          pick(random, progressNotes),
        );
      if (final && (!changes.length || final.day >= changes[0]!.day))
        change(final.state, final.day, final.note);
      // Each change after the one before, even on the same day.
      let previous = createdAt;
      const times = changes.map((c) => {
        let time = at(c.day);
        if (time <= previous) time = w.plusMinutes(previous, 5 + Math.floor(random() * 120));
        return (previous = time);
      });
      const last = changes.at(-1);
      rows.actions.push({
        id,
        organisationId,
        reviewId: review.id!,
        youngPersonId: person.youngPersonId,
        position,
        ownerUserId: null,
        ownerRole,
        dueOn,
        state: last?.state ?? "not_started",
        note: last?.note ?? null,
        createdAt,
        updatedAt: times.at(-1) ?? createdAt,
      });
      rows.actionUpdates.push({
        organisationId,
        actionId: id,
        state: "not_started",
        byUserId: iro.userId,
        at: createdAt,
      });
      changes.forEach((c, i) =>
        rows.actionUpdates.push({
          organisationId,
          actionId: id,
          state: c.state,
          note: c.note,
          byUserId: (random() < 0.7 ? by : iroOn(c.day)).userId,
          at: times[i]!,
        }),
      );
    });

    // The midway check, once its day has passed: most within a fortnight of it, a few missed,
    // and the latest left due for about one child in three.
    const nextDueOn = held[index + 1]?.dueOn ?? person.plan.next.dueOn;
    const midwayOn = midwayDueOn(heldOn, nextDueOn, closures);
    if (midwayOn && midwayOn < today && random() < (latest ? 0.65 : 0.92)) {
      const latestDay = [addWorkingDays(midwayOn, 10, closures), addDays(periodEnd, -1)].sort()[0]!;
      const checkedOn = day(addDays(midwayOn, -4), latestDay);
      if (checkedOn > completedOn && checkedOn < today) {
        const checkRag =
          random() < 0.7 ? rag : weighted<RagRating>(random, { green: 70, amber: 25, red: 5 });
        const checker = iroOn(checkedOn);
        rows.midwayChecks.push({
          organisationId,
          youngPersonId: person.youngPersonId,
          reviewId: review.id!,
          dueOn: midwayOn,
          checkedOn,
          checkedWith: [
            "social_worker",
            ...(person.userId && age >= 8 && random() < 0.35 ? ["young_person"] : []),
            ...(hasCarer && random() < 0.2 ? ["carer"] : []),
          ],
          rag: checkRag,
          note: pick(random, midwayNotes[checkRag]),
          recordedBy: checker.userId,
          createdAt: at(checkedOn),
        });
        rows.contacts.push({
          organisationId,
          youngPersonId: person.youngPersonId,
          byUserId: checker.userId,
          contactOn: checkedOn,
          kind: "call",
          withWhom: "Social worker",
          seenAlone: null,
          note: "Midway check.",
          createdAt: at(checkedOn),
        });
      }
    }

    // A few contacts in the period, by whoever was the IRO on the day.
    const contactCount = 1 + Math.floor(random() * 3);
    for (let i = 0; i < contactCount; i++) {
      const on = day(addDays(completedOn, 2), addDays(periodEnd, -1));
      if (on <= completedOn || on >= today) continue;
      const kind = weighted<ContactKind>(random, {
        visit: 25,
        call: 30,
        video: 10,
        message: 25,
        meeting: 10,
      });
      const seesChild = kind === "visit" || kind === "video";
      const withWhom = seesChild
        ? hasCarer && random() < 0.4
          ? "Young person and foster carer"
          : "Young person"
        : kind === "meeting"
          ? pick(random, ["Social worker and team manager", "Social worker"])
          : pick(random, [
              "Social worker",
              "Social worker",
              hasCarer ? "Foster carer" : "Social worker",
              age >= 10 ? "Young person" : "Social worker",
            ]);
      rows.contacts.push({
        organisationId,
        youngPersonId: person.youngPersonId,
        byUserId: iroOn(on).userId,
        contactOn: on,
        kind,
        withWhom,
        seenAlone: kind === "visit" ? random() < 0.7 : null,
        note: null,
        createdAt: at(on),
      });
    }

    // The team manager's answer to the latest decisions, when the history names one.
    const circulatedOn = review.decisionsCirculatedOn;
    if (latest && person.teamManager && circulatedOn && decisions.length) {
      const dueOn = addWorkingDays(circulatedOn, w.agreementWithinDays ?? 5, closures);
      const answeredOn = addWorkingDays(circulatedOn, 1 + Math.floor(random() * 6), closures);
      const answered = answeredOn < today && random() < 0.9;
      const disagree = answered && random() < (person.disagreeChance ?? 0.05);
      rows.agreements.push({
        organisationId,
        reviewId: review.id!,
        managerUserId: person.teamManager.userId,
        dueOn,
        response: answered ? (disagree ? "disagree" : "agreed") : null,
        reason: disagree ? pick(random, disagreeReasons) : null,
        respondedAt: answered ? at(answeredOn) : null,
        createdAt: at(circulatedOn),
      });
    }
  });
}

/** A working day from `from` to `to` (both included), or the first working day from `from`. */
function randomDay(random: Random, from: string, to: string, closures: readonly string[]) {
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  const d = workingDayOnOrBefore(
    addDays(from, span > 0 ? Math.floor(random() * (span + 1)) : 0),
    closures,
  );
  return d < from ? addWorkingDays(d, 1, closures) : d;
}
