import { type Escalation, type MidwayCheck } from "#db/schema";
import { stageName } from "~/escalations/ui/stage-name";
import { formatDate, formatDateTime } from "~/i18n/format";
import { issuedOn } from "~/letters/render";
import { collectStaffRecords, type StaffRecords } from "~/rights/staff-records.server";
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

export function midwayDocument(
  check: MidwayCheck,
  madeBy: string,
  records: StaffRecords = collectStaffRecords(check.organisationId, check.youngPersonId),
): SectionsDocument {
  const subject = recordSubject(check.youngPersonId);
  const tm = enAs("midway");
  const ta = enAs("actions");
  const recorded = records.midwayChecks.find((m) => m.id === check.id);
  const by = recorded?.by;
  const review = recorded && { heldOn: recorded.reviewHeldOn, decisions: recorded.decisions };
  const progress = records.actions
    .filter((a) => a.reviewId === check.reviewId)
    .flatMap((a) =>
      a.history
        .filter((h) => h.midwayCheckId === check.id)
        .map((h) => `${a.decision}: ${ta(`states.${h.state}`)}${h.note ? `. ${h.note}` : ""}`),
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

export function escalationDocument(
  escalation: Escalation,
  madeBy: string,
  records: StaffRecords = collectStaffRecords(escalation.organisationId, escalation.youngPersonId),
): SectionsDocument {
  const subject = recordSubject(escalation.youngPersonId);
  const te = enAs("escalations");
  const tm = enAs("midway");
  const stage = (position: number) =>
    stageName(
      te,
      records.stages.find((s) => s.position === position) ?? { position, key: null, name: null },
    );
  const recorded = records.escalations.find((e) => e.id === escalation.id);
  const steps = (recorded?.steps ?? []).map((s) =>
    [
      `${when(s.at)}: ${tm(`timeline.event.escalation_${s.kind}`, { stage: stage(s.stage) })}`,
      s.by ? ` (${s.by})` : "",
      s.addressedTo ? ` → ${s.addressedTo}` : "",
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
              name: recorded?.raisedBy ?? "—",
            }),
            value: te(`themes.${escalation.theme}`),
          },
          { label: en("between.escalations.whatIsWrong"), value: escalation.whatIsWrong },
          { label: en("between.escalations.askingFor"), value: escalation.askingFor },
          { label: en("between.escalations.stage"), value: stage(escalation.stagePosition) },
          { label: en("between.escalations.with"), value: recorded?.addressedTo ?? "—" },
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
  records: StaffRecords = collectStaffRecords(organisationId, youngPersonId),
): SectionsDocument {
  const subject = recordSubject(youngPersonId);
  const tm = enAs("midway");
  const wanted = new Set(ids);
  const rows = records.contacts.filter((c) => wanted.has(c.id));
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
