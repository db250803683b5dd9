import type { TFunction } from "i18next";
import type { LetterFacts, LetterFields } from "#db/schema";
import { todayInEngland } from "~/dates/calendar";
import { formatDate } from "~/i18n/format";
import { getLanguage, type LanguageCode } from "~/i18n/languages";
import { decisionsOf, letterSections } from "./sections";

/*
 * A letter laid out for its reader, with no server code: the PDF, the letter page and the IRO's
 * preview all show what this returns, through ui/LetterView. The words come from `t` (the
 * server's `renderLetter` passes the letters namespace in the reader's language).
 */

/** What a letter shows: the IRO's words, the translation and the dates and names it states. */
export type LetterContent = { fields: LetterFields; translation: LetterFields; facts: LetterFacts };

/** The day a version was issued, in England (not the UTC date): the letter page and its PDF say it. */
export function issuedOn(issuedAt: string): string {
  return todayInEngland(new Date(issuedAt));
}

export type LetterSectionView = {
  id: string;
  icon: string;
  heading: string;
  fixed: string[];
  text: string | null;
  decisions: { text: string; fixed: string }[];
};

/** Everything a section says, in reading order: what read aloud speaks. */
export function sectionWords(section: LetterSectionView): string {
  return [
    section.heading,
    ...section.fixed,
    section.text ?? "",
    ...section.decisions.flatMap((d) => [d.text, d.fixed]),
  ]
    .filter(Boolean)
    .join(". ");
}

/**
 * A version as its reader sees it: headings, fixed sentences and dates in `language`, the IRO's
 * words in the child's language (the translation) or, when `language` is English, as written.
 */
export function composeLetter(version: LetterContent, language: LanguageCode, t: TFunction) {
  const words = language === "en" ? version.fields : version.translation;
  const say = (key: string) => {
    const text = (words[key] ?? version.fields[key] ?? "").trim();
    return text || null;
  };
  const date = (d: string) => formatDate(d, language);
  const { facts } = version;
  const decisions = decisionsOf(version.fields).map((d) => {
    const who = say(`decided.${d.index}.who`) ?? "";
    return {
      text: say(`decided.${d.index}.text`) ?? d.text,
      fixed: who
        ? d.by && /^\d{4}-\d{2}-\d{2}$/.test(d.by)
          ? t("fixed.decision", { who, date: date(d.by) })
          : t("fixed.decisionNoDate", { who })
        : "",
    };
  });
  const fixedFor: Record<string, string[]> = {
    about: [
      t("fixed.meetings", {
        count: facts.meetings.length,
        dates: facts.meetings.map(date).join(", "),
      }),
      ...(facts.place ? [t("fixed.place", { place: facts.place })] : []),
    ],
    nextReview: facts.nextReviewDue
      ? [t("fixed.nextReview", { date: date(facts.nextReviewDue) })]
      : [],
    contact: [t("fixed.contact", { name: facts.iroName }), ...contactLines(facts, t)],
    complain: [t("fixed.complain"), ...advocacyLines(facts, t)],
  };
  const sections: LetterSectionView[] = letterSections
    .map(({ id, icon }) => ({
      id,
      icon,
      heading: t(`sections.${id}`),
      fixed: fixedFor[id] ?? [],
      text: id === "decided" ? null : say(id),
      decisions: id === "decided" ? decisions : [],
    }))
    .filter((s) => s.fixed.length || s.text || s.decisions.length);
  return {
    lang: language,
    dir: getLanguage(language).dir,
    greeting: t("fixed.greeting", { name: facts.childName }),
    signOff: t("fixed.signOff", { name: facts.iroName }),
    sections,
  };
}

export type RenderedLetter = ReturnType<typeof composeLetter>;

/*
 * The council's contact details, as the version froze them when it was issued (see
 * facts.server). The sentences are in the settings namespace, beside the settings that fill them.
 */
type Contacts = {
  contacts?: {
    iroServicePhone: string | null;
    iroServiceEmail: string | null;
    advocacyServiceName: string | null;
    advocacyServicePhone: string | null;
  } | null;
};

function contactLines(facts: LetterFacts & Contacts, t: TFunction): string[] {
  const phone = facts.contacts?.iroServicePhone;
  const email = facts.contacts?.iroServiceEmail;
  if (phone && email) return [t("settings:letter.ringOrEmail", { phone, email })];
  if (phone) return [t("settings:letter.ring", { phone })];
  if (email) return [t("settings:letter.email", { email })];
  return [];
}

function advocacyLines(facts: LetterFacts & Contacts, t: TFunction): string[] {
  const name = facts.contacts?.advocacyServiceName;
  const phone = facts.contacts?.advocacyServicePhone;
  if (!name) return [];
  return [
    phone
      ? t("settings:letter.advocacy", { name, phone })
      : t("settings:letter.advocacyNoPhone", { name }),
  ];
}
