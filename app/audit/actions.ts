import type { AuditAction } from "./audit.server";

/*
 * Every audit action in plain words (`audit:action.<action>`) and the kind it belongs to, so the
 * audit trail can be filtered by kind ("records opened") or by one action. The Record type makes
 * the compiler refuse an action without a kind; tests/unit/audit/labels.test.ts fails on an action
 * without a label in any language.
 */

export const auditKinds = [
  "opened",
  "views",
  "together",
  "reviews",
  "access",
  "administration",
  "between",
] as const;
export type AuditKind = (typeof auditKinds)[number];

export const auditActionKinds: Record<AuditAction, AuditKind> = {
  // Records opened, read or taken away: "who has opened this child's records".
  young_person_viewed: "opened",
  statement_read: "opened",
  voice_note_played: "opened",
  letter_opened: "opened",
  letter_read: "opened",
  letter_pdf_downloaded: "opened",
  letters_register_viewed: "opened",
  letters_register_exported: "opened",
  reports_viewed: "opened",
  reports_exported: "opened",
  audit_viewed: "opened",
  audit_exported: "opened",
  case_record_downloaded: "opened",
  case_record_bundle_downloaded: "opened",
  my_things_downloaded: "opened",
  subject_access_downloaded: "opened",
  // A child's (or carer's, parent's) views before a review.
  consultation_requested: "views",
  statement_submitted: "views",
  statement_withdrawn: "views",
  statement_replied: "views",
  urgent_alert_acknowledged: "views",
  interpreter_requested: "views",
  interpreter_done: "views",
  parent_invited: "views",
  together_started: "together",
  together_ended: "together",
  together_leave_refused: "together",
  review_planned: "reviews",
  review_recorded: "reviews",
  decisions_circulated: "reviews",
  letter_drafted: "reviews",
  letter_issued: "reviews",
  letter_translated: "reviews",
  sign_in: "access",
  sign_in_failed: "access",
  sign_in_locked: "access",
  sign_out: "access",
  sign_in_code_issued: "access",
  sign_in_code_used: "access",
  sign_in_link_emailed: "access",
  sso_sign_in: "access",
  sso_sign_in_refused: "access",
  staff_created: "administration",
  staff_updated: "administration",
  staff_role_changed: "administration",
  staff_deactivated: "administration",
  staff_reactivated: "administration",
  staff_unlocked: "administration",
  young_person_created: "administration",
  young_person_updated: "administration",
  young_person_left_care: "administration",
  allocation_created: "administration",
  allocation_updated: "administration",
  allocation_ended: "administration",
  caseload_moved: "administration",
  organisation_settings_changed: "administration",
  import_previewed: "administration",
  import_applied: "administration",
  statement_erased: "views",
  voice_note_erased: "views",
  // Between reviews (issue 18).
  action_updated: "between",
  decisions_agreement_answered: "between",
  midway_check_recorded: "between",
  contact_logged: "between",
  monitoring_recorded: "between",
  escalation_raised: "between",
  escalation_responded: "between",
  escalation_moved: "between",
  escalation_resolved: "between",
  alert_escalated: "between",
  monitoring_viewed: "opened",
  monitoring_exported: "opened",
  team_created: "administration",
  team_updated: "administration",
  escalation_stages_changed: "administration",
};

export const auditActions = Object.keys(auditActionKinds) as AuditAction[];

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(auditActionKinds, value);
}

/** The actions of one kind, in the order above. */
export function actionsOfKind(kind: AuditKind): AuditAction[] {
  return auditActions.filter((a) => auditActionKinds[a] === kind);
}

/** The translation key of an action's label. */
export const actionLabelKey = (action: string) => `audit:action.${action}`;
