import { randomUUID } from "node:crypto";
import type { Tx } from "../db.server";
import type { LetterFacts } from "../schema";
import { feedbackTemplateFor } from "~/consultation/templates/feedback";
import { adultFormsShareWith } from "~/consultation/sharing";
import { addDays, ageOn } from "~/dates/calendar";
import { addMonths, addWorkingDays, subtractWorkingDays } from "~/dates/working-days";
import { contributionTemplate, viewTemplateFor } from "~/reviews/contributions.server";
import { drawParticipation, pick, useLevel } from "./history-plan";
import { addStatementsBetween } from "./history-between";
import { addFollowUp } from "./history-follow-up";
import {
  emptyRows,
  historyWriter,
  writeRows,
  type HistoryOptions,
  type HistoryRows,
  type HistoryWriter,
  type Staff,
} from "./history-rows";
import { decisionText, drawDecisions, letterWords } from "./history-words";

/*
 * Three years of a service's records for the generated organisations (the demo and the benchmark,
 * issue 16): for each looked-after young person, the IRO's allocations, the reviews of `plan`
 * held with participation, decisions and letters, the statements sent before them and between
 * them, carers' and parents' forms, feedback after reviews and a few urgent worries; and between
 * reviews (issue 18, ./history-follow-up.ts) the decisions tracked as actions, the IRO's
 * monitoring, midway checks, contacts and the team manager's agreement. Rows are
 * built in memory and written a few hundred at a time, inside the caller's transaction. Use of the
 * app follows `useLevel` (it rises, then falls for three months one year). Everything invented.
 */

export type { HistoryOptions, HistoryPerson, Staff } from "./history-rows";

/** Inserts the history of every young person given. Returns how many rows of each kind. */
export function insertHistory(db: Pick<Tx, "insert">, options: HistoryOptions) {
  const rows = emptyRows();
  const held: [HistoryWriter, number, number][] = [];
  for (const person of options.people) {
    const writer = historyWriter(options, rows, person);
    const first = rows.reviews.length;
    addReviews(writer);
    held.push([writer, first, rows.reviews.length]);
    addStatementsBetween(writer);
  }
  // Between reviews last, so its draws leave the rest of the history as it was.
  for (const [writer, from, to] of held) addFollowUp(writer, rows.reviews.slice(from, to));
  writeRows(db, rows);
  return Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length])) as Record<
    keyof HistoryRows,
    number
  >;
}

/** The reviews of the plan, held: forms before them, the record, the letter, feedback after. */
function addReviews(w: HistoryWriter) {
  const { person, today, random, closures, rows, organisationId, now } = w;
  const { at, plusMinutes, send, request, childSharing, iroOn } = w;
  const { plan } = person;
  const decisionsWithin = w.decisionsWithinDays ?? 5;
  const letterWithin = w.letterWithinDays ?? 20;
  const leadDays = w.consultationLeadDays ?? 5;
  plan.held.forEach((planned, index) => {
    const heldOn = planned.meetings[0]!;
    const completedOn = planned.meetings.at(-1)!;
    const age = ageOn(person.dateOfBirth, heldOn);
    const level = useLevel(heldOn, today);
    const iro = iroOn(heldOn);
    const reviewId = randomUUID();
    const hasCarer = !!person.carer && person.carer.since <= addDays(heldOn, -14);

    // Before: the young person asked for their view (the IRO asks more once the app is in use).
    let sentStatement = false;
    if (person.userId && age >= 4 && random() < 0.35 + 0.6 * level) {
      const dueOn = subtractWorkingDays(heldOn, leadDays, closures);
      const askedOn = addDays(dueOn, -14);
      const requestTemplate = viewTemplateFor[planned.kind];
      const requestId = request(
        reviewId,
        "young_person",
        person.userId,
        requestTemplate,
        dueOn,
        askedOn,
      );
      if (random() < 0.15 + 0.8 * level) {
        const day = addDays(heldOn, -(1 + Math.floor(random() * 9)));
        const together = random() < (age < 8 ? 0.9 : age < 13 ? 0.3 : 0.08);
        send({
          author: person.userId,
          templateId: age >= 18 ? "pathway-plan" : age < 8 ? "my-say" : requestTemplate,
          day: day > askedOn ? day : addDays(askedOn, 1),
          sharing: childSharing(),
          reviewId,
          requestId,
          helpedBy: together ? person.socialWorker.userId : null,
          onDate: heldOn,
        });
        sentStatement = true;
      } else if (dueOn < today) {
        rows.requests.at(-1)!.overdueAt = `${addWorkingDays(dueOn, 1, closures)}T07:00:00.000Z`;
      }
    }
    // Carers' and parents' forms before a share of reviews.
    const adultForm = (who: Staff, kind: "carer" | "parent", chance: number) => {
      if (random() >= chance) return;
      const dueOn = subtractWorkingDays(heldOn, leadDays, closures);
      const askedOn = addDays(dueOn, -14);
      const requestId = request(
        reviewId,
        kind,
        who.userId,
        contributionTemplate[kind],
        dueOn,
        askedOn,
      );
      if (random() < 0.75)
        send({
          author: who.userId,
          templateId: contributionTemplate[kind],
          day: addDays(heldOn, -(1 + Math.floor(random() * 8))),
          sharing: adultFormsShareWith,
          reviewId,
          requestId,
          language: "en",
        });
    };
    if (hasCarer) adultForm(person.carer!, "carer", 0.3 + 0.45 * level);
    if (person.parent) adultForm(person.parent, "parent", 0.15 + 0.35 * level);

    const participation = drawParticipation(random, age, sentStatement);
    const parentCame = !!person.parent && random() < 0.35;
    const attendees = [
      person.socialWorker.name,
      ...(hasCarer ? [person.carer!.name] : []),
      ...(parentCame ? [person.parent!.name] : []),
      ...(person.needsInterpreter ? ["Interpreter"] : []),
      ...(participation.viewsConveyed === "advocate" ? ["Advocate"] : []),
      ...(age >= 5 && age < 16 && random() < 0.4 ? ["Designated teacher"] : []),
    ];
    const decisions = drawDecisions(random);
    const decisionsDueOn = addWorkingDays(completedOn, decisionsWithin, closures);
    const circulatedOn = addWorkingDays(
      completedOn,
      random() < 0.86
        ? 1 + Math.floor(random() * decisionsWithin)
        : decisionsWithin + 1 + Math.floor(random() * 10),
      closures,
    );
    rows.reviews.push({
      id: reviewId,
      organisationId,
      youngPersonId: person.youngPersonId,
      kind: planned.kind,
      dueOn: planned.dueOn,
      plannedOn: heldOn,
      heldOn,
      completedOn,
      status: "held",
      participationCode: participation.code,
      childAttended: participation.attended,
      childChaired: participation.chaired,
      viewsConveyed: participation.viewsConveyed,
      place: pick(random, ["Foster home", "School", "Council offices", "Online"]),
      attendees,
      decisions: decisions.map(decisionText),
      recordedBy: iro.userId,
      decisionsDueOn,
      decisionsCirculatedOn: circulatedOn < today ? circulatedOn : null,
      lateReason: planned.lateReason,
      lateReasonOther: planned.lateReasonOther,
      createdAt: at(addDays(heldOn, -40)),
      updatedAt: at(completedOn),
    });
    for (const day of planned.meetings)
      rows.meetings.push({ organisationId, reviewId, heldOn: day, createdAt: at(day, 16, 3) });

    // After: the letter to the child, most within the local standard, most read.
    const letterDueOn = addWorkingDays(completedOn, letterWithin, closures);
    if (random() < 0.93) {
      const issuedOn = addWorkingDays(
        completedOn,
        random() < 0.83
          ? 2 + Math.floor(random() * (letterWithin - 1))
          : letterWithin + 1 + Math.floor(random() * 15),
        closures,
      );
      const words = letterWords(decisions, person.language, addMonths(heldOn, 2));
      const letterId = randomUUID();
      const issued = issuedOn < today;
      rows.letters.push({
        id: letterId,
        organisationId,
        reviewId,
        youngPersonId: person.youngPersonId,
        authorUserId: iro.userId,
        language: words.language,
        fields: words.fields,
        translation: words.translation,
        translatedAt: words.language !== "en" && issued ? at(addDays(issuedOn, -1)) : null,
        translatedBy: words.language !== "en" && issued ? (w.translatorUserId ?? null) : null,
        dueOn: letterDueOn,
        createdAt: at(completedOn),
        updatedAt: at(completedOn),
      });
      if (issued) {
        const versionId = randomUUID();
        const issuedAt = at(issuedOn);
        const facts: LetterFacts = {
          childName: person.givenName,
          iroName: iro.name,
          meetings: planned.meetings,
          place: null,
          nextReviewDue: (plan.held[index + 1] ?? plan.next).dueOn,
        };
        rows.versions.push({
          id: versionId,
          organisationId,
          letterId,
          number: 1,
          issuedAt,
          issuedBy: iro.userId,
          language: words.language,
          fields: words.fields,
          translation: words.translation,
          facts,
          shareWithCarer: random() < 0.3,
        });
        const readAt = plusMinutes(issuedAt, 60 + Math.floor(random() * 60 * 24 * 6));
        if (person.userId && random() < 0.5 + 0.4 * level && readAt < now)
          rows.letterReads.push({ versionId, userId: person.userId, at: readAt });
      }
    }

    // Feedback: everyone is asked how it went; some answer within the fortnight.
    const feedbackDue = addWorkingDays(completedOn, 10, closures);
    const asked: [Staff | null, keyof typeof feedbackTemplateFor, number][] = [
      [
        person.userId ? { userId: person.userId, name: person.givenName } : null,
        "young_person",
        0.1 + 0.4 * level,
      ],
      [hasCarer ? person.carer! : null, "carer", 0.35],
      [person.parent ?? null, "parent", 0.2],
      [person.socialWorker, "professional", 0.3],
    ];
    for (const [who, audience, chance] of asked) {
      if (!who || (audience === "young_person" && age < 4)) continue;
      const templateId = feedbackTemplateFor[audience];
      const requestId = request(
        reviewId,
        "feedback",
        who.userId,
        templateId,
        feedbackDue,
        completedOn,
      );
      const day = addDays(completedOn, 1 + Math.floor(random() * 9));
      if (random() < chance && day < today)
        send({
          author: who.userId,
          templateId,
          day,
          sharing: audience === "young_person" ? "iro" : adultFormsShareWith,
          reviewId,
          requestId,
          language: audience === "young_person" ? person.language : "en",
          feedbackMood: audience === "professional" ? 0.8 : 0.7,
        });
    }
  });
}
