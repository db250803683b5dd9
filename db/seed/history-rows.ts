import { randomUUID } from "node:crypto";
import type { Tx } from "../db.server";
import { inChunks } from "../chunks";
import {
  actionUpdates,
  allocations,
  contacts,
  decisionAgreements,
  midwayChecks,
  reviewActions,
  reviewMonitoring,
  consultationRequests,
  letterReads,
  letters,
  letterVersions,
  reviewMeetings,
  reviews,
  statementReaders,
  statementReads,
  statementReplies,
  statements,
  urgentAlerts,
  type ContributionKind,
} from "../schema";
import { findTemplate } from "~/consultation/templates";
import type { SharingChoice } from "~/consultation/sharing";
import { addDays } from "~/dates/calendar";
import { addMonths } from "~/dates/working-days";
import { weighted, type Random, type ReviewPlan } from "./history-plan";
import { answersFor } from "./history-words";

/** Carers' and parents' forms are read, not replied to (as app/reviews/contributions.server.ts). */
const formsNotRepliedTo = new Set(["carer-review", "parent-views"]);

/** What an IRO writes back to a young person, short and warm (invented). */
const replyWords = [
  "Thank you for telling me. I will make sure we talk about this at your review.",
  "Thank you for your views. I have read them and I will share what you asked me to share.",
  "Thank you. I am glad school is going better. We will talk about your ideas at the meeting.",
  "Thank you for being so clear about what you want. I will ask your social worker about it.",
];

/*
 * The rows of a generated history (./history.ts), built in memory and written a few hundred at a
 * time, and the small helpers every part of it uses to add them: a statement with its readers, a
 * consultation request, the IRO allocated on a day.
 */

export type Staff = { userId: string; name: string };

export type HistoryPerson = {
  youngPersonId: string;
  /** The young person's account; none: nothing sent, no letter read. */
  userId: string | null;
  givenName: string;
  dateOfBirth: string;
  language: string;
  needsInterpreter: boolean;
  plan: ReviewPlan;
  iro: Staff;
  /** The IRO before `iro`: the case moves to `iro` part-way through the history. */
  formerIro?: Staff | null;
  socialWorker: Staff;
  /** The carer, and the day the child went to live with them (their forms come after it). */
  carer?: (Staff & { since: string }) | null;
  parent?: Staff | null;
  /** The team manager who answers the latest review's decisions (none: no agreement asked). */
  teamManager?: Staff | null;
  /** The chance that team manager disagrees (default 0.05). */
  disagreeChance?: number;
};

export type HistoryOptions = {
  organisationId: string;
  today: string;
  random: Random;
  people: readonly HistoryPerson[];
  closures?: readonly string[];
  /** Local standards (organisations' defaults). */
  decisionsWithinDays?: number;
  letterWithinDays?: number;
  consultationLeadDays?: number;
  agreementWithinDays?: number;
  /** Urgent worries raised across the organisation in a year, about (default: one per eight). */
  urgentWorriesPerYear?: number;
  /** Who translated the letters not in English (null: nobody named). */
  translatorUserId?: string | null;
};

export type Rows<T extends { $inferInsert: unknown }> = T["$inferInsert"][];

export function emptyRows() {
  return {
    allocations: [] as Rows<typeof allocations>,
    reviews: [] as Rows<typeof reviews>,
    meetings: [] as Rows<typeof reviewMeetings>,
    requests: [] as Rows<typeof consultationRequests>,
    statements: [] as Rows<typeof statements>,
    readers: [] as Rows<typeof statementReaders>,
    reads: [] as Rows<typeof statementReads>,
    replies: [] as Rows<typeof statementReplies>,
    alerts: [] as Rows<typeof urgentAlerts>,
    letters: [] as Rows<typeof letters>,
    versions: [] as Rows<typeof letterVersions>,
    letterReads: [] as Rows<typeof letterReads>,
    actions: [] as Rows<typeof reviewActions>,
    actionUpdates: [] as Rows<typeof actionUpdates>,
    monitoring: [] as Rows<typeof reviewMonitoring>,
    midwayChecks: [] as Rows<typeof midwayChecks>,
    contacts: [] as Rows<typeof contacts>,
    agreements: [] as Rows<typeof decisionAgreements>,
  };
}
export type HistoryRows = ReturnType<typeof emptyRows>;

/**
 * What adds one young person's rows: their IRO allocations (an occasional change of IRO), and
 * helpers for statements and requests that know who held the case on the day.
 */
export function historyWriter(options: HistoryOptions, rows: HistoryRows, person: HistoryPerson) {
  const { organisationId, today, random, closures = [] } = options;
  const now = `${today}T00:00:00.000Z`;
  /** A moment on `day` between 9:00 and 19:00 UTC (the same day in England, summer or winter). */
  const at = (day: string, from = 9, hours = 10) =>
    `${day}T${String(from + Math.floor(random() * hours)).padStart(2, "0")}:${String(Math.floor(random() * 60)).padStart(2, "0")}:00.000Z`;
  const plusMinutes = (iso: string, minutes: number) =>
    new Date(Date.parse(iso) + minutes * 60_000).toISOString();
  const since = person.plan.lookedAfterOn;
  // An occasional change of IRO, with the first allocation ended the day before the second.
  let changeOn: string | null = null;
  if (person.formerIro) {
    const earliest = [addDays(since, 60), addMonths(today, -30)].sort()[1]!;
    const latest = addMonths(today, -6);
    if (earliest < latest)
      changeOn = addDays(
        earliest,
        Math.floor((random() * (Date.parse(latest) - Date.parse(earliest))) / 86_400_000),
      );
  }
  const allocate = (userId: string, startsOn: string, endsOn: string | null) =>
    rows.allocations.push({
      organisationId,
      youngPersonId: person.youngPersonId,
      userId,
      relationship: "iro",
      startsOn,
      endsOn,
    });
  if (changeOn && person.formerIro) {
    allocate(person.formerIro.userId, since, addDays(changeOn, -1));
    allocate(person.iro.userId, changeOn, null);
  } else allocate(person.iro.userId, since, null);
  const iroOn = (day: string) =>
    changeOn && person.formerIro && day < changeOn ? person.formerIro : person.iro;

  /** A statement sent on `day` by `author`, with its readers and the IRO's read. */
  const send = (s: {
    author: string;
    templateId: string;
    day: string;
    sentAt?: string;
    sharing: SharingChoice;
    reviewId?: string | null;
    requestId?: string | null;
    helpedBy?: string | null;
    urgent?: boolean;
    language?: string;
    onDate?: string;
    feedbackMood?: number;
  }) => {
    const template = findTemplate(s.templateId)!;
    const id = randomUUID();
    const submittedAt = s.sentAt ?? at(s.day);
    const iro = iroOn(s.day);
    const language = s.language ?? person.language;
    rows.statements.push({
      id,
      organisationId,
      youngPersonId: person.youngPersonId,
      authorUserId: s.author,
      templateId: template.id,
      templateVersion: template.version,
      language,
      answers: answersFor(random, template.id, language, {
        urgent: s.urgent,
        onDate: s.onDate,
        feedbackMood: s.feedbackMood,
      }),
      status: "submitted",
      sharing: s.sharing,
      isUrgent: s.urgent ?? false,
      submittedAt,
      reviewId: s.reviewId ?? null,
      requestId: s.requestId ?? null,
      helpedBy: s.helpedBy ?? null,
      createdAt: submittedAt,
      updatedAt: submittedAt,
    });
    rows.readers.push({ statementId: id, userId: iro.userId, reason: "chosen" });
    if (s.sharing !== "iro" || s.urgent)
      rows.readers.push({
        statementId: id,
        userId: person.socialWorker.userId,
        reason: s.sharing !== "iro" ? "chosen" : "urgent",
      });
    const readAfter = 30 + Math.floor(random() * 60 * 40);
    // Nearly everything is read within a couple of days; the rest within the month.
    const read = random() < 0.88;
    const monthOld = plusMinutes(submittedAt, 30 * 24 * 60) < now;
    if ((read || monthOld) && plusMinutes(submittedAt, readAfter) < now) {
      rows.reads.push({
        statementId: id,
        userId: iro.userId,
        at: plusMinutes(submittedAt, readAfter),
      });
      // Most young people's statements get the IRO's reply within a few days; a few never do.
      const repliedAt = plusMinutes(submittedAt, readAfter + 60 * (2 + Math.floor(random() * 96)));
      if (!formsNotRepliedTo.has(template.id) && random() < 0.97 && repliedAt < now)
        rows.replies.push({
          statementId: id,
          authorUserId: iro.userId,
          text: replyWords[Math.floor(random() * replyWords.length)]!,
          createdAt: repliedAt,
        });
    }
    return { id, submittedAt };
  };
  const childSharing = (): SharingChoice =>
    weighted(random, { iro: 30, "iro-and-social-worker": 55, "everyone-at-review": 15 });
  const request = (
    reviewId: string,
    kind: ContributionKind,
    recipient: string,
    templateId: string,
    dueOn: string,
    askedOn: string,
  ) => {
    const id = randomUUID();
    rows.requests.push({
      id,
      organisationId,
      reviewId,
      youngPersonId: person.youngPersonId,
      kind,
      recipientUserId: recipient,
      templateId,
      requestedBy: iroOn(askedOn).userId,
      dueOn,
      createdAt: at(askedOn),
    });
    return id;
  };
  return {
    ...options,
    closures,
    now,
    rows,
    person,
    since,
    at,
    plusMinutes,
    iroOn,
    send,
    request,
    childSharing,
  };
}
export type HistoryWriter = ReturnType<typeof historyWriter>;

/** Writes the rows, parents before children, inside the caller's transaction. */
export function writeRows(db: Pick<Tx, "insert">, rows: HistoryRows) {
  const write = <T extends Parameters<typeof db.insert>[0]>(
    table: T,
    values: T["$inferInsert"][],
  ) => {
    for (const chunk of inChunks(values, 150)) db.insert(table).values(chunk).run();
  };
  write(allocations, rows.allocations);
  write(reviews, rows.reviews);
  write(reviewMeetings, rows.meetings);
  write(consultationRequests, rows.requests);
  write(statements, rows.statements);
  write(statementReaders, rows.readers);
  write(statementReads, rows.reads);
  write(statementReplies, rows.replies);
  write(urgentAlerts, rows.alerts);
  write(letters, rows.letters);
  write(letterVersions, rows.versions);
  write(letterReads, rows.letterReads);
  write(reviewActions, rows.actions);
  write(actionUpdates, rows.actionUpdates);
  write(reviewMonitoring, rows.monitoring);
  write(midwayChecks, rows.midwayChecks);
  write(contacts, rows.contacts);
  write(decisionAgreements, rows.agreements);
}
