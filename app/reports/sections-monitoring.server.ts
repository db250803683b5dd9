import { ragRatings } from "#db/schema";
import { fixedT } from "~/i18n/i18n.server";
import { stageName } from "~/monitoring/sections.server";
import type { Writer } from "./cells.server";
import type { Report } from "./figures";
import type { ReportSection } from "./table";

/*
 * Section 11 of the report, monitoring and escalations (issue 18), in the reader's language.
 * Its words live in the monitoring namespace beside the monthly monitoring page's.
 */

export function monitoringSection(report: Report, w: Writer): ReportSection {
  const m = fixedT(w.lng, "monitoring");
  const figure = report.monitoring;
  return {
    id: "monitoring",
    title: m("report.title"),
    definition: m("report.definition"),
    summary: [
      m("report.summary", {
        monitored: w.number(figure.withMonitoring),
        held: w.number(figure.held),
        percent: w.percentText(figure.withMonitoring, figure.held),
        raised: w.number(figure.raised),
        resolved: w.number(figure.resolved),
      }),
    ],
    warnings: [],
    chart: null,
    tables: [
      {
        id: "monitoring",
        title: m("report.title"),
        head: [m("report.measure"), m("report.reviews"), m("page.percent")],
        rows: [
          [w.text(m("report.held")), w.count(figure.held), w.text("")],
          [
            w.text(m("report.withMonitoring")),
            w.count(figure.withMonitoring),
            w.percent(figure.withMonitoring, figure.held),
          ],
          ...ragRatings.map((rag) => [
            w.text(m(`rag.${rag}`)),
            w.count(figure.byRag[rag]),
            w.percent(figure.byRag[rag], figure.withMonitoring),
          ]),
          [
            w.text(m("page.ratings.active")),
            w.count(figure.activeMonitoring),
            w.percent(figure.activeMonitoring, figure.withMonitoring),
          ],
        ],
      },
      {
        id: "escalations-by-stage",
        title: m("report.byStage"),
        head: [m("page.stage"), m("report.raised"), m("report.resolved")],
        rows: figure.byStage.map((row) => [
          w.text(stageName(figure, row.position, m)),
          w.count(row.raised),
          w.count(row.resolved),
        ]),
        total: [w.text(m("page.total")), w.count(figure.raised), w.count(figure.resolved)],
      },
    ],
  };
}
