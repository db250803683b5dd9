import type { SerializeFrom } from "@remix-run/node";
import type { SignedIn } from "~/auth/require-user.server";
import { formatDateTime } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import { getDb } from "#db/db.server";
import { youngPeople } from "#db/schema";
import { eq } from "drizzle-orm";
import { answerRows } from "./answer-rows.server";
import { answersNeedingInterpreter, languagesNeedingInterpreter, type Answers } from "./answers";
import { listInterpreting } from "./interpreter.server";
import { listReplies, openStatementAsReader, readerNames, templateOf } from "./statements.server";

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
  const answers = statement.answers as Answers;
  return {
    id: statement.id,
    templateId: template.id,
    lang: lng,
    youngPerson: `${person.givenName} ${person.familyName}`,
    submittedAt: formatDateTime(statement.submittedAt!, lng),
    isUrgent: statement.isUrgent,
    sharing: statement.sharing,
    interpreterLanguages: languagesNeedingInterpreter(answers, lng),
    readers: readerNames(statement.id).map((r) => r.displayName),
    rows: answerRows(statement, person.dateOfBirth, statement.submittedAt!.slice(0, 10), lng),
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
