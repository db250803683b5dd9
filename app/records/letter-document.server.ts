import type { letters } from "#db/schema";
import { formatDate } from "~/i18n/format";
import { getLanguage } from "~/i18n/languages";
import type { VersionRow } from "~/letters/records.server";
import { issuedOn, type RenderedLetter } from "~/letters/render";
import { renderLetter } from "~/letters/render.server";
import { documentHeader, en, enAs, recordSubject, type DocumentHeader } from "./header.server";

/*
 * An issued letter version for the case record: the English first (the record is English), and
 * beside it, on the next page, the letter exactly as the young person reads it in their language.
 */

export type LetterDocument = {
  header: DocumentHeader;
  facts: { label: string; value: string }[];
  versions: { heading: string; letter: RenderedLetter }[];
};

export const letterRecordDate = (version: Pick<VersionRow, "issuedAt">) =>
  issuedOn(version.issuedAt);

export const letterTitle = (version: Pick<VersionRow, "number">) =>
  en("document.letter.title", { n: version.number });

export function letterDocument(
  letter: Pick<typeof letters.$inferSelect, "youngPersonId">,
  version: VersionRow,
  madeBy: string,
): LetterDocument {
  const subject = recordSubject(letter.youngPersonId);
  const date = letterRecordDate(version);
  const language = enAs("consultation")(`languages.${getLanguage(version.language).code}`);
  const facts = [
    {
      label: en("document.letter.issued"),
      value: enAs("letters")("fixed.version", { n: version.number, date: formatDate(date, "en") }),
    },
  ];
  if (version.reason) facts.push({ label: en("document.letter.reason"), value: version.reason });
  const versions = [
    { heading: en("document.letter.english"), letter: renderLetter(version, "en") },
  ];
  if (version.language !== "en")
    versions.push({
      heading: en("document.letter.childs", { language }),
      letter: renderLetter(version, version.language),
    });
  return {
    header: documentHeader(subject, "letter", letterTitle(version), date, madeBy),
    facts,
    versions,
  };
}
