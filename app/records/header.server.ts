import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { youngPeople } from "#db/schema";
import { formatDate, formatDateTime } from "~/i18n/format";
import type { TFunction } from "i18next";
import { fixedT } from "~/i18n/i18n.server";
import type { Namespace } from "~/i18n/languages";
import { fullName } from "~/young-people/names";
import type { DocumentKind } from "./file-name";

/*
 * The case record is English (the council's record is kept in English): every label comes from
 * the English `records` namespace; only the young person's own words keep their language.
 */
export const en: TFunction = ((...args: Parameters<TFunction>) =>
  fixedT("en", "records")(...args)) as TFunction;
export const enAs = (ns: Namespace) => fixedT("en", ns);

/** The young person a document is about, as the header and the file name need them. */
export function recordSubject(youngPersonId: string) {
  const person = getDb()
    .select({
      id: youngPeople.id,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
      caseReference: youngPeople.caseReference,
      dateOfBirth: youngPeople.dateOfBirth,
    })
    .from(youngPeople)
    .where(eq(youngPeople.id, youngPersonId))
    .get();
  if (!person) throw new Error("Young person not found");
  return person;
}

export type RecordSubject = ReturnType<typeof recordSubject>;

/** What heads every page: whose, which reference, what kind, which day; and who made the copy. */
export type DocumentHeader = {
  kind: DocumentKind;
  kindLabel: string;
  title: string;
  rows: { label: string; value: string }[];
  made: string;
};

export function documentHeader(
  subject: RecordSubject,
  kind: DocumentKind,
  title: string,
  date: string,
  madeBy: string,
  now = new Date(),
): DocumentHeader {
  return {
    kind,
    kindLabel: en(`document.kind.${kind}`),
    title,
    rows: [
      { label: en("document.youngPerson"), value: fullName(subject) },
      {
        label: en("document.caseReference"),
        value: subject.caseReference ?? en("document.noCaseReference"),
      },
      { label: en("document.dateOfBirth"), value: formatDate(subject.dateOfBirth, "en") },
      { label: en("document.date"), value: formatDate(date, "en") },
    ],
    made: en("document.made", { date: formatDateTime(now.toISOString(), "en"), name: madeBy }),
  };
}
