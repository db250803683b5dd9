import { afterReviewFigure } from "./after-review.server";
import { carersParentsFigure } from "./carers-parents.server";
import { caseloadsFigure } from "./caseloads.server";
import { childrenFigure } from "./children.server";
import { feedbackFigure } from "./feedback.server";
import type { Report } from "./figures";
import { monitoringFigure } from "./monitoring.server";
import { participationReport } from "./participation.server";
import type { Period } from "./period";
import { reviewsFigure } from "./reviews.server";
import type { ReportScope } from "./scope.server";
import { urgentFigure } from "./urgent.server";
import { useFigure } from "./use.server";
import { viewsBeforeFigure } from "./views-before.server";

/**
 * Every figure of the annual report for one scope and period (issue 16), counted from the
 * records: a fixed number of SQL statements, whatever the number of children or reviews.
 */
export function buildReport(
  scope: ReportScope,
  period: Period,
  names: { organisationName: string; iroName: string | null },
): Report {
  return {
    period,
    ...names,
    reviews: reviewsFigure(scope, period),
    participation: participationReport(scope, period),
    viewsBefore: viewsBeforeFigure(scope, period),
    use: useFigure(scope, period),
    carersParents: carersParentsFigure(scope, period),
    caseloads: caseloadsFigure(scope, period),
    afterReview: afterReviewFigure(scope, period),
    urgent: urgentFigure(scope, period),
    feedback: feedbackFigure(scope, period),
    children: childrenFigure(scope, period),
    monitoring: monitoringFigure(scope, period),
  };
}
