import { count, eq, sql } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { childForms } from "~/organisations/forms-offered";
import { reviews, statements, youngPeople } from "#db/schema";
import { englandDay } from "./england-day.server";
import type { ViewsBeforeFigure } from "./figures";
import type { Period } from "./period";
import {
  ageBandSql,
  ageOnHeldDay,
  heldInPeriod,
  reportAgeBands,
  type ReportAgeBand,
  type ReportScope,
} from "./scope.server";

/*
 * Figure 3, children's own views before the review (issue 16). Of the reviews held in the period
 * (on their first meeting), those with a statement the young person sent themself — one of their
 * own forms, written for that review (linked to it) and sent on a day before its first meeting; a
 * statement taken back does not count. A review counts once: its earliest such statement gives
 * the language and whether it was written alone or in together mode with a named helper. Beside
 * it, the young people who chaired part of their review. Bands by age on the day of the review;
 * reviews of children under 4 count in the totals but in no band. One SQL statement.
 */

export function viewsBeforeFigure(scope: ReportScope, period: Period): ViewsBeforeFigure {
  const db = getDb();
  // The review's earliest statement that counts (`s` is the statements table inside the subquery).
  const firstStatement = sql<string | null>`(select s.id from ${statements} s
    where s.review_id = ${reviews.id} and s.status = 'submitted'
      and s.author_user_id = ${youngPeople.userId}
      and s.template_id in (${sql.join(
        childForms.map((form) => sql`${form}`),
        sql`, `,
      )})
      and ${englandDay(sql`s.submitted_at`)} < ${reviews.heldOn}
      and not exists (select 1 from statement_withdrawals w where w.statement_id = s.id)
    order by s.submitted_at, s.id limit 1)`;
  const perReview = db
    .select({
      band: ageBandSql(ageOnHeldDay).as("band"),
      chaired: sql<number>`coalesce(${reviews.childChaired}, 0)`.as("chaired"),
      statementId: firstStatement.as("statement_id"),
    })
    .from(reviews)
    .innerJoin(youngPeople, eq(youngPeople.id, reviews.youngPersonId))
    .where(heldInPeriod(scope, period))
    .as("per_review");
  const rows = db
    .select({
      band: perReview.band,
      chaired: perReview.chaired,
      language: statements.language,
      together: sql<number>`${statements.helpedBy} is not null`,
      n: count(),
    })
    .from(perReview)
    .leftJoin(statements, eq(statements.id, perReview.statementId))
    .groupBy(
      sql`${perReview.band}`,
      sql`${perReview.chaired}`,
      statements.language,
      sql`${statements.helpedBy} is not null`,
    )
    .all();

  const bands = new Map(
    reportAgeBands.map((band) => [band, { held: 0, withStatement: 0, chaired: 0 }]),
  );
  const languages = new Map<string, number>();
  const figure: ViewsBeforeFigure = {
    held: 0,
    withStatement: 0,
    byAgeBand: [],
    byLanguage: [],
    byHow: { alone: 0, together: 0 },
    chaired: 0,
    chairedByAgeBand: [],
  };
  for (const row of rows) {
    const band = row.band ? bands.get(row.band as ReportAgeBand) : undefined;
    const chaired = row.chaired ? row.n : 0;
    figure.held += row.n;
    figure.chaired += chaired;
    if (band) {
      band.held += row.n;
      band.chaired += chaired;
    }
    if (row.language === null) continue;
    figure.withStatement += row.n;
    if (band) band.withStatement += row.n;
    languages.set(row.language, (languages.get(row.language) ?? 0) + row.n);
    figure.byHow[row.together ? "together" : "alone"] += row.n;
  }
  for (const [band, { held, withStatement, chaired }] of bands) {
    figure.byAgeBand.push({ band, held, withStatement });
    figure.chairedByAgeBand.push({ band, held, chaired });
  }
  figure.byLanguage = [...languages]
    .map(([language, withStatement]) => ({ language, withStatement }))
    .sort((a, b) => b.withStatement - a.withStatement || a.language.localeCompare(b.language));
  return figure;
}
