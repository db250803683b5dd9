import type { SerializeFrom } from "@remix-run/node";
import type { SignedIn } from "~/auth/require-user.server";
import { formatDateTime } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import { getDb } from "#db/db.server";
import { users, youngPeople } from "#db/schema";
import { eq, inArray } from "drizzle-orm";
import { answerRows } from "./answer-rows.server";
import { answersNeedingInterpreter, languagesNeedingInterpreter, type Answers } from "./answers";
import { listInterpreting } from "./interpreter.server";
import { openStatementAsReader } from "./reading.server";
import { listReplies } from "./replies.server";
import { readerNames } from "./sending.server";
import { templateOf } from "./templates";
import { fullName } from "~/young-people/names";
import { erasedVoiceNotes } from "~/retention/erased-voice-notes.server";
import { tombstoneOf } from "~/retention/tombstone.server";

/**
 * A statement as an IRO or social worker reads it, in their own language: questions in the
 * wording the young person saw, coded answers as words, free text kept as written.
 */
export function readStatement(request: Request, user: SignedIn, statementId: string | undefined) {
  const statement = openStatementAsReader(request, user, statementId);
  const template = templateOf(statement);
  const lng = requestLanguage(request, user);
  const person = getDb()
    .select()
    .from(youngPeople)
    .where(eq(youngPeople.id, statement.youngPersonId))
    .get()!;
  // A carer's private note is for the IRO alone: other readers see only that there is one.
  const hidden = new Set(
    user.role === "iro" ? [] : template.questions.filter((q) => q.iroOnly).map((q) => q.id),
  );
  const answers = Object.fromEntries(
    Object.entries(statement.answers as Answers).filter(([id]) => !hidden.has(id)),
  ) as Answers;
  const people = getDb()
    .select({ id: users.id, displayName: users.displayName, role: users.role })
    .from(users)
    .where(
      inArray(users.id, [statement.authorUserId, statement.helpedBy ?? statement.authorUserId]),
    )
    .all();
  const authorRow = people.find((p) => p.id === statement.authorUserId)!;
  const helper = statement.helpedBy ? people.find((p) => p.id === statement.helpedBy) : undefined;
  const erased = tombstoneOf(statement, lng);
  return {
    id: statement.id,
    templateId: template.id,
    /** Erased where the law requires: the reader sees when, by whom and why, never the words. */
    erased,
    erasedVoiceNotes: erasedVoiceNotes(statement.id, lng),
    lang: lng,
    youngPerson: fullName(person),
    submittedAt: formatDateTime(statement.submittedAt!, lng),
    isUrgent: statement.isUrgent,
    sharing: statement.sharing,
    interpreterLanguages: languagesNeedingInterpreter(answers, lng),
    readers: readerNames(statement.id).map((r) => r.displayName),
    /** A carer or parent who wrote this (not the young person). */
    author:
      template.audience === "young_person"
        ? null
        : { name: authorRow.displayName, role: authorRow.role },
    helpedBy: helper ? { name: helper.displayName, role: helper.role } : null,
    hiddenPrivateNote:
      hidden.size > 0 && Object.keys(statement.answers as Answers).some((id) => hidden.has(id)),
    canReply: template.audience === "young_person" && !erased,
    rows: answerRows(
      { ...statement, answers },
      person.dateOfBirth,
      statement.submittedAt!.slice(0, 10),
      lng,
    ).filter((row) => !hidden.has(row.question.id)),
    interpreting: interpretingRows(statement.id, answers, lng),
    replies: listReplies([statement.id]).map((r) => ({
      name: r.displayName,
      at: formatDateTime(r.createdAt, lng),
      text: r.text,
    })),
  };
}

export type StatementReading = SerializeFrom<typeof readStatement>;

/** Each answer in another language, with its interpreter request (if any) and the translation. */
function interpretingRows(statementId: string, answers: Answers, lng: string) {
  const requests = listInterpreting(statementId);
  return answersNeedingInterpreter(answers, lng).map((need) => {
    const found = requests.find((r) => r.questionId === need.questionId);
    return {
      ...need,
      requestedAt: found ? formatDateTime(found.requestedAt, lng) : null,
      doneAt: found?.doneAt ? formatDateTime(found.doneAt, lng) : null,
      doneBy: found?.doneBy ?? null,
      translation: found?.translation ?? null,
    };
  });
}
