import type { TFunction } from "i18next";
import { escalationOutcomes, ragRatings } from "#db/schema";
import { formatDate } from "~/i18n/format";
import type { Writer } from "~/reports/cells.server";
import type { ReportSection } from "~/reports/table";
import type { MonthlyMonitoring } from "./monthly.server";

/*
 * The monthly monitoring figures as sections with tables (issue 18), in the shape the annual
 * report uses, so the page, the CSV and the PDF print the same numbers. Children are named on the
 * page only; the downloads give the case reference instead.
 */

export type MonitoringWriter = Writer & { m: TFunction };

/** A stage's name: the council's own, the default stage's words, or "Stage 2". */
export function stageName(
  figures: Pick<MonthlyMonitoring, "stages">,
  position: number,
  m: TFunction,
): string {
  const stage = figures.stages.find((s) => s.position === position);
  const fallback = m("page.stageNumber", { position });
  if (stage?.name) return stage.name;
  if (stage?.key) return m(`escalations:stages.names.${stage.key}`, { defaultValue: fallback });
  return fallback;
}

export function monitoringSections(
  figures: MonthlyMonitoring,
  w: MonitoringWriter,
  options: { showNames: boolean },
): ReportSection[] {
  const { m } = w;
  const monthName = (ym: string) => w.month(ym);
  const themes = (list: readonly string[]) =>
    list.map((theme) => m(`themes.${theme}`)).join(", ") || m("page.noThemes");
  const { rated, open, resolved } = figures;
  return [
    {
      id: "red-amber",
      title: m("page.redAmber.title"),
      definition: m("page.redAmber.definition"),
      summary: [
        m("page.redAmber.summary", {
          red: w.number(rated.red),
          amber: w.number(rated.amber),
          total: w.number(rated.total),
        }),
      ],
      warnings: [],
      chart: null,
      tables: [
        {
          id: "red-amber",
          title: m("page.redAmber.title"),
          head: [
            options.showNames ? m("page.redAmber.name") : m("page.redAmber.caseReference"),
            ...(options.showNames ? [m("page.redAmber.caseReference")] : []),
            m("page.redAmber.rating"),
            m("page.redAmber.themes"),
            m("page.redAmber.why"),
            m("page.redAmber.heldOn"),
            m("page.redAmber.iro"),
          ],
          rows: figures.concernChildren.map((child) => [
            ...(options.showNames ? [w.text(child.name)] : []),
            w.text(child.caseReference ?? m("page.redAmber.noCaseReference")),
            w.text(m(`rag.${child.rag}`)),
            w.text(themes(child.themes)),
            w.text(child.note ?? ""),
            w.text(formatDate(child.heldOn, w.lng)),
            w.text(child.iroName ?? ""),
          ]),
        },
      ],
    },
    {
      id: "ratings",
      title: m("page.ratings.title"),
      definition: m("page.ratings.definition"),
      summary: [
        m("page.ratings.summary", {
          active: w.number(rated.activeMonitoring),
          total: w.number(rated.total),
          percent: w.percentText(rated.activeMonitoring, rated.total),
        }),
      ],
      warnings: [],
      chart: null,
      tables: [
        {
          id: "ratings",
          title: m("page.ratings.title"),
          head: [m("page.ratings.rating"), m("page.children"), m("page.percent")],
          rows: [
            ...ragRatings.map((rag) => [
              w.text(m(`rag.${rag}`)),
              w.count(rated[rag]),
              w.percent(rated[rag], rated.total),
            ]),
            [
              w.text(m("page.ratings.active")),
              w.count(rated.activeMonitoring),
              w.percent(rated.activeMonitoring, rated.total),
            ],
          ],
          total: [w.text(m("page.ratings.total")), w.count(rated.total), w.text("")],
        },
      ],
    },
    {
      id: "open",
      title: m("page.open.title"),
      definition: m("page.open.definition"),
      summary: [m("page.open.summary", { count: open.total, total: w.number(open.total) })],
      warnings: [],
      chart: null,
      tables: [
        {
          id: "open-by-stage",
          title: m("page.open.byStage"),
          head: [m("page.stage"), m("page.escalations")],
          rows: open.byStage.map((row) => [
            w.text(stageName(figures, row.position, m)),
            w.count(row.count),
          ]),
          total: [w.text(m("page.total")), w.count(open.total)],
        },
        {
          id: "open-by-team",
          title: m("page.open.byTeam"),
          head: [m("page.team"), m("page.serviceArea"), m("page.escalations")],
          rows: open.byTeam.map((row) => [
            w.text(row.team ?? m("page.noTeam")),
            w.text(row.serviceArea ?? ""),
            w.count(row.count),
          ]),
        },
      ],
    },
    {
      id: "resolved",
      title: m("page.resolved.title"),
      definition: m("page.resolved.definition"),
      summary: [
        m("page.resolved.summary", { count: resolved.total, total: w.number(resolved.total) }),
        resolved.medianDays === null
          ? m("page.resolved.noMedian")
          : m("page.resolved.median", {
              count: resolved.medianDays,
              days: w.number(resolved.medianDays),
            }),
      ],
      warnings: [],
      chart: null,
      tables: [
        {
          id: "resolved-by-stage",
          title: m("page.resolved.byStage"),
          head: [m("page.stage"), m("page.escalations")],
          rows: resolved.byStage.map((row) => [
            w.text(stageName(figures, row.position, m)),
            w.count(row.count),
          ]),
          total: [w.text(m("page.total")), w.count(resolved.total)],
        },
        {
          id: "resolved-by-outcome",
          title: m("page.resolved.byOutcome"),
          head: [m("page.outcome"), m("page.escalations")],
          rows: escalationOutcomes.map((outcome) => [
            w.text(m(`outcomes.${outcome}`)),
            w.count(resolved.byOutcome[outcome]),
          ]),
        },
      ],
    },
    {
      id: "themes",
      title: m("page.themes.title"),
      definition: m("page.themes.definition"),
      summary: [],
      warnings: [],
      chart: null,
      tables: [
        {
          id: "themes",
          title: m("page.themes.title"),
          head: [
            m("page.themes.theme"),
            ...figures.months.map((ym, i) =>
              i === figures.months.length - 1
                ? m("page.themes.thisMonth", { month: monthName(ym) })
                : monthName(ym),
            ),
          ],
          rows: figures.themes.map((row) => [
            w.text(m(`themes.${row.theme}`)),
            ...row.total.map((count) => w.count(count)),
          ]),
        },
      ],
    },
  ];
}
