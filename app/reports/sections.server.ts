import type { OrganisationSettings } from "~/organisations/settings.server";
import type { Writer } from "./cells.server";
import type { Report } from "./figures";
import {
  afterReviewSection,
  childrenSection,
  feedbackSection,
  urgentSection,
} from "./sections-after.server";
import {
  participationSection,
  reviewsSection,
  viewsBeforeSection,
} from "./sections-reviews.server";
import { carersParentsSection, caseloadsSection, useSection } from "./sections-service.server";
import { monitoringSection } from "./sections-monitoring.server";
import type { ReportSection } from "./table";

/**
 * The report's sections in order, in the reader's language: what the page shows and the
 * downloads write. Names of children only where `showNames` (the page, never a download).
 */
export function reportSections(
  report: Report,
  w: Writer,
  options: {
    showNames: boolean;
    standards: Pick<OrganisationSettings, "decisionsWithinDays" | "letterWithinDays">;
  },
): ReportSection[] {
  return [
    reviewsSection(report, w, options.showNames),
    participationSection(report, w),
    viewsBeforeSection(report, w),
    useSection(report, w),
    carersParentsSection(report, w),
    caseloadsSection(report, w),
    afterReviewSection(report, w, {
      decisionsDays: options.standards.decisionsWithinDays,
      letterDays: options.standards.letterWithinDays,
    }),
    urgentSection(report, w),
    feedbackSection(report, w),
    childrenSection(report, w),
    monitoringSection(report, w),
  ];
}
