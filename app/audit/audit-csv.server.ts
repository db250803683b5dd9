import { stringify } from "csv-stringify/sync";
import type { SignedIn } from "~/auth/require-user.server";
import { fixedT } from "~/i18n/i18n.server";
import { actionLabelKey } from "./actions";
import { auditEventBatches, type AuditEventRow } from "./audit-trail.server";
import type { AuditFilter } from "./filters";
import { spreadsheetSafe } from "~/http/csv";

/*
 * The audit trail as CSV, for an investigation or a complaint: a record the council keeps and
 * passes on, so its words are English (like the letters register), with the stable action code
 * beside each label and the time both in UTC (exact) and in England (as people remember it).
 */

export const auditCsvHeader = [
  "when (UTC)",
  "when (England)",
  "who",
  "role",
  "action",
  "what",
  "young person",
  "case reference",
  "subject",
  "subject id",
  "subject name",
  "from address",
  "request id",
];

const englandTime = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/**
 * The English words for actions and roles, each looked up once per export: i18next takes tens of
 * microseconds a call, which a long export would otherwise pay twice a row.
 */
function englishLabels() {
  const audit = fixedT("en", "audit");
  const home = fixedT("en", "home");
  const actions = new Map<string, string>();
  const roles = new Map<string, string>();
  return {
    action(action: string) {
      let label = actions.get(action);
      if (label === undefined)
        actions.set(action, (label = audit(actionLabelKey(action), { defaultValue: action })));
      return label;
    },
    role(role: string | null) {
      if (!role) return "";
      let label = roles.get(role);
      if (label === undefined) roles.set(role, (label = home(`roles.${role}`)));
      return label;
    },
  };
}

export function auditCsvRows(events: AuditEventRow[], labels = englishLabels()): string[][] {
  return events.map((e) =>
    [
      e.at,
      englandTime.format(new Date(e.at)),
      e.actorName ?? "system",
      labels.role(e.actorRole),
      e.action,
      labels.action(e.action),
      e.givenName !== null && e.familyName !== null ? `${e.givenName} ${e.familyName}` : "",
      e.caseReference,
      e.subjectType,
      e.subjectId,
      e.subjectName ?? "",
      e.clientAddress,
      e.requestId,
    ].map(spreadsheetSafe),
  );
}

const encoder = new TextEncoder();

/**
 * Every event the filter matches, streamed batch by batch (memory stays flat however long the
 * trail). A byte-order mark first, so Excel reads names in Arabic or Ge'ez script correctly.
 */
export function auditCsvStream(user: SignedIn, filter: AuditFilter): ReadableStream<Uint8Array> {
  const batches = auditEventBatches(user, filter);
  const labels = englishLabels();
  let started = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${stringify([auditCsvHeader], csvOptions)}`));
        return;
      }
      const next = batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(stringify(auditCsvRows(next.value, labels), csvOptions)));
    },
    cancel() {
      batches.return(undefined);
    },
  });
}

const csvOptions = { quoted: true, quoted_empty: true, record_delimiter: "windows" } as const;
