import { and, count, eq, inArray, notExists, sql } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { reviews, statements, statementWithdrawals } from "#db/schema";
import { feedbackTemplateFor } from "~/consultation/templates/feedback";
import {
  feedbackAnswers,
  feedbackAudiences,
  feedbackQuestions,
  type FeedbackAnswer,
  type FeedbackAudience,
  type FeedbackFigure,
} from "./figures";
import type { Period } from "./period";
import { heldInPeriod, type ReportScope } from "./scope.server";

/*
 * Figure 9, feedback after reviews (issue 16): the feedback forms sent (and not taken back) about
 * reviews held in the period, by who answered — the young person, a carer, a parent or a
 * professional, one form each — with each answer's count for each yes / no / not sure question
 * (a question skipped counts in no answer) and the forms that suggested what could be better.
 * One SQL statement, grouped by form and answers.
 */

/** The stored answer codes (`yesNoUnsureCodes`), as the figure names them. */
const answerOf: Record<string, FeedbackAnswer> = { yes: "yes", no: "no", "not-sure": "unsure" };
const audienceOf = new Map(
  Object.entries(feedbackTemplateFor).map(([audience, templateId]) => [
    templateId as string,
    audience as FeedbackAudience,
  ]),
);

export function feedbackFigure(scope: ReportScope, period: Period): FeedbackFigure {
  const answer = (question: string) =>
    // The path is a literal (the questions are ours), so the select and the grouping match.
    sql<string | null>`json_extract(${statements.answers}, ${sql.raw(`'$.${question}'`)})`;
  const [listened, understood, timePlace] = feedbackQuestions.map(answer) as [
    ReturnType<typeof answer>,
    ReturnType<typeof answer>,
    ReturnType<typeof answer>,
  ];
  const suggested = sql<number>`length(trim(coalesce(json_extract(${statements.answers}, '$.better.text'), ''))) > 0`;
  const rows = getDb()
    .select({
      templateId: statements.templateId,
      listened,
      understood,
      timePlace,
      suggested,
      n: count(),
    })
    .from(statements)
    .innerJoin(reviews, eq(reviews.id, statements.reviewId))
    .where(
      and(
        heldInPeriod(scope, period),
        eq(statements.organisationId, scope.organisationId),
        eq(statements.status, "submitted"),
        inArray(statements.templateId, Object.values(feedbackTemplateFor)),
        notExists(
          getDb()
            .select({ one: sql`1` })
            .from(statementWithdrawals)
            .where(eq(statementWithdrawals.statementId, statements.id)),
        ),
      ),
    )
    .groupBy(statements.templateId, listened, understood, timePlace, suggested)
    .all();

  const figure: FeedbackFigure = {
    forms: byAudience(() => 0),
    counts: Object.fromEntries(
      feedbackQuestions.map((q) => [
        q,
        byAudience(() => Object.fromEntries(feedbackAnswers.map((a) => [a, 0]))),
      ]),
    ) as FeedbackFigure["counts"],
    suggestions: byAudience(() => 0),
  };
  for (const row of rows) {
    const audience = audienceOf.get(row.templateId)!;
    figure.forms[audience] += row.n;
    if (row.suggested) figure.suggestions[audience] += row.n;
    for (const question of feedbackQuestions) {
      const given = row[question] && answerOf[row[question]];
      if (given) figure.counts[question][audience][given] += row.n;
    }
  }
  return figure;
}

function byAudience<T>(value: () => T): Record<FeedbackAudience, T> {
  return Object.fromEntries(feedbackAudiences.map((a) => [a, value()])) as Record<
    FeedbackAudience,
    T
  >;
}
