import { formatDate } from "~/i18n/format";
import { lateReasons } from "~/reviews/lateness";
import { participationCodes, viewsConveyedMethods } from "~/reviews/participation";
import type { Writer } from "./cells.server";
import { barChart } from "./charts.server";
import type { Report } from "./figures";
import { reportAgeBands, type ReportAgeBand } from "./scope.server";
import type { ReportSection, ReportTable } from "./table";

/*
 * Sections 1 to 3 of the report, as the reader's language writes them: reviews and lateness,
 * taking part by age (CLA 12), and young people's own views before the review.
 */

export function reviewsSection(report: Report, w: Writer, showNames: boolean): ReportSection {
  const { t } = w;
  const figure = report.reviews;
  const reasonLabel = (reason: string | null) =>
    reason ? t(`reviews:lateReasons.${reason}`) : t("reviews.notRecorded");
  return {
    id: "reviews",
    title: t("reviews.title"),
    definition: t("reviews.definition"),
    summary: [
      figure.held
        ? t("reviews.summary", {
            held: w.number(figure.held),
            onTime: w.number(figure.onTime),
            percent: w.percentText(figure.onTime, figure.held),
            late: w.number(figure.late),
          })
        : t("reviews.summaryNone"),
    ],
    warnings: [],
    chart: barChart({
      id: "chart-reviews",
      title: t("reviews.byMonth"),
      description: t("chart.described"),
      series: [t("reviews.onTime"), t("reviews.late")],
      bars: figure.byMonth.map((m) => ({
        label: w.month(m.month),
        values: [m.onTime, m.held - m.onTime],
      })),
      dir: w.dir,
      formatNumber: w.number,
    }),
    tables: [
      {
        id: "reviews-by-month",
        title: t("reviews.byMonth"),
        head: [
          t("reviews.month"),
          t("reviews.held"),
          t("reviews.onTime"),
          t("reviews.percentOnTime"),
        ],
        rows: figure.byMonth.map((m) => [
          w.text(w.month(m.month)),
          w.count(m.held),
          w.count(m.onTime),
          w.percent(m.onTime, m.held),
        ]),
        total: [
          w.text(t("total")),
          w.count(figure.held),
          w.count(figure.onTime),
          w.percent(figure.onTime, figure.held),
        ],
      },
      {
        id: "late-reasons",
        title: t("reviews.reasons"),
        head: [t("reviews.reason"), t("reviews.reviewsCount")],
        rows: [...lateReasons, "not-recorded" as const]
          .filter((r) => r !== "not-recorded" || figure.lateByReason[r] > 0)
          .map((r) => [
            w.text(reasonLabel(r === "not-recorded" ? null : r)),
            w.count(figure.lateByReason[r]),
          ]),
        total: [w.text(t("total")), w.count(figure.late)],
      },
      {
        id: "late-reviews",
        title: t("reviews.lateList"),
        // Names stay on the page, for people who may see these children; a download gives the
        // case reference only (the figures leave the service, the names need not).
        head: [
          ...(showNames ? [t("reviews.child")] : []),
          t("reviews.caseReference"),
          t("reviews.due"),
          t("reviews.heldOn"),
          t("reviews.daysLate"),
          t("reviews.reason"),
        ],
        rows: figure.lateReviews.map((r) => [
          ...(showNames ? [w.text(r.name)] : []),
          w.text(r.caseReference ?? "–"),
          w.text(formatDate(r.dueOn, w.lng)),
          w.text(formatDate(r.heldOn, w.lng)),
          w.plain(r.daysLate),
          w.text(
            r.reason === "other" && r.reasonOther
              ? `${reasonLabel(r.reason)}: ${r.reasonOther}`
              : reasonLabel(r.reason),
          ),
        ]),
      },
    ],
  };
}

export function participationSection(report: Report, w: Writer): ReportSection {
  const { t } = w;
  const figure = report.participation;
  return {
    id: "participation",
    title: t("participation.title"),
    definition: t("participation.definition"),
    summary: [
      t("participation.summary", {
        reviews: w.number(figure.total.reviews),
        participated: w.number(figure.total.participated),
        percent: w.percentText(figure.total.participated, figure.total.reviews),
      }),
    ],
    warnings: [],
    chart: figure.byAge.length
      ? barChart({
          id: "chart-participation",
          title: t("participation.title"),
          description: t("chart.described"),
          series: [t("participation.participated"), t("participation.notParticipated")],
          bars: figure.byAge.map((row) => ({
            label: w.number(row.age),
            values: [row.participated, row.reviews - row.participated],
          })),
          dir: w.dir,
          formatNumber: w.number,
        })
      : null,
    tables: [
      {
        id: "cla12",
        title: t("participation.title"),
        head: [
          t("participation.age"),
          t("participation.reviews"),
          t("participation.participated"),
          t("participation.percent"),
        ],
        rows: figure.byAge.map((row) => [
          w.text(w.number(row.age)),
          w.count(row.reviews),
          w.count(row.participated),
          w.percent(row.participated, row.reviews),
        ]),
        total: [
          w.text(t("total")),
          w.count(figure.total.reviews),
          w.count(figure.total.participated),
          w.percent(figure.total.participated, figure.total.reviews),
        ],
      },
      {
        id: "participation-codes",
        title: t("participation.codes"),
        head: [
          t("participation.code"),
          t("participation.meaning"),
          t("participation.reviews"),
          t("carersParents.percent"),
        ],
        rows: participationCodes.map((code) => [
          w.text(code),
          w.text(t(`reviews:pn.${code}`)),
          w.count(figure.codes[code]),
          w.percent(figure.codes[code], figure.held),
        ]),
        total: [
          w.text(t("total")),
          w.text(""),
          w.count(figure.held),
          w.percent(figure.held, figure.held),
        ],
      },
      {
        id: "views-given",
        title: t("participation.views"),
        head: [t("participation.how"), t("participation.reviews"), t("carersParents.percent")],
        rows: [...viewsConveyedMethods, "not-recorded" as const].map((how) => [
          w.text(
            how === "not-recorded" ? t("viewsConveyed.not-recorded") : t(`reviews:views.${how}`),
          ),
          w.count(figure.viewsConveyed[how]),
          w.percent(figure.viewsConveyed[how], figure.held),
        ]),
      },
    ],
  };
}

export function viewsBeforeSection(report: Report, w: Writer): ReportSection {
  const { t } = w;
  const figure = report.viewsBefore;
  const byBand = new Map(figure.byAgeBand.map((row) => [row.band, row]));
  const chairedByBand = new Map(figure.chairedByAgeBand.map((row) => [row.band, row]));
  return {
    id: "views-before",
    title: t("viewsBefore.title"),
    definition: t("viewsBefore.definition"),
    summary: [
      t("viewsBefore.summary", {
        held: w.number(figure.held),
        withStatement: w.number(figure.withStatement),
        percent: w.percentText(figure.withStatement, figure.held),
      }),
      t("viewsBefore.summaryChaired", {
        chaired: w.number(figure.chaired),
        percent: w.percentText(figure.chaired, figure.held),
      }),
    ],
    warnings: [],
    chart: null,
    tables: [
      bandTable(w, {
        id: "views-before-by-age",
        title: t("viewsBefore.title"),
        part: [t("viewsBefore.withStatement"), t("viewsBefore.percent")],
        byBand: (b) => {
          const row = byBand.get(b);
          return [row?.held ?? 0, row?.withStatement ?? 0];
        },
        total: [figure.held, figure.withStatement],
      }),
      {
        id: "views-before-by-language",
        title: t("viewsBefore.byLanguage"),
        head: [t("viewsBefore.language"), t("viewsBefore.withStatement")],
        rows: figure.byLanguage.map((row) => [
          w.text(w.language(row.language)),
          w.count(row.withStatement),
        ]),
      },
      {
        id: "views-before-how",
        title: t("viewsBefore.byHow"),
        head: [t("viewsBefore.byHow"), t("viewsBefore.withStatement")],
        rows: [
          [w.text(t("viewsBefore.alone")), w.count(figure.byHow.alone)],
          [w.text(t("viewsBefore.together")), w.count(figure.byHow.together)],
        ],
      },
      bandTable(w, {
        id: "chaired-by-age",
        title: t("viewsBefore.chaired"),
        part: [t("viewsBefore.chairedCount"), t("viewsBefore.chairedPercent")],
        byBand: (b) => {
          const row = chairedByBand.get(b);
          return [row?.held ?? 0, row?.chaired ?? 0];
        },
        total: [figure.held, figure.chaired],
      }),
    ],
  };
}

/** A table by age band: reviews held, how many of them had something, and the share. */
function bandTable(
  w: Writer,
  table: {
    id: string;
    title: string;
    /** The headings of the count and of its share. */
    part: [string, string];
    byBand: (band: ReportAgeBand) => [held: number, part: number];
    total: [held: number, part: number];
  },
): ReportTable {
  const row = (label: string, [held, part]: [number, number]) => [
    w.text(label),
    w.count(held),
    w.count(part),
    w.percent(part, held),
  ];
  return {
    id: table.id,
    title: table.title,
    head: [w.t("viewsBefore.ageBand"), w.t("viewsBefore.held"), ...table.part],
    rows: reportAgeBands.map((band) => row(w.t(`viewsBefore.band.${band}`), table.byBand(band))),
    total: row(w.t("total"), table.total),
  };
}
