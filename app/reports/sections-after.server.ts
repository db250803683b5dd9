import { formatDate } from "~/i18n/format";
import type { Writer } from "./cells.server";
import { feedbackAnswers, feedbackAudiences, feedbackQuestions, type Report } from "./figures";
import type { ReportSection } from "./table";

/*
 * Sections 7 to 10 of the report, as the reader's language writes them: after the review
 * (decisions and letters), urgent worries, feedback after reviews, and who our children are.
 */

export function afterReviewSection(
  report: Report,
  w: Writer,
  standards: { decisionsDays: number; letterDays: number },
): ReportSection {
  const { t } = w;
  const figure = report.afterReview;
  return {
    id: "after-review",
    title: t("afterReview.title"),
    definition: t("afterReview.definition", {
      decisionsDays: w.number(standards.decisionsDays),
      letterDays: w.number(standards.letterDays),
    }),
    summary: [
      t("afterReview.summary", {
        decisions: w.number(figure.decisionsInTime),
        decisionsDue: w.number(figure.decisionsDue),
        decisionsPercent: w.percentText(figure.decisionsInTime, figure.decisionsDue),
        letters: w.number(figure.lettersInTime),
        lettersIssued: w.number(figure.lettersIssued),
        lettersPercent: w.percentText(figure.lettersInTime, figure.lettersIssued),
        read: w.number(figure.lettersRead),
        readPercent: w.percentText(figure.lettersRead, figure.lettersIssued),
      }),
    ],
    warnings: [],
    chart: null,
    tables: [
      {
        id: "after-review",
        title: t("afterReview.title"),
        head: [t("afterReview.measure"), t("afterReview.count"), t("afterReview.percent")],
        rows: [
          [w.text(t("afterReview.decisionsDue")), w.count(figure.decisionsDue), w.text("")],
          [
            w.text(t("afterReview.decisionsInTime")),
            w.count(figure.decisionsInTime),
            w.percent(figure.decisionsInTime, figure.decisionsDue),
          ],
          [w.text(t("afterReview.lettersIssued")), w.count(figure.lettersIssued), w.text("")],
          [
            w.text(t("afterReview.lettersInTime")),
            w.count(figure.lettersInTime),
            w.percent(figure.lettersInTime, figure.lettersIssued),
          ],
          [w.text(t("afterReview.median")), w.plain(figure.medianWorkingDays), w.text("")],
          [
            w.text(t("afterReview.lettersRead")),
            w.count(figure.lettersRead),
            w.percent(figure.lettersRead, figure.lettersIssued),
          ],
        ],
      },
      {
        id: "letters-by-language",
        title: t("afterReview.byLanguage"),
        head: [
          t("afterReview.language"),
          t("afterReview.issued"),
          t("afterReview.inTime"),
          t("afterReview.read"),
        ],
        rows: figure.byLanguage.map((row) => [
          w.text(w.language(row.language)),
          w.count(row.issued),
          w.count(row.inTime),
          w.count(row.read),
        ]),
      },
    ],
  };
}

function duration(minutes: number | null, w: Writer): string {
  if (minutes === null) return w.t("noPercent");
  const rounded = Math.round(minutes);
  if (rounded < 60) return w.t("urgent.minutes", { minutes: w.number(rounded) });
  return w.t("urgent.hours", {
    hours: w.number(Math.floor(rounded / 60)),
    minutes: w.number(rounded % 60),
  });
}

export function urgentSection(report: Report, w: Writer): ReportSection {
  const { t } = w;
  const figure = report.urgent;
  return {
    id: "urgent",
    title: t("urgent.title"),
    definition: t("urgent.definition"),
    summary: [
      t("urgent.summary", {
        raised: w.number(figure.raised),
        sameDay: w.number(figure.sameWorkingDay),
        percent: w.percentText(figure.sameWorkingDay, figure.raised),
      }),
    ],
    warnings: [],
    chart: null,
    tables: [
      {
        id: "urgent",
        title: t("urgent.title"),
        head: [t("urgent.measure"), t("urgent.value"), t("afterReview.percent")],
        rows: [
          [w.text(t("urgent.raised")), w.count(figure.raised), w.text("")],
          [
            w.text(t("urgent.acknowledged")),
            w.count(figure.acknowledged),
            w.percent(figure.acknowledged, figure.raised),
          ],
          [w.text(t("urgent.median")), w.text(duration(figure.medianMinutes, w)), w.text("")],
          [
            w.text(t("urgent.sameDay")),
            w.count(figure.sameWorkingDay),
            w.percent(figure.sameWorkingDay, figure.raised),
          ],
        ],
      },
    ],
  };
}

export function feedbackSection(report: Report, w: Writer): ReportSection {
  const { t } = w;
  const figure = report.feedback;
  const forms = feedbackAudiences.reduce((sum, a) => sum + figure.forms[a], 0);
  const listened = feedbackAudiences.map((a) => figure.counts.listened[a]);
  const yes = listened.reduce((sum, c) => sum + c.yes, 0);
  const answered = listened.reduce((sum, c) => sum + c.yes + c.no + c.unsure, 0);
  return {
    id: "feedback",
    title: t("feedback.title"),
    definition: t("feedback.definition"),
    summary: [
      t("feedback.summary", {
        forms: w.number(forms),
        yes: w.number(yes),
        answered: w.number(answered),
        percent: w.percentText(yes, answered),
      }),
    ],
    warnings: [],
    chart: null,
    tables: [
      {
        id: "feedback",
        title: t("feedback.title"),
        head: [
          t("feedback.question"),
          t("feedback.who"),
          ...feedbackAnswers.map((a) => t(`feedback.answer.${a}`)),
        ],
        rows: feedbackQuestions.flatMap((question) =>
          feedbackAudiences.map((audience) => [
            w.text(t(`feedback.questions.${question}`)),
            w.text(t(`feedback.audience.${audience}`)),
            ...feedbackAnswers.map((a) => w.count(figure.counts[question][audience][a])),
          ]),
        ),
      },
      {
        id: "feedback-forms",
        title: t("feedback.forms"),
        head: [t("feedback.who"), t("feedback.forms"), t("feedback.suggestions")],
        rows: feedbackAudiences.map((audience) => [
          w.text(t(`feedback.audience.${audience}`)),
          w.count(figure.forms[audience]),
          w.count(figure.suggestions[audience]),
        ]),
        total: [
          w.text(t("total")),
          w.count(forms),
          w.count(feedbackAudiences.reduce((sum, a) => sum + figure.suggestions[a], 0)),
        ],
      },
    ],
  };
}

export function childrenSection(report: Report, w: Writer): ReportSection {
  const { t } = w;
  const figure = report.children;
  return {
    id: "children",
    title: t("children.title"),
    definition: t("children.definition", { date: formatDate(figure.onDay, w.lng) }),
    summary: [
      t("children.summary", {
        inCare: w.number(figure.inCare),
        unaccompanied: w.number(figure.unaccompanied),
        unaccompaniedPercent: w.percentText(figure.unaccompanied, figure.inCare),
        interpreter: w.number(figure.needsInterpreter),
        interpreterPercent: w.percentText(figure.needsInterpreter, figure.inCare),
      }),
    ],
    warnings: [],
    chart: null,
    tables: [
      {
        id: "children",
        title: t("children.title"),
        head: [t("children.measure"), t("children.count"), t("children.percent")],
        rows: [
          [w.text(t("children.inCare")), w.count(figure.inCare), w.text("")],
          [
            w.text(t("children.unaccompanied")),
            w.count(figure.unaccompanied),
            w.percent(figure.unaccompanied, figure.inCare),
          ],
          [
            w.text(t("children.needsInterpreter")),
            w.count(figure.needsInterpreter),
            w.percent(figure.needsInterpreter, figure.inCare),
          ],
        ],
      },
      {
        id: "children-by-language",
        title: t("children.byLanguage"),
        head: [t("children.language"), t("children.count"), t("children.percent")],
        rows: figure.byLanguage.map((row) => [
          w.text(w.language(row.language)),
          w.count(row.children),
          w.percent(row.children, figure.inCare),
        ]),
      },
    ],
  };
}
