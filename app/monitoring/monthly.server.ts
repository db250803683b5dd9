import { sql } from "drizzle-orm";
import { getDb } from "#db/db.server";
import {
  concernThemes,
  escalationOutcomes,
  escalations,
  escalationStages,
  escalationSteps,
  reviewMonitoring,
  reviews,
  teams,
  allocations,
  users,
  youngPeople,
  type ConcernTheme,
  type EscalationOutcome,
  type RagRating,
} from "#db/schema";
import { daysBetween } from "~/dates/calendar";
import { englandDay } from "~/reports/england-day.server";
import { median } from "~/reports/median";
import { month, type Period } from "~/reports/period";
import { fullName } from "~/young-people/names";
import { monthsBefore } from "./month";
import { andInScope, type MonitoringScope } from "./scope.server";

/*
 * The monthly monitoring figures for managers (issue 18), for one calendar month:
 * - each child's rating at their latest review with monitoring held by the month's last day
 *   (red and amber listed with why; how many are under active monitoring);
 * - escalations open at the month's end, by the stage they were at then and by the team of the
 *   child's social worker then (and its service area);
 * - escalations resolved in the month, at which stage and with which outcome, and the median
 *   calendar days from raising to resolving;
 * - concern themes in the month and each of the three before: themes ticked at reviews held that
 *   month plus escalations raised that month on the theme.
 * A fixed number of SQL statements (six), whatever the number of children.
 */

export type ConcernChild = {
  youngPersonId: string;
  reviewId: string;
  name: string;
  caseReference: string | null;
  rag: Extract<RagRating, "red" | "amber">;
  themes: ConcernTheme[];
  note: string | null;
  heldOn: string;
  iroName: string | null;
};

export type MonthlyMonitoring = {
  period: Period;
  /** The month and the three before it, oldest first ("YYYY-MM"). */
  months: string[];
  rated: { total: number; red: number; amber: number; green: number; activeMonitoring: number };
  /** Red first, then amber; the most recent review first within each. */
  concernChildren: ConcernChild[];
  stages: { position: number; key: string | null; name: string | null }[];
  open: {
    total: number;
    byStage: { position: number; count: number }[];
    byTeam: { team: string | null; serviceArea: string | null; count: number }[];
  };
  resolved: {
    total: number;
    byStage: { position: number; count: number }[];
    byOutcome: Record<EscalationOutcome, number>;
    /** Calendar days from raised to resolved; null when none resolved. */
    medianDays: number | null;
  };
  /** Per theme, per month (as `months`): reviews that ticked it plus escalations raised on it. */
  themes: { theme: ConcernTheme; reviews: number[]; escalations: number[]; total: number[] }[];
};

const byStage = (rows: { position: number; count: number }[]) =>
  [...rows].sort((a, b) => a.position - b.position);

const parseThemes = (concerns: unknown): ConcernTheme[] => {
  const list = typeof concerns === "string" ? (JSON.parse(concerns) as unknown) : concerns;
  return Array.isArray(list)
    ? concernThemes.filter((theme) => (list as unknown[]).includes(theme))
    : [];
};

export function monthlyMonitoring(scope: MonitoringScope, yearMonth: string): MonthlyMonitoring {
  const db = getDb();
  const period = month(yearMonth);
  const { from, to } = period;
  const months = [3, 2, 1, 0].map((n) => monthsBefore(yearMonth, n));
  const themesFrom = `${months[0]}-01`;
  const org = scope.organisationId;

  // 1. Each child's latest rating on the month's last day.
  const latest = db.all<{
    youngPersonId: string;
    reviewId: string;
    rag: RagRating;
    activeMonitoring: number;
    concerns: string;
    note: string | null;
    heldOn: string;
    givenName: string;
    familyName: string;
    caseReference: string | null;
    iroName: string | null;
  }>(sql`select * from (
      select rm.young_person_id as "youngPersonId", rm.review_id as "reviewId", rm.rag as "rag",
        rm.active_monitoring as "activeMonitoring", rm.concerns as "concerns", rm.note as "note",
        r.held_on as "heldOn", yp.given_name as "givenName", yp.family_name as "familyName",
        yp.case_reference as "caseReference", u.display_name as "iroName",
        row_number() over (partition by rm.young_person_id
          order by r.held_on desc, rm.created_at desc) as "n"
      from ${reviewMonitoring} rm
      join ${reviews} r on r.id = rm.review_id
      join ${youngPeople} yp on yp.id = rm.young_person_id
      left join ${users} u on u.id = rm.recorded_by
      where rm.organisation_id = ${org} and r.status = 'held' and r.held_on <= ${to}
        and (yp.left_care_on is null or yp.left_care_on >= ${from})
        ${andInScope(scope, "rm.young_person_id")}
    ) latest where "n" = 1`);

  const rated = { total: latest.length, red: 0, amber: 0, green: 0, activeMonitoring: 0 };
  for (const row of latest) {
    rated[row.rag]++;
    if (row.activeMonitoring) rated.activeMonitoring++;
  }
  const concernChildren = latest
    .filter((row): row is typeof row & { rag: "red" | "amber" } => row.rag !== "green")
    .map((row) => ({
      youngPersonId: row.youngPersonId,
      reviewId: row.reviewId,
      name: fullName(row),
      caseReference: row.caseReference,
      rag: row.rag,
      themes: parseThemes(row.concerns),
      note: row.note,
      heldOn: row.heldOn,
      iroName: row.iroName,
    }))
    .sort(
      (a, b) =>
        (a.rag === b.rag ? 0 : a.rag === "red" ? -1 : 1) ||
        b.heldOn.localeCompare(a.heldOn) ||
        a.name.localeCompare(b.name),
    );

  // 2. The organisation's stages (names for the stage positions).
  const stages = db
    .select({
      position: escalationStages.position,
      key: escalationStages.key,
      name: escalationStages.name,
    })
    .from(escalationStages)
    .where(sql`${escalationStages.organisationId} = ${org}`)
    .orderBy(escalationStages.position)
    .all();

  // 3. Open at the month's end: the stage it had reached then, the child's team then.
  const raisedOn = englandDay(sql.raw("e.created_at"));
  const resolvedOn = englandDay(sql.raw("e.resolved_at"));
  const openRows = db.all<{
    position: number;
    team: string | null;
    serviceArea: string | null;
    count: number;
  }>(sql`select x.stage as "position", t.name as "team", t.service_area_name as "serviceArea",
      count(*) as "count"
    from (
      select coalesce((select s.stage_position from ${escalationSteps} s
          where s.escalation_id = e.id and s.kind in ('raised', 'moved')
            and ${englandDay(sql.raw("s.created_at"))} <= ${to}
          order by s.created_at desc limit 1), e.stage_position) as stage,
        (select u.team_id from ${allocations} a join ${users} u on u.id = a.user_id
          where a.young_person_id = e.young_person_id
            and a.relationship in ('social_worker', 'personal_adviser')
            and a.starts_on <= ${to} and (a.ends_on is null or a.ends_on >= ${to})
            and u.team_id is not null
          order by a.starts_on desc limit 1) as team_id
      from ${escalations} e
      where e.organisation_id = ${org} and ${raisedOn} <= ${to}
        and (e.status = 'open' or e.resolved_at is null or ${resolvedOn} > ${to})
        ${andInScope(scope, "e.young_person_id")}
    ) x left join ${teams} t on t.id = x.team_id
    group by x.stage, t.name, t.service_area_name`);
  const openByStage = new Map<number, number>();
  const openByTeam = new Map<
    string,
    { team: string | null; serviceArea: string | null; count: number }
  >();
  for (const row of openRows) {
    openByStage.set(row.position, (openByStage.get(row.position) ?? 0) + row.count);
    const key = JSON.stringify([row.team, row.serviceArea]);
    const entry = openByTeam.get(key) ?? { team: row.team, serviceArea: row.serviceArea, count: 0 };
    entry.count += row.count;
    openByTeam.set(key, entry);
  }

  // 4. Resolved in the month: at which stage, with which outcome, after how many days.
  const resolvedRows = db.all<{
    position: number;
    outcome: EscalationOutcome | null;
    raisedOn: string;
    resolvedOn: string;
  }>(sql`select e.stage_position as "position", e.outcome as "outcome",
      ${raisedOn} as "raisedOn", ${resolvedOn} as "resolvedOn"
    from ${escalations} e
    where e.organisation_id = ${org} and e.status = 'resolved' and e.resolved_at is not null
      and ${resolvedOn} >= ${from} and ${resolvedOn} <= ${to}
      ${andInScope(scope, "e.young_person_id")}`);
  const resolvedByStage = new Map<number, number>();
  const byOutcome = Object.fromEntries(escalationOutcomes.map((o) => [o, 0])) as Record<
    EscalationOutcome,
    number
  >;
  for (const row of resolvedRows) {
    resolvedByStage.set(row.position, (resolvedByStage.get(row.position) ?? 0) + 1);
    if (row.outcome) byOutcome[row.outcome]++;
  }

  // 5. and 6. Themes: ticked at reviews held, and escalations raised, in each of the four months.
  const themeReviews = db.all<{ month: string; concerns: string }>(sql`select
      substr(r.held_on, 1, 7) as "month", rm.concerns as "concerns"
    from ${reviewMonitoring} rm join ${reviews} r on r.id = rm.review_id
    where rm.organisation_id = ${org} and r.status = 'held'
      and r.held_on >= ${themesFrom} and r.held_on <= ${to}
      ${andInScope(scope, "rm.young_person_id")}`);
  const themeEscalations = db.all<{ month: string; theme: ConcernTheme; count: number }>(sql`select
      substr(${raisedOn}, 1, 7) as "month", e.theme as "theme", count(*) as "count"
    from ${escalations} e
    where e.organisation_id = ${org} and ${raisedOn} >= ${themesFrom} and ${raisedOn} <= ${to}
      ${andInScope(scope, "e.young_person_id")}
    group by 1, 2`);
  const themes = concernThemes.map((theme) => {
    const fromReviews = months.map(
      (m) =>
        themeReviews.filter((row) => row.month === m && parseThemes(row.concerns).includes(theme))
          .length,
    );
    const fromEscalations = months.map(
      (m) => themeEscalations.find((row) => row.month === m && row.theme === theme)?.count ?? 0,
    );
    return {
      theme,
      reviews: fromReviews,
      escalations: fromEscalations,
      total: months.map((_, i) => fromReviews[i]! + fromEscalations[i]!),
    };
  });

  return {
    period,
    months,
    rated,
    concernChildren,
    stages,
    open: {
      total: openRows.reduce((sum, row) => sum + row.count, 0),
      byStage: byStage([...openByStage].map(([position, count]) => ({ position, count }))),
      byTeam: [...openByTeam.values()].sort(
        (a, b) => b.count - a.count || (a.team ?? "").localeCompare(b.team ?? ""),
      ),
    },
    resolved: {
      total: resolvedRows.length,
      byStage: byStage([...resolvedByStage].map(([position, count]) => ({ position, count }))),
      byOutcome,
      medianDays: median(resolvedRows.map((row) => daysBetween(row.raisedOn, row.resolvedOn))),
    },
    themes,
  };
}
