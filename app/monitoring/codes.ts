import type { ConcernTheme, PlanQuality, RagRating } from "#db/schema";

/*
 * The monitoring form's codes, safe for the browser (db/schema.ts is server code). The same
 * lists as the schema's, in the same order: tests/unit/monitoring/form.test.ts checks it.
 */

export const planQualityCodes = [
  "outstanding",
  "good",
  "requires_improvement",
  "poor",
] as const satisfies readonly PlanQuality[];

export const ragCodes = ["red", "amber", "green"] as const satisfies readonly RagRating[];

export const concernThemeCodes = [
  "placement_stability",
  "education",
  "health",
  "family_time",
  "permanence",
  "drift_and_delay",
  "statutory_visits",
  "leaving_care",
  "other",
] as const satisfies readonly ConcernTheme[];
