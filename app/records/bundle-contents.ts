import { caseRecordFileName, caseRecordSubject, type DocumentKind } from "./file-name";

/*
 * What a per-child bundle holds, decided without I/O so it can be tested: every document in the
 * period, oldest first, each under its stable file name (a second document of the same kind on the
 * same day gets "-2", "-3" before ".pdf"), and a manifest listing them.
 */

/**
 * A document the bundle may hold: a sent statement, a held review, an issued letter version, a
 * midway check, an escalation, or one contact (the contacts in the period become one contact log).
 */
export type DocumentRef = {
  kind: DocumentKind;
  id: string;
  /** The England date it belongs to: sent, held or issued (YYYY-MM-DD). */
  date: string;
  /** A letter's version number. */
  version?: number;
  /** What it is, in English, for the manifest ("Get ready for my review"). */
  title: string;
};

/** The contact log's entry also names the contacts it holds (those in the period). */
export type BundleEntry = DocumentRef & { fileName: string; ids?: string[] };

export type Period = { from: string | null; to: string | null };

const kindOrder: Record<DocumentKind, number> = {
  statement: 0,
  review: 1,
  letter: 2,
  midway: 3,
  escalation: 4,
  contacts: 5,
};

/** Is `date` within the period (both ends included; an open end is no limit)? */
export const inPeriod = (date: string, { from, to }: Period) =>
  (!from || date >= from) && (!to || date <= to);

export function bundleContents(
  person: { id: string; caseReference: string | null },
  documents: DocumentRef[],
  period: Period,
): BundleEntry[] {
  const taken = new Map<string, number>();
  const inside = documents.filter((d) => inPeriod(d.date, period));
  // One contact log for the period, dated its last contact, only when there was a contact.
  const contacts = inside.filter((d) => d.kind === "contacts");
  const log: (DocumentRef & { ids?: string[] })[] = contacts.length
    ? [
        {
          kind: "contacts",
          id: "contacts",
          date: contacts.reduce((last, c) => (c.date > last ? c.date : last), contacts[0]!.date),
          title: contacts[0]!.title,
          ids: contacts.map((c) => c.id),
        },
      ]
    : [];
  return [...inside.filter((d) => d.kind !== "contacts"), ...log]
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        kindOrder[a.kind] - kindOrder[b.kind] ||
        (a.version ?? 0) - (b.version ?? 0) ||
        a.id.localeCompare(b.id),
    )
    .map((d) => {
      const name = caseRecordFileName(person, d.kind, d.date);
      const n = (taken.get(name) ?? 0) + 1;
      taken.set(name, n);
      return { ...d, fileName: n === 1 ? name : name.replace(/\.pdf$/, `-${n}.pdf`) };
    });
}

/** The bundle's own name: `<case reference>_case-record_<from>_<to>.zip`. */
export function bundleFileName(
  person: { id: string; caseReference: string | null },
  period: Period,
  today: string,
) {
  return `${caseRecordSubject(person)}_case-record_${period.from ?? "start"}_${period.to ?? today}.zip`;
}

const csvCell = (value: string) =>
  /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * manifest.csv: one line per file with its kind, date, version, what it is and its SHA-256, so the
 * receiving council can check that every file arrived whole. A plain table, no comment lines, so
 * any spreadsheet or case system importer reads it.
 */
export function manifestCsv(files: (BundleEntry & { sha256: string })[]): string {
  const lines = [
    ["file", "kind", "date", "version", "title", "sha256"],
    ...files.map((f) => [
      f.fileName,
      f.kind,
      f.date,
      f.version ? String(f.version) : "",
      f.title,
      f.sha256,
    ]),
  ];
  return lines.map((l) => l.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
