import { sql } from "drizzle-orm";
import { getDb } from "#db/db.server";
import {
  escalations,
  escalationStages,
  escalationSteps,
  reviewMonitoring,
  reviews,
  type RagRating,
} from "#db/schema";
import { englandDay } from "./england-day.server";
import type { MonitoringFigure } from "./figures";
import type { Period } from "./period";
import { heldInPeriod, iroHeldCaseOn, type ReportScope } from "./scope.server";

/*
 * Figure 11, monitoring and escalations (issue 18): of the reviews held in the period, how many
 * have the IRO's monitoring recorded, by RAG rating, and how many put the case under active
 * monitoring; escalations raised in the period (by the stage they were raised at) and resolved
 * in it (by the stage they were resolved at). For an IRO, the reviews and escalations of
 * children whose case they held that day. Four SQL statements.
 */

export function monitoringFigure(scope: ReportScope, period: Period): MonitoringFigure {
  const db = getDb();
  const ratings = db
    .select({
      held: sql<number>`count(*)`,
      withMonitoring: sql<number>`count(${reviewMonitoring.id})`,
      red: sql<number>`coalesce(sum(case when ${reviewMonitoring.rag} = 'red' then 1 else 0 end), 0)`,
      amber: sql<number>`coalesce(sum(case when ${reviewMonitoring.rag} = 'amber' then 1 else 0 end), 0)`,
      green: sql<number>`coalesce(sum(case when ${reviewMonitoring.rag} = 'green' then 1 else 0 end), 0)`,
      active: sql<number>`coalesce(sum(case when ${reviewMonitoring.activeMonitoring} then 1 else 0 end), 0)`,
    })
    .from(reviews)
    .leftJoin(reviewMonitoring, sql`${reviewMonitoring.reviewId} = ${reviews.id}`)
    .where(heldInPeriod(scope, period))
    .get()!;

  const raisedOn = englandDay(sql.raw("e.created_at"));
  const resolvedOn = englandDay(sql.raw("e.resolved_at"));
  const iro = (day: ReturnType<typeof englandDay>) =>
    scope.iroUserId
      ? sql` and ${iroHeldCaseOn(scope.iroUserId, sql.raw("e.young_person_id"), day)}`
      : sql``;
  const raised = db.all<{ position: number; count: number }>(sql`select
      coalesce((select s.stage_position from ${escalationSteps} s
        where s.escalation_id = e.id and s.kind = 'raised' order by s.created_at limit 1),
        e.stage_position) as "position", count(*) as "count"
    from ${escalations} e
    where e.organisation_id = ${scope.organisationId}
      and ${raisedOn} >= ${period.from} and ${raisedOn} <= ${period.to} ${iro(raisedOn)}
    group by 1`);
  const resolved = db.all<{ position: number; count: number }>(sql`select
      e.stage_position as "position", count(*) as "count"
    from ${escalations} e
    where e.organisation_id = ${scope.organisationId} and e.status = 'resolved'
      and e.resolved_at is not null
      and ${resolvedOn} >= ${period.from} and ${resolvedOn} <= ${period.to} ${iro(resolvedOn)}
    group by 1`);
  const allStages = db
    .select({
      position: escalationStages.position,
      key: escalationStages.key,
      name: escalationStages.name,
      retiredAt: escalationStages.retiredAt,
    })
    .from(escalationStages)
    .where(sql`${escalationStages.organisationId} = ${scope.organisationId}`)
    .orderBy(escalationStages.position)
    .all();
  const stages = allStages.map(({ position, key, name }) => ({ position, key, name }));

  // Every stage in use, and a stage no longer used only when escalations were at it.
  const positions = [
    ...new Set(
      [...allStages.filter((s) => !s.retiredAt), ...raised, ...resolved].map((row) => row.position),
    ),
  ].sort((a, b) => a - b);
  const countAt = (rows: { position: number; count: number }[], position: number) =>
    rows.find((row) => row.position === position)?.count ?? 0;
  const byRag: Record<RagRating, number> = {
    red: ratings.red,
    amber: ratings.amber,
    green: ratings.green,
  };
  return {
    held: ratings.held,
    withMonitoring: ratings.withMonitoring,
    byRag,
    activeMonitoring: ratings.active,
    stages,
    byStage: positions.map((position) => ({
      position,
      raised: countAt(raised, position),
      resolved: countAt(resolved, position),
    })),
    raised: raised.reduce((sum, row) => sum + row.count, 0),
    resolved: resolved.reduce((sum, row) => sum + row.count, 0),
  };
}
