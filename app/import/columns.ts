import type { ImportKind } from "#db/schema";
import type { ColumnSpec } from "./csv";

/*
 * The columns of each kind of import file, in the order the templates give them. docs/import.md
 * explains each one; the upload page lists them in the administrator's language.
 */

/** The kinds in the order to import them (db/schema's importKinds, which the browser cannot load). */
export const importKindsInOrder = [
  "young_people",
  "allocations",
  "past_reviews",
] as const satisfies readonly ImportKind[];

export const youngPeopleColumns = [
  { name: "case_reference", required: true },
  { name: "given_name", required: true },
  { name: "family_name", required: true },
  { name: "date_of_birth", required: true },
  { name: "preferred_language", required: true },
  { name: "needs_interpreter", required: false },
  { name: "interpreter_language", required: false },
  { name: "communication_needs", required: false },
  { name: "legal_status", required: false },
  { name: "service_area", required: true },
  { name: "looked_after_on", required: false },
  { name: "unaccompanied", required: false },
] as const satisfies readonly ColumnSpec[];

export const allocationColumns = [
  { name: "case_reference", required: true },
  { name: "relationship", required: true },
  { name: "username_or_email", required: true },
  { name: "starts_on", required: true },
  { name: "ends_on", required: false },
] as const satisfies readonly ColumnSpec[];

export const pastReviewColumns = [
  { name: "case_reference", required: true },
  { name: "kind", required: true },
  { name: "due_on", required: true },
  { name: "held_on", required: true },
  { name: "participation_code", required: true },
  { name: "attended", required: true },
  { name: "chaired", required: false },
  { name: "views_conveyed", required: true },
] as const satisfies readonly ColumnSpec[];

export const importColumns: Record<ImportKind, readonly ColumnSpec[]> = {
  young_people: youngPeopleColumns,
  allocations: allocationColumns,
  past_reviews: pastReviewColumns,
};

/** Invented example rows for the templates: one shows every column filled, one the least. */
export const templateExamples: Record<ImportKind, Record<string, string>[]> = {
  young_people: [
    {
      case_reference: "CR-100234",
      given_name: "Selam",
      family_name: "Example",
      date_of_birth: "2011-04-18",
      preferred_language: "ti",
      needs_interpreter: "yes",
      interpreter_language: "Tigrinya (Eritrean)",
      communication_needs: "Prefers pictures to long text",
      legal_status: "section_20",
      service_area: "children_in_care",
      looked_after_on: "2025-09-01",
      unaccompanied: "yes",
    },
    {
      case_reference: "CR-100235",
      given_name: "Jordan",
      family_name: "Sample",
      date_of_birth: "2006-11-02",
      preferred_language: "en",
      service_area: "care_leaver",
    },
  ],
  allocations: [
    {
      case_reference: "CR-100234",
      relationship: "iro",
      username_or_email: "amelia.iro",
      starts_on: "2025-09-01",
    },
    {
      case_reference: "CR-100234",
      relationship: "social_worker",
      username_or_email: "dan.worker@example.org",
      starts_on: "2025-09-01",
      ends_on: "2026-01-31",
    },
  ],
  past_reviews: [
    {
      case_reference: "CR-100234",
      kind: "looked_after",
      due_on: "2025-09-29",
      held_on: "2025-09-24",
      participation_code: "PN1",
      attended: "yes",
      chaired: "no",
      views_conveyed: "spoke",
    },
    {
      case_reference: "CR-100235",
      kind: "pathway_plan",
      due_on: "2026-02-10",
      held_on: "2026-02-12",
      participation_code: "PN6",
      attended: "no",
      views_conveyed: "own-voice-statement",
    },
  ],
};
