import { inArray } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { users, type Statement } from "#db/schema";
import { answerRows } from "~/consultation/answer-rows.server";
import { answersBeyondReaders, type Answers } from "~/consultation/answers";
import { listInterpreting } from "~/consultation/interpreter.server";
import { templateOf } from "~/consultation/templates";
import { todayInEngland } from "~/dates/calendar";
import { formatDate, formatDateTime } from "~/i18n/format";
import { fixedT } from "~/i18n/i18n.server";
import { getLanguage, isLanguageCode, type LanguageCode } from "~/i18n/languages";
import { documentHeader, en, enAs, recordSubject, type DocumentHeader } from "./header.server";

/*
 * A sent statement for the case record: each question in English, the answer in English words,
 * and beside it what the young person saw and said in their language: the question as they read
 * it, the option words they chose, their free text as written, and an interpreter's words where
 * an interpreter has helped. Private answers (the young person chose who may read them) never
 * leave Own Voice, so they are left out, and the document says so.
 */

export type AnswerCell =
  | { kind: "skipped"; text: string }
  | { kind: "words"; english: string[]; original: string[] | null; ordered: boolean }
  | { kind: "text"; english: string | null; original: string | null; note: string | null }
  | { kind: "erased" };

export type StatementDocument = {
  header: DocumentHeader;
  /** The young person's language, when it is not English: the second column. */
  language: { code: string; dir: "ltr" | "rtl"; heading: string } | null;
  facts: { label: string; value: string }[];
  erased: string | null;
  columns: { question: string; english: string };
  rows: {
    id: string;
    question: string;
    originalQuestion: string | null;
    answer: AnswerCell;
  }[];
  leftOut: string | null;
};

/** The date a statement belongs to in the case record: the day it was sent, in England. */
export const statementDate = (statement: Pick<Statement, "submittedAt">) =>
  todayInEngland(new Date(statement.submittedAt!));

/** The English title of a statement's form ("Get ready for my review"). */
export const statementTitle = (statement: Pick<Statement, "templateId">) =>
  enAs("consultation")(`templates.${statement.templateId}.title`);

export function statementDocument(statement: Statement, madeBy: string): StatementDocument {
  const subject = recordSubject(statement.youngPersonId);
  const template = templateOf(statement);
  const sentOn = statement.submittedAt!.slice(0, 10);
  const lng: LanguageCode | null =
    statement.language !== "en" && isLanguageCode(statement.language) ? statement.language : null;
  const all = statement.answers as Answers;
  const shared = answersBeyondReaders(template, all);
  const names = nameOf([statement.authorUserId, statement.helpedBy, statement.erasedBy]);
  const englishRows = answerRows(
    { ...statement, answers: shared },
    subject.dateOfBirth,
    sentOn,
    "en",
  );
  const originalRows = lng
    ? answerRows({ ...statement, answers: shared }, subject.dateOfBirth, sentOn, lng)
    : null;
  const interpreting = listInterpreting(statement.id);
  const consultation = enAs("consultation");
  const original = lng ? fixedT(lng, "consultation") : null;
  const languageName = (code: string) => consultation(`languages.${getLanguage(code).code}`);
  const erased = statement.erasedAt
    ? en("document.erased", {
        date: formatDate(todayInEngland(new Date(statement.erasedAt)), "en"),
        name: names.get(statement.erasedBy ?? "") ?? "",
        reason: statement.erasedReason ?? "",
      })
    : null;

  type Row = (typeof englishRows)[number];
  const cell = (row: Row, originalRow: Row | undefined): AnswerCell => {
    if (erased) return { kind: "erased" };
    const answer = row.answer as Answers[string] | null;
    if (answer === null || answer === undefined)
      return { kind: "skipped", text: en("document.statement.skipped") };
    if (typeof answer === "string" && row.question.kind === "date")
      return {
        kind: "words",
        english: [row.formattedDate ?? answer],
        original: originalRow ? [originalRow.formattedDate ?? answer] : null,
        ordered: false,
      };
    if (typeof answer === "string" || Array.isArray(answer)) {
      const codes = (Array.isArray(answer) ? answer : [answer]).map(String);
      return {
        kind: "words",
        english: codes.map((c) => consultation(`options.${c}`)),
        original: original ? codes.map((c) => original(`options.${c}`)) : null,
        ordered: row.question.kind === "rank",
      };
    }
    const found = interpreting.find((i) => i.questionId === row.question.id);
    const interpreted = found?.translation
      ? en("document.statement.interpreted", {
          name: found.doneBy ?? "",
          date: formatDate(todayInEngland(new Date(found.doneAt!)), "en"),
        })
      : null;
    const inEnglish = answer.language === "en";
    if ("voiceNoteId" in answer)
      return {
        kind: "text",
        english: found?.translation ?? null,
        original: null,
        note: [
          en("document.statement.voiceNote", { language: languageName(answer.language) }),
          interpreted,
        ]
          .filter(Boolean)
          .join(" "),
      };
    return {
      kind: "text",
      english: inEnglish ? answer.text : (found?.translation ?? null),
      original: inEnglish ? null : answer.text,
      note: inEnglish
        ? null
        : (interpreted ??
          en("document.statement.notInterpreted", { language: languageName(answer.language) })),
    };
  };

  const facts = [
    { label: en("document.statement.sent"), value: formatDateTime(statement.submittedAt!, "en") },
  ];
  if (template.audience !== "young_person")
    facts.push({
      label: en("document.statement.from"),
      value: names.get(statement.authorUserId) ?? "",
    });
  if (statement.helpedBy)
    facts.push({
      label: en("document.statement.helpedBy"),
      value: names.get(statement.helpedBy) ?? "",
    });
  if (lng) facts.push({ label: en("document.statement.language"), value: languageName(lng) });

  return {
    header: documentHeader(
      subject,
      "statement",
      statementTitle(statement),
      statementDate(statement),
      madeBy,
    ),
    language: lng
      ? {
          code: lng,
          dir: getLanguage(lng).dir,
          heading: en("document.statement.original", { language: languageName(lng) }),
        }
      : null,
    facts,
    erased,
    columns: {
      question: en("document.statement.question"),
      english: en("document.statement.english"),
    },
    rows: englishRows
      // A private question is not shown at all: even "not answered" would say something.
      .map((row, i) => ({ row, originalRow: originalRows?.[i] }))
      .filter(({ row }) => !row.question.private)
      .map(({ row, originalRow }) => ({
        id: row.question.id,
        question: row.text,
        originalQuestion: originalRow?.text ?? null,
        answer: cell(row, originalRow),
      })),
    leftOut:
      !erased && Object.keys(shared).length < Object.keys(all).length
        ? en("document.statement.leftOut")
        : null,
  };
}

function nameOf(ids: (string | null)[]) {
  const wanted = ids.filter((id): id is string => Boolean(id));
  if (!wanted.length) return new Map<string, string>();
  return new Map(
    getDb()
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(inArray(users.id, wanted))
      .all()
      .map((u) => [u.id, u.name]),
  );
}
