import { formatDate } from "~/i18n/format";
import type { Writer } from "./cells.server";
import { barChart } from "./charts.server";
import { useForms, type Report } from "./figures";
import type { ReportSection } from "./table";

/*
 * Sections 4 to 6 of the report, as the reader's language writes them: use of Own Voice over
 * time (with the falling-use warning), carers and parents, and caseloads.
 */

export function useSection(report: Report, w: Writer): ReportSection {
  const { t } = w;
  const figure = report.use;
  const fell = figure.byMonth.filter((m) => m.fellBelowHalfOf !== null);
  return {
    id: "use",
    title: t("use.title"),
    definition: t("use.definition"),
    summary: [
      t("use.summary", {
        total: w.number(figure.total),
        youngPeople: w.number(figure.youngPeople),
      }),
      ...(fell.length ? [] : [t("use.noWarning")]),
    ],
    warnings: fell.map((m) =>
      t("use.warning", {
        month: w.month(m.month),
        total: w.number(m.total),
        average: w.number(Math.round((m.fellBelowHalfOf ?? 0) * 10) / 10),
      }),
    ),
    chart: barChart({
      id: "chart-use",
      title: t("use.title"),
      description: t("chart.described"),
      series: [t("use.total")],
      bars: figure.byMonth.map((m) => ({
        label: w.month(m.month),
        values: [m.total],
        mark: m.fellBelowHalfOf !== null ? "!" : undefined,
      })),
      dir: w.dir,
      formatNumber: w.number,
    }),
    tables: [
      {
        id: "use-by-month",
        title: t("use.title"),
        head: [
          t("use.month"),
          ...useForms.map((form) => t(`use.form.${form}`)),
          t("use.total"),
          t("use.youngPeople"),
          t("use.fell"),
        ],
        rows: figure.byMonth.map((m) => [
          w.text(w.month(m.month)),
          ...useForms.map((form) => w.count(m.byForm[form])),
          w.count(m.total),
          w.count(m.youngPeople),
          w.text(m.fellBelowHalfOf !== null ? "!" : ""),
        ]),
        total: [
          w.text(t("total")),
          ...useForms.map((form) =>
            w.count(figure.byMonth.reduce((s, m) => s + m.byForm[form], 0)),
          ),
          w.count(figure.total),
          w.count(figure.youngPeople),
          w.text(""),
        ],
      },
    ],
  };
}

export function carersParentsSection(report: Report, w: Writer): ReportSection {
  const { t } = w;
  const figure = report.carersParents;
  const row = (label: string, value: number) => [
    w.text(label),
    w.count(value),
    w.percent(value, figure.held),
  ];
  return {
    id: "carers-parents",
    title: t("carersParents.title"),
    definition: t("carersParents.definition"),
    summary: [
      t("carersParents.summary", {
        held: w.number(figure.held),
        carer: w.number(figure.withCarerForm),
        carerPercent: w.percentText(figure.withCarerForm, figure.held),
        parent: w.number(figure.withParentForm),
        parentPercent: w.percentText(figure.withParentForm, figure.held),
      }),
    ],
    warnings: [],
    chart: null,
    tables: [
      {
        id: "carers-parents",
        title: t("carersParents.title"),
        head: [t("carersParents.measure"), t("carersParents.reviews"), t("carersParents.percent")],
        rows: [
          row(t("reviews.held"), figure.held),
          row(t("carersParents.carerForm"), figure.withCarerForm),
          row(t("carersParents.parentForm"), figure.withParentForm),
          row(t("carersParents.parentAttended"), figure.parentAttended),
        ],
      },
    ],
  };
}

export function caseloadsSection(report: Report, w: Writer): ReportSection {
  const { t } = w;
  const figure = report.caseloads;
  const [low, high] = figure.handbookRange;
  return {
    id: "caseloads",
    title: t("caseloads.title"),
    definition: t("caseloads.definition", { date: formatDate(figure.onDay, w.lng) }),
    summary: [
      figure.perFullTime === null
        ? t("caseloads.summaryNoHours", { children: w.number(figure.totalChildren) })
        : t("caseloads.summary", {
            children: w.number(figure.totalChildren),
            perFullTime: w.number(figure.perFullTime),
          }),
    ],
    warnings: [],
    chart: figure.iros.length
      ? barChart({
          id: "chart-caseloads",
          title: t("caseloads.perFullTime"),
          description: t("chart.described"),
          series: [t("caseloads.perFullTime")],
          bars: figure.iros.map((iro) => ({
            label: iro.name,
            values: [iro.perFullTime ?? iro.children],
            mark: iro.perFullTime !== null && iro.perFullTime > high ? "!" : undefined,
          })),
          band: { from: low, to: high, label: t("caseloads.handbook") },
          dir: w.dir,
          formatNumber: w.number,
        })
      : null,
    tables: [
      {
        id: "caseloads",
        title: t("caseloads.title"),
        head: [
          t("caseloads.iro"),
          t("caseloads.children"),
          t("caseloads.fte"),
          t("caseloads.perFullTime"),
        ],
        rows: figure.iros.map((iro) => [
          w.text(iro.name),
          w.count(iro.children),
          iro.fullTimeEquivalent === null
            ? w.text(t("caseloads.notSet"))
            : w.plain(iro.fullTimeEquivalent),
          iro.perFullTime === null
            ? w.text(t("caseloads.notSet"))
            : {
                ...w.plain(iro.perFullTime),
                text:
                  iro.perFullTime > high
                    ? `${w.number(iro.perFullTime)} (${t("caseloads.aboveRange")})`
                    : w.number(iro.perFullTime),
              },
        ]),
        total: [
          w.text(t("total")),
          w.count(figure.totalChildren),
          figure.totalFullTimeEquivalent === 0
            ? w.text(t("caseloads.notSet"))
            : w.plain(figure.totalFullTimeEquivalent),
          figure.perFullTime === null ? w.text(t("caseloads.notSet")) : w.plain(figure.perFullTime),
        ],
      },
    ],
  };
}
