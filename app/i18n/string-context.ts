/*
 * Context a translator needs beside each string, derived from where its key lives: which part of
 * the service shows it, who reads it, and how long it may be. Plain words, for translation
 * agencies' XLIFF files (see ADR 21). No server code: safe anywhere.
 */
import { childForms as ownForms } from "~/organisations/forms-offered";
import { pluralBase } from "./keys";
import type { Namespace } from "./languages";

const areas: Record<Namespace, string> = {
  common: "Every page: the header, the help dialog, error pages and the footer",
  auth: "Signing in: young people's picture passwords and codes, and staff sign-in",
  home: "Home pages: a young person's page, staff caseloads, the translations page",
  consultation:
    "The forms people fill in before a review (young people, carers, parents, professionals) and the statements staff read",
  reviews: "The IRO's pages for preparing and recording a review (staff)",
  forms: "Asking for views before a review: requests, invitations, notifications, together mode",
  letters: "Letters to young people after their review, and the pages to write and translate them",
  admin: "Administration home (staff)",
  staff: "Administration: staff accounts (staff)",
  people: "Administration: young people's records and allocations (staff)",
  settings: "Administration: the council's settings (staff)",
  import: "Administration: importing from the case system (staff)",
  audit: "The audit trail managers read (staff)",
  reports: "The annual-report figures managers and IROs read (staff)",
  records: "Documents for the case record, bundles and subject access (staff)",
  mythings: "My things: a young person downloads everything they sent and received",
  retention: "Erasing records and how long things are kept (administrators)",
  actions: "Decisions from reviews tracked to done, and team managers agreeing them (staff)",
  midway: "Midway checks between reviews, the IRO's contact log and a child's timeline (staff)",
  monitoring:
    "Monitoring after a review (ratings, concerns) and the monthly page for managers (staff)",
  escalations:
    "Escalations through the dispute resolution stages, teams, and the managers' home page (staff)",
  about:
    '"What is my review?": short pages for young people about reviews, IROs, advocates and their rights',
};

const lastPart: [RegExp, string][] = [
  [/^(title|heading|.*Title)$/, "a page or section heading"],
  [/^(intro|.*Intro|body|.*Body)$/, "a paragraph under a heading"],
  [/^(hint|.*Hint)$/, "a hint under a field's label"],
  [/^(label|.*Label)$/, "a field's label"],
  [/^(button|submit|save|send|next|back|skip|start|continue.*|cancel|close|.*Button)$/, "a button"],
];

/** Forms children fill in (their questions are read by children): their own, and two they are asked. */
const childForms: readonly string[] = [...ownForms, "letter-reply", "feedback"];

/** Does a child read this string? Then it must be short, warm and simple. */
export function readByChildren(ns: string, key: string): boolean {
  const [first = "", second = ""] = key.split(".");
  if (ns === "common" || ns === "about" || ns === "mythings") return true;
  if (ns === "consultation")
    return (
      childForms.includes(first) ||
      ["options", "errors", "ui", "sharing"].includes(first) ||
      (first === "templates" && childForms.includes(second))
    );
  if (ns === "home") return first === "me";
  if (ns === "letters") return ["sections", "fixed", "me"].includes(first);
  if (ns === "auth") return ["pictures", "start"].includes(first);
  return false;
}

/**
 * Where a string appears, in plain words: "The forms people fill in … . Form "Get ready for my
 * review": a question, in the words for younger children."
 */
export function whereItAppears(
  ns: string,
  key: string,
  english: (key: string) => string | undefined,
) {
  const parts = key.split(".");
  const [first = "", second = "", third = ""] = parts;
  const area = (areas as Record<string, string>)[ns] ?? ns;
  let detail: string | undefined;
  if (ns === "consultation") {
    const formTitle = english(`templates.${first}.title`);
    if (first === "templates") {
      const title = english(`templates.${second}.title`);
      detail = `${third === "title" ? "the title" : "the introduction"} of the form "${title}"`;
    } else if (formTitle && parts.length === 3) {
      const hasTeen = english(`${first}.${second}.teen`) !== undefined;
      detail = `form "${formTitle}": a question${
        third === "teen"
          ? ", in the words for teenagers"
          : hasTeen
            ? ", in the words for younger children"
            : ""
      }`;
    } else if (first === "options") {
      detail = "an answer a person chooses: the word under a picture, on a button-sized tile";
    } else if (first === "errors") {
      detail = "an error message, beside the answer and in the list of problems at the top";
    } else if (first === "ui") {
      detail = "the question pages: buttons, hints and messages around each question";
    } else if (first === "sharing") {
      detail = "choosing who can read what the young person sent";
    }
  }
  if (!detail && parts.includes("errors")) detail = "an error message beside a field";
  if (!detail) {
    const last = pluralBase(parts[parts.length - 1] ?? "");
    detail = lastPart.find(([pattern]) => pattern.test(last))?.[1];
  }
  return detail ? `${area}. ${capitalise(detail)}.` : `${area}.`;
}

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Most a short label may grow to, in characters (see `maxLength`). */
export const shortLabelLimit = 40;

/**
 * The most characters a translation may have, where one applies. A short label (English of up to
 * 30 characters that is not a sentence: a button, a picture's word, a heading, a table column)
 * must stay at most 40, so it fits a button or a picture tile on a 320-pixel phone screen in one or
 * two lines. Sentences and paragraphs wrap, so they have none.
 */
export function maxLength(english: string): number | undefined {
  const isSentence = /[.?!:…]$/.test(english.trim()) || english.includes("{{");
  return english.length <= 30 && !isSentence && !english.includes("\n")
    ? shortLabelLimit
    : undefined;
}

/** For a plural form: which numbers use it in this language ("1", "3, 4, 5 …"). */
export function pluralNumbers(lng: string, category: string): string {
  const rules = new Intl.PluralRules(lng);
  const numbers: number[] = [];
  for (let n = 0; n <= 200 && numbers.length < 4; n++)
    if (rules.select(n) === category) numbers.push(n);
  return numbers.length > 3 ? `${numbers.slice(0, 3).join(", ")} …` : numbers.join(", ");
}
