import type { SerializeFrom } from "@remix-run/node";
import type { SignedIn } from "~/auth/require-user.server";
import { formatDate, formatDateTime } from "~/i18n/format";
import { fixedT } from "~/i18n/i18n.server";
import { requestLanguage } from "~/i18n/request-language.server";
import { getDb } from "#db/db.server";
import { youngPeople } from "#db/schema";
import { eq } from "drizzle-orm";
import { ageOn } from "~/reviews/calendar";
import { ageBandFor, questionTextKeys } from "./age-band";
import { languagesNeedingInterpreter, type Answers } from "./answers";
import { openStatementAsReader, readerNames, templateOf } from "./statements.server";

/**
 * A statement as an IRO or social worker reads it, in their own language: questions in the
 * wording the young person saw, coded answers as words, free text kept as written.
 */
export function readStatement(request: Request, user: SignedIn, statementId: string | undefined) {
  const statement = openStatementAsReader(request, user, statementId);
  const template = templateOf(statement);
  const lng = requestLanguage(request, user);
  const t = fixedT(lng);
  const person = getDb()
    .select()
    .from(youngPeople)
    .where(eq(youngPeople.id, statement.youngPersonId))
    .get()!;
  const band = ageBandFor(ageOn(person.dateOfBirth, statement.submittedAt!.slice(0, 10)));
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
    rows: template.questions.map((question) => {
      const answer = answers[question.id];
      return {
        question,
        text: t(questionTextKeys(template.id, question.id, band)),
        answer: answer ?? null,
        formattedDate:
          question.kind === "date" && typeof answer === "string" ? formatDate(answer, lng) : null,
      };
    }),
  };
}

export type StatementReading = SerializeFrom<typeof readStatement>;
