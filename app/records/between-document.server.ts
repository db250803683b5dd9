import { and, asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "#db/db.server";
import {
  actionUpdates,
  contacts,
  escalationStages,
  escalationSteps,
  reviewActions,
  reviews,
  users,
  type Escalation,
  type MidwayCheck,
} from "#db/schema";
import { defaultStages } from "~/escalations/rules";
import { stageName } from "~/escalations/ui/stage-name";
import { formatDate, formatDateTime } from "~/i18n/format";
import { issuedOn } from "~/letters/render";
import { documentHeader, en, enAs, recordSubject } from "./header.server";
import type { ReviewDocument } from "./review-document.server";

/*
 * What happens between reviews, for the case record (issue 18): a midway check (how it was
 * checked, the rating, each action's progress recorded then), an escalation with every step, and
 * the IRO's contact log for the bundle's period. English, as the rest of the record; staff words
 * as they wrote them. Same shape as the review record: a header and sections of facts.
 */

export type SectionsDocument = ReviewDocument;

const day = (d: string | null) => (d ? formatDate(d, "en") : "—");
const when = (iso: string) => formatDateTime(iso, "en");

export const midwayTitle = () => en("document.kind.midway");
export const contactsTitle = () => en("document.kind.contacts");
export const escalationTitle = (e: Pick<Escalation, "theme">) =>
  en("document.escalation.title", { theme: enAs("escalations")(`themes.${e.theme}`) });
/** An escalation belongs to the day it was raised (in England). */
export const escalationDate = (e: Pick<Escalation, "createdAt">) => issuedOn(e.createdAt);

export function midwayDocument(check: MidwayCheck, madeBy: string): SectionsDocument {
  const subject = recordSubject(check.youngPersonId);
  const tm = enAs("midway");
  const ta = enAs("actions");
  const db = getDb();
  const by = db
    .select({ name: users.displayName })
    .from(users)
    .where(eq(users.id, check.recordedBy))
    .get()?.name;
  const review = db
    .select({ heldOn: reviews.heldOn, decisions: reviews.decisions })
    .from(reviews)
    .where(eq(reviews.id, check.reviewId))
    .get();
  const progress = db
    .select({
      position: reviewActions.position,
      state: actionUpdates.state,
      note: actionUpdates.note,
    })
    .from(actionUpdates)
    .innerJoin(reviewActions, eq(reviewActions.id, actionUpdates.actionId))
    .where(eq(actionUpdates.midwayCheckId, check.id))
    .orderBy(asc(reviewActions.position))
    .all()
    .map(
      (p) =>
        `${review?.decisions?.[p.position] ?? ""}: ${ta(`states.${p.state}`)}${p.note ? `. ${p.note}` : ""}`,
    );
  return {
    header: documentHeader(subject, "midway", midwayTitle(), check.checkedOn, madeBy),
    sections: [
      {
        heading: en("document.kind.midway"),
        rows: [
          { label: en("between.date"), value: day(check.checkedOn) },
          { label: en("between.due"), value: day(check.dueOn) },
          {
            label: en("between.actions.review", { date: day(review?.heldOn ?? null) }),
            value: review?.decisions?.length ? review.decisions : ["—"],
          },
          {
            label: en("between.midway.how"),
            value: check.checkedWith.map((w) => tm(`checkedWith.${w}`)),
          },
          { label: en("between.rag"), value: tm(`rag.${check.rag}`) },
          ...(check.note ? [{ label: en("between.note"), value: check.note }] : []),
          { label: en("between.by"), value: by ?? "—" },
        ],
      },
      ...(progress.length
        ? [
            {
              heading: en("between.actions.title"),
              rows: [{ label: en("between.state"), value: progress }],
            },
          ]
        : []),
    ],
  };
}

export function escalationDocument(escalation: Escalation, madeBy: string): SectionsDocument {
  const subject = recordSubject(escalation.youngPersonId);
  const te = enAs("escalations");
  const tm = enAs("midway");
  const db = getDb();
  const stepBy = alias(users, "step_by");
  const stepTo = alias(users, "step_to");
  const stored = db
    .select({
      position: escalationStages.position,
      key: escalationStages.key,
      name: escalationStages.name,
    })
    .from(escalationStages)
    .where(eq(escalationStages.organisationId, escalation.organisationId))
    .all();
  const stages = stored.length ? stored : defaultStages;
  const stage = (position: number) =>
    stageName(
      te,
      stages.find((s) => s.position === position) ?? { position, key: null, name: null },
    );
  const name = (id: string) =>
    db.select({ name: users.displayName }).from(users).where(eq(users.id, id)).get()?.name ?? "—";
  const steps = db
    .select({
      at: escalationSteps.at,
      kind: escalationSteps.kind,
      stage: escalationSteps.stagePosition,
      by: stepBy.displayName,
      to: stepTo.displayName,
      response: escalationSteps.response,
      actBy: escalationSteps.actBy,
      text: escalationSteps.text,
    })
    .from(escalationSteps)
    .leftJoin(stepBy, eq(stepBy.id, escalationSteps.byUserId))
    .leftJoin(stepTo, eq(stepTo.id, escalationSteps.addressedTo))
    .where(eq(escalationSteps.escalationId, escalation.id))
    .orderBy(asc(escalationSteps.at))
    .all()
    .map((s) =>
      [
        `${when(s.at)}: ${tm(`timeline.event.escalation_${s.kind}`, { stage: stage(s.stage) })}`,
        s.by ? ` (${s.by})` : "",
        s.to ? ` → ${s.to}` : "",
        s.response === "agreed"
          ? `. ${te("steps.agreed", { date: s.actBy ? day(s.actBy) : "—" })}`
          : s.response === "disagree"
            ? `. ${te("steps.disagreed")}`
            : "",
        s.text ? `: ${s.text}` : "",
      ].join(""),
    );
  return {
    header: documentHeader(
      subject,
      "escalation",
      escalationTitle(escalation),
      escalationDate(escalation),
      madeBy,
    ),
    sections: [
      {
        heading: en("document.kind.escalation"),
        rows: [
          {
            label: en("between.escalations.raised", {
              date: day(escalationDate(escalation)),
              name: name(escalation.raisedBy),
            }),
            value: te(`themes.${escalation.theme}`),
          },
          { label: en("between.escalations.whatIsWrong"), value: escalation.whatIsWrong },
          { label: en("between.escalations.askingFor"), value: escalation.askingFor },
          { label: en("between.escalations.stage"), value: stage(escalation.stagePosition) },
          { label: en("between.escalations.with"), value: name(escalation.addressedTo) },
          ...(escalation.status === "open"
            ? [{ label: en("between.escalations.respondBy"), value: day(escalation.respondBy) }]
            : []),
          {
            label: en("between.escalations.status"),
            value:
              escalation.status === "resolved"
                ? `${te("state.resolved")}${escalation.outcome ? `: ${te(`outcomes.${escalation.outcome}`)}` : ""}`
                : te(escalation.respondedAt ? "state.answered" : "state.waiting"),
          },
        ],
      },
      {
        heading: en("between.escalations.steps"),
        rows: [{ label: en("between.escalations.steps"), value: steps.length ? steps : ["—"] }],
      },
    ],
  };
}

/** The contact log: the given contacts (those in the bundle's period), oldest first. */
export function contactsDocument(
  youngPersonId: string,
  organisationId: string,
  ids: string[],
  madeBy: string,
): SectionsDocument {
  const subject = recordSubject(youngPersonId);
  const tm = enAs("midway");
  const rows = ids.length
    ? getDb()
        .select({
          contactOn: contacts.contactOn,
          kind: contacts.kind,
          withWhom: contacts.withWhom,
          seenAlone: contacts.seenAlone,
          note: contacts.note,
          by: users.displayName,
        })
        .from(contacts)
        .innerJoin(users, eq(users.id, contacts.byUserId))
        .where(
          and(
            inArray(contacts.id, ids),
            eq(contacts.youngPersonId, youngPersonId),
            eq(contacts.organisationId, organisationId),
          ),
        )
        .orderBy(asc(contacts.contactOn), asc(contacts.createdAt))
        .all()
    : [];
  const last = rows.at(-1)?.contactOn ?? issuedOn(new Date().toISOString());
  return {
    header: documentHeader(subject, "contacts", contactsTitle(), last, madeBy),
    sections: rows.map((c) => ({
      heading: `${day(c.contactOn)}: ${tm(`contacts.kind.${c.kind}`)}`,
      rows: [
        { label: en("between.contacts.withWhom"), value: c.withWhom },
        {
          label: en("between.contacts.seen"),
          value: tm(
            `contacts.seenAlone.${c.seenAlone === null ? "not_seen" : c.seenAlone ? "yes" : "no"}`,
          ),
        },
        ...(c.note ? [{ label: en("between.note"), value: c.note }] : []),
        { label: en("between.by"), value: c.by },
      ],
    })),
  };
}
