import { getDb, type Tx } from "#db/db.server";
import { auditEvents } from "#db/schema";
import { clientAddress, requestId } from "~/http/request.server";

export type AuditAction =
  | "sign_in"
  | "sign_in_failed"
  | "sign_in_locked"
  | "sign_out"
  | "sign_in_code_issued"
  | "sign_in_code_used"
  | "young_person_viewed"
  | "statement_submitted"
  | "statement_read"
  | "statement_withdrawn"
  | "statement_replied"
  | "urgent_alert_acknowledged"
  | "voice_note_played"
  | "review_planned"
  | "review_recorded"
  | "decisions_circulated"
  | "consultation_requested"
  | "interpreter_requested"
  | "interpreter_done"
  | "parent_invited"
  | "together_started"
  | "together_ended"
  | "together_leave_refused"
  | "letter_drafted"
  | "letter_issued"
  | "letter_read"
  // Staff (IRO, translator) opening a letter to work on it: audited, but no read receipt.
  | "letter_opened"
  | "letter_pdf_downloaded"
  | "letters_register_viewed"
  | "letters_register_exported"
  | "reports_viewed"
  | "reports_exported"
  | "letter_translated"
  // Administration (issue 14)
  | "staff_created"
  | "staff_updated"
  | "staff_role_changed"
  | "staff_deactivated"
  | "staff_reactivated"
  | "staff_unlocked"
  | "sign_in_link_emailed"
  | "young_person_created"
  | "young_person_updated"
  | "young_person_left_care"
  | "allocation_created"
  | "allocation_updated"
  | "allocation_ended"
  | "caseload_moved"
  | "organisation_settings_changed"
  | "import_previewed"
  | "import_applied"
  | "sso_sign_in"
  | "sso_sign_in_refused"
  | "audit_viewed"
  | "audit_exported"
  // Erasure (issue 17): the fact, never the words.
  | "statement_erased"
  | "voice_note_erased"
  // Into the case record (issue 17): a document, or a child's bundle, leaves Own Voice.
  | "case_record_downloaded"
  | "case_record_bundle_downloaded"
  // The child's rights (issue 17): a young person's own copy, and an administrator's for them.
  | "my_things_downloaded"
  | "subject_access_downloaded"
  // Between reviews (issue 18).
  | "action_updated"
  | "decisions_agreement_answered"
  | "midway_check_recorded"
  | "contact_logged"
  | "monitoring_recorded"
  | "escalation_raised"
  | "escalation_responded"
  | "escalation_moved"
  | "escalation_resolved"
  | "alert_escalated"
  | "monitoring_viewed"
  | "monitoring_exported"
  | "team_created"
  | "team_updated"
  | "escalation_stages_changed";

/**
 * Append-only record of who did what to whose record, when, and from where.
 * Never holds a child's words: only ids and the kind of action.
 */
export function recordAudit(
  request: Request | null,
  event: {
    action: AuditAction;
    organisationId?: string | null;
    actorUserId?: string | null;
    subjectType?: string;
    subjectId?: string;
    youngPersonId?: string;
  },
  tx?: Tx,
) {
  (tx ?? getDb())
    .insert(auditEvents)
    .values({
      ...event,
      requestId: request ? requestId(request) : null,
      clientAddress: request ? clientAddress(request) : null,
    })
    .run();
}
