import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { randomUUID } from "node:crypto";
import { sharingChoices } from "../app/consultation/sharing-choices";
import { participationCodes, viewsConveyedMethods } from "../app/reviews/participation";
import { lateReasons } from "../app/reviews/lateness";

/*
 * The core of the domain model (../shared/DESIGN.md). Every row belongs to one organisation.
 * IDs are random UUIDs, never counters, so they cannot be guessed or enumerated.
 * Times are UTC ISO-8601 text; calendar dates are YYYY-MM-DD text.
 * Enumerations are text with a CHECK, so the schema ports to PostgreSQL unchanged.
 */

export const roles = [
  "young_person",
  "carer",
  "parent",
  "social_worker",
  "iro",
  "manager",
  "translator",
  "admin",
  // Issue 18: the people escalations and monitoring alerts go to.
  "team_manager",
  "service_manager",
  "director",
] as const;
export type Role = (typeof roles)[number];

export const serviceAreas = [
  "children_in_care",
  "care_leaver",
  "child_in_need",
  "child_protection",
  "early_help",
] as const;
export type ServiceArea = (typeof serviceAreas)[number];

export const allocationRelationships = [
  "iro",
  "social_worker",
  "carer",
  "parent",
  "personal_adviser",
  "advocate",
] as const;
export type AllocationRelationship = (typeof allocationRelationships)[number];

export const reviewKinds = ["looked_after", "pathway_plan"] as const;
export type ReviewKind = (typeof reviewKinds)[number];

export const reviewStatuses = ["planned", "held", "cancelled"] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

const id = () =>
  text("id")
    .primaryKey()
    .$defaultFn(() => randomUUID());
const createdAt = () =>
  text("created_at")
    .notNull()
    .$defaultFn(() => new Date().toISOString());
const updatedAt = () =>
  text("updated_at")
    .notNull()
    .$defaultFn(() => new Date().toISOString())
    .$onUpdateFn(() => new Date().toISOString());

function inList(column: { name: string }, values: readonly string[]) {
  return sql.raw(`"${column.name}" in (${values.map((v) => `'${v}'`).join(", ")})`);
}

export const organisations = sqliteTable("organisations", {
  id: id(),
  name: text("name").notNull(),
  // Days the organisation is closed beyond bank holidays (YYYY-MM-DD, JSON array).
  closureDays: text("closure_days", { mode: "json" }).$type<string[]>().notNull().default([]),
  // Local service standards, in working days (DESIGN.md "Statutory rules").
  consultationLeadDays: integer("consultation_lead_days").notNull().default(5),
  replyWithinDays: integer("reply_within_days").notNull().default(3),
  decisionsWithinDays: integer("decisions_within_days").notNull().default(5),
  /** Local standard: the letter to the child is issued within N working days of the review. */
  letterWithinDays: integer("letter_within_days").notNull().default(20),
  /** The invented demo organisation: every page says so in a banner. */
  isDemo: integer("is_demo", { mode: "boolean" }).notNull().default(false),
  /** Contact details used in letters and help pages. */
  iroServicePhone: text("iro_service_phone"),
  iroServiceEmail: text("iro_service_email"),
  advocacyServiceName: text("advocacy_service_name"),
  advocacyServicePhone: text("advocacy_service_phone"),
  /** Which forms children are offered (template ids, JSON array); null offers every form. */
  formsOffered: text("forms_offered", { mode: "json" }).$type<string[] | null>(),
  /** Young people are asked how their review went, after it. */
  feedbackEnabled: integer("feedback_enabled", { mode: "boolean" }).notNull().default(true),
  /** Staff may sign in with a password; turned off once single sign-on works. */
  staffPasswordSignIn: integer("staff_password_sign_in", { mode: "boolean" })
    .notNull()
    .default(true),
  /** Languages whose computer voice the organisation has switched off (codes, JSON array). */
  /*
   * Retention (issue 17), in days unless named otherwise; the README gives the defaults' reasons.
   * Drafts never sent go after `retainDraftsDays` (the child is reminded `remindDraftsDays` in);
   * answers stashed from an expired session after `retainStashDays`; the words of a withdrawn
   * statement after `retainWithdrawnDays`; notifications after `retainNotificationsDays`; the
   * records of a young person who left care once they reach `retainRecordsUntilAge`.
   */
  retainDraftsDays: integer("retain_drafts_days").notNull().default(90),
  remindDraftsDays: integer("remind_drafts_days").notNull().default(60),
  retainStashDays: integer("retain_stash_days").notNull().default(7),
  retainWithdrawnDays: integer("retain_withdrawn_days").notNull().default(365),
  retainNotificationsDays: integer("retain_notifications_days").notNull().default(365),
  retainRecordsUntilAge: integer("retain_records_until_age").notNull().default(75),
  computerVoiceOff: text("computer_voice_off", { mode: "json" })
    .$type<string[]>()
    .notNull()
    .default([]),
  /*
   * Between reviews (issue 18), local standards: the team manager answers the circulated
   * decisions within `agreementWithinDays` working days; an urgent worry nobody acknowledged
   * within `alertEscalateHours` working hours goes to the team manager and the IRO manager.
   */
  agreementWithinDays: integer("agreement_within_days").notNull().default(5),
  alertEscalateHours: integer("alert_escalate_hours").notNull().default(4),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const users = sqliteTable(
  "users",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    role: text("role", { enum: roles }).notNull(),
    // Usernames are unique across the whole service: people sign in without choosing an organisation.
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash"),
    picturePasswordHash: text("picture_password_hash"),
    preferredLanguage: text("preferred_language"),
    /** Optional: reminders are also emailed when SMTP is configured. Never required. */
    email: text("email"),
    failedSignIns: integer("failed_sign_ins").notNull().default(0),
    lockedUntil: text("locked_until"),
    /** Deactivated: cannot sign in; history and authorship stay. */
    disabledAt: text("disabled_at"),
    lastSignInAt: text("last_sign_in_at"),
    /**
     * Working hours as a share of full time (1 = full time, 0.6 = three days a week), set in
     * administration for IROs: the reports count children per full-time IRO. Null: not set.
     */
    fullTimeEquivalent: real("full_time_equivalent"),
    /** The team a social worker or team manager works in (issue 18); null: none set. */
    teamId: text("team_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_username_unique").on(t.username),
    index("users_organisation_idx").on(t.organisationId, t.role),
    check("users_role_check", inList(t.role, roles)),
  ],
);

export const sessions = sqliteTable(
  "sessions",
  {
    // SHA-256 of the cookie token: a copy of the database does not hold live session tokens.
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    csrfToken: text("csrf_token").notNull(),
    createdAt: createdAt(),
    lastSeenAt: text("last_seen_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    revokedAt: text("revoked_at"),
    /**
     * "Together" mode: a worker sits with a child on the worker's device. While set, the session
     * reaches only this young person's forms, until the worker gives their password again.
     */
    togetherYoungPersonId: text("together_young_person_id").references(() => youngPeople.id),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const signInCodes = sqliteTable(
  "sign_in_codes",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    // HMAC of the code; the code itself is shown once, on screen, to be given in person.
    codeHash: text("code_hash").notNull(),
    issuedBy: text("issued_by")
      .notNull()
      .references(() => users.id),
    /** "sign-in" for a young person's first sign-in; "parent-invitation" for a parent's form. */
    purpose: text("purpose", { enum: ["sign-in", "parent-invitation"] })
      .notNull()
      .default("sign-in"),
    expiresAt: text("expires_at").notNull(),
    usedAt: text("used_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("sign_in_codes_hash_unique").on(t.codeHash)],
);

export const youngPeople = sqliteTable(
  "young_people",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    userId: text("user_id").references(() => users.id),
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull(),
    dateOfBirth: text("date_of_birth").notNull(),
    preferredLanguage: text("preferred_language").notNull().default("en"),
    needsInterpreter: integer("needs_interpreter", { mode: "boolean" }).notNull().default(false),
    /** The language or dialect an interpreter needs, when it differs from the preferred language. */
    interpreterLanguage: text("interpreter_language"),
    communicationNeeds: text("communication_needs"),
    serviceArea: text("service_area", { enum: serviceAreas }).notNull(),
    lookedAfterOn: text("looked_after_on"),
    legalStatus: text("legal_status"),
    isUnaccompanied: integer("is_unaccompanied", { mode: "boolean" }).notNull().default(false),
    /** The council's ID in its case system: unique in the organisation. */
    caseReference: text("case_reference"),
    /** The child stopped being looked after: records stay, allocations end on this day. */
    leftCareOn: text("left_care_on"),
    leftCareReason: text("left_care_reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("young_people_user_unique").on(t.userId),
    uniqueIndex("young_people_case_reference_unique").on(t.organisationId, t.caseReference),
    index("young_people_organisation_idx").on(t.organisationId),
    check("young_people_service_area_check", inList(t.serviceArea, serviceAreas)),
  ],
);

export const allocations = sqliteTable(
  "allocations",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    youngPersonId: text("young_person_id")
      .notNull()
      .references(() => youngPeople.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    relationship: text("relationship", { enum: allocationRelationships }).notNull(),
    startsOn: text("starts_on").notNull(),
    // Last day of the allocation, inclusive; null while it lasts.
    endsOn: text("ends_on"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("allocations_user_idx").on(t.userId, t.relationship),
    index("allocations_young_person_idx").on(t.youngPersonId),
    check("allocations_relationship_check", inList(t.relationship, allocationRelationships)),
  ],
);

export const reviews = sqliteTable(
  "reviews",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    youngPersonId: text("young_person_id")
      .notNull()
      .references(() => youngPeople.id),
    kind: text("kind", { enum: reviewKinds }).notNull(),
    dueOn: text("due_on").notNull(),
    plannedOn: text("planned_on"),
    /** The first meeting: the review's date for timeliness and the next due date. */
    heldOn: text("held_on"),
    /**
     * The last meeting (a series completes within 20 working days of the first): the decisions
     * and the letter to the child count from it.
     */
    completedOn: text("completed_on"),
    status: text("status", { enum: reviewStatuses }).notNull().default("planned"),
    cancelledReason: text("cancelled_reason"),
    participationCode: text("participation_code", { enum: participationCodes }),
    place: text("place"),
    childAttended: integer("child_attended", { mode: "boolean" }),
    childChaired: integer("child_chaired", { mode: "boolean" }),
    viewsConveyed: text("views_conveyed", { enum: viewsConveyedMethods }),
    /** Who attended (names as written by the IRO), JSON array. */
    attendees: text("attendees", { mode: "json" }).$type<string[]>(),
    /** The key decisions, a short list, JSON array. */
    decisions: text("decisions", { mode: "json" }).$type<string[]>(),
    recordedBy: text("recorded_by").references(() => users.id),
    /** Local standard: decisions circulated within N working days of the review. */
    decisionsDueOn: text("decisions_due_on"),
    decisionsCirculatedOn: text("decisions_circulated_on"),
    /** Held after its due date: why (`lateReasons` in app/reviews/lateness.ts), and words for "other". */
    lateReason: text("late_reason", { enum: lateReasons }),
    lateReasonOther: text("late_reason_other"),
    /** Imported from the council's case system (a review held before Own Voice). */
    importedAt: text("imported_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("reviews_young_person_idx").on(t.youngPersonId, t.status),
    index("reviews_due_idx").on(t.organisationId, t.status, t.dueOn),
    index("reviews_held_idx").on(t.organisationId, t.status, t.heldOn),
    check("reviews_kind_check", inList(t.kind, reviewKinds)),
    check("reviews_status_check", inList(t.status, reviewStatuses)),
    check(
      "reviews_participation_code_check",
      sql.raw(
        `"participation_code" is null or "participation_code" in ('PN0','PN1','PN2','PN3','PN4','PN5','PN6','PN7')`,
      ),
    ),
  ],
);

/** Append-only: rows are inserted, never updated or deleted (database triggers refuse both). */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: id(),
    organisationId: text("organisation_id").references(() => organisations.id),
    actorUserId: text("actor_user_id").references(() => users.id),
    action: text("action").notNull(),
    subjectType: text("subject_type"),
    subjectId: text("subject_id"),
    youngPersonId: text("young_person_id").references(() => youngPeople.id),
    requestId: text("request_id"),
    clientAddress: text("client_address"),
    at: text("at")
      .notNull()
      .$defaultFn(() => new Date().toISOString()),
  },
  (t) => [
    index("audit_events_organisation_idx").on(t.organisationId, t.at),
    index("audit_events_young_person_idx").on(t.youngPersonId),
    // The audit trail's filters by person and by kind (ADR 18).
    index("audit_events_actor_idx").on(t.organisationId, t.actorUserId, t.at),
    index("audit_events_action_idx").on(t.organisationId, t.action, t.at),
  ],
);

export type User = typeof users.$inferSelect;
export type YoungPerson = typeof youngPeople.$inferSelect;
export type Review = typeof reviews.$inferSelect;

/* ---- Consultation: statements and who reads them (issue 4) ---- */

export const statementStatuses = ["draft", "submitted"] as const;

/**
 * What a young person said, against one exact template version. A draft is saved at every step;
 * once submitted its answers never change (withdrawal is its own row, below).
 */
export const statements = sqliteTable(
  "statements",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    youngPersonId: text("young_person_id")
      .notNull()
      .references(() => youngPeople.id),
    authorUserId: text("author_user_id")
      .notNull()
      .references(() => users.id),
    templateId: text("template_id").notNull(),
    templateVersion: integer("template_version").notNull(),
    /** The language the young person used the form in. */
    language: text("language").notNull(),
    answers: text("answers", { mode: "json" })
      .$type<Record<string, unknown>>()
      .notNull()
      .default({}),
    /** Where the young person stopped, so they come back to it. */
    currentQuestion: text("current_question"),
    status: text("status", { enum: statementStatuses }).notNull().default("draft"),
    sharing: text("sharing", { enum: sharingChoices }),
    isUrgent: integer("is_urgent", { mode: "boolean" }).notNull().default(false),
    submittedAt: text("submitted_at"),
    /** The review this statement was written for, when it answered a consultation request. */
    reviewId: text("review_id").references(() => reviews.id),
    requestId: text("request_id"),
    /** Together mode: the worker who sat with the child ("completed with help from ..."). */
    helpedBy: text("helped_by").references(() => users.id),
    /**
     * Erased where the law requires (issue 17): the answers are replaced by nothing and these say
     * when, by whom and why; readers see a tombstone, the audit keeps the fact, not the words.
     */
    erasedAt: text("erased_at"),
    erasedBy: text("erased_by").references(() => users.id),
    erasedReason: text("erased_reason"),
    /** When the young person was reminded that this draft will be deleted (retention). */
    draftRemindedAt: text("draft_reminded_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("statements_author_idx").on(t.authorUserId, t.status),
    index("statements_request_idx").on(t.requestId),
    index("statements_young_person_idx").on(t.youngPersonId, t.status),
    index("statements_review_idx").on(t.reviewId),
    // By sent time only: with the organisation first the planner took it for every statements
    // query and scanned them all per review (the reports' feedback figure took 14 s).
    index("statements_sent_idx").on(t.submittedAt),
    check("statements_status_check", inList(t.status, statementStatuses)),
    check(
      "statements_sharing_check",
      sql.raw(
        `"sharing" is null or "sharing" in ('iro', 'iro-and-social-worker', 'everyone-at-review')`,
      ),
    ),
  ],
);

/** The readers fixed when a statement is sent: nobody else may open it. */
export const statementReaders = sqliteTable(
  "statement_readers",
  {
    statementId: text("statement_id")
      .notNull()
      .references(() => statements.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    /** "chosen" by the young person, or added because the worry was "urgent". */
    reason: text("reason", { enum: ["chosen", "urgent"] }).notNull(),
  },
  (t) => [
    uniqueIndex("statement_readers_unique").on(t.statementId, t.userId),
    index("statement_readers_user_idx").on(t.userId),
    check("statement_readers_reason_check", inList(t.reason, ["chosen", "urgent"])),
  ],
);

/** Every time someone opened a statement (the child's "read" status, and audit). */
export const statementReads = sqliteTable(
  "statement_reads",
  {
    id: id(),
    statementId: text("statement_id")
      .notNull()
      .references(() => statements.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    at: text("at")
      .notNull()
      .$defaultFn(() => new Date().toISOString()),
  },
  (t) => [index("statement_reads_statement_idx").on(t.statementId)],
);

/** A young person took a statement back. Nothing is deleted: the statement stays on record. */
export const statementWithdrawals = sqliteTable("statement_withdrawals", {
  statementId: text("statement_id")
    .primaryKey()
    .references(() => statements.id),
  byUserId: text("by_user_id")
    .notNull()
    .references(() => users.id),
  at: text("at")
    .notNull()
    .$defaultFn(() => new Date().toISOString()),
});

/** A voice note: the file lives under the data directory, never in public/. */
export const voiceNotes = sqliteTable("voice_notes", {
  id: id(),
  organisationId: text("organisation_id")
    .notNull()
    .references(() => organisations.id),
  statementId: text("statement_id")
    .notNull()
    .references(() => statements.id),
  questionId: text("question_id").notNull(),
  mimeType: text("mime_type").notNull(),
  bytes: integer("bytes").notNull(),
  language: text("language").notNull(),
  /** Erased (issue 17): the file is deleted; the row keeps when, by whom and why. */
  erasedAt: text("erased_at"),
  erasedBy: text("erased_by").references(() => users.id),
  erasedReason: text("erased_reason"),
  createdAt: createdAt(),
});

/**
 * What each daily retention run removed (issue 17): counts by kind, never content. A dry run
 * is recorded too, marked, so an administrator sees what would go before it does.
 */
export const retentionRuns = sqliteTable(
  "retention_runs",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    ranAt: text("ran_at").notNull(),
    dryRun: integer("dry_run", { mode: "boolean" }).notNull(),
    counts: text("counts", { mode: "json" }).$type<Record<string, number>>().notNull(),
  },
  (t) => [index("retention_runs_organisation_idx").on(t.organisationId, t.ranAt)],
);

/** "I don't feel safe": raised when such a worry is sent, shown until someone acknowledges it. */
export const urgentAlerts = sqliteTable(
  "urgent_alerts",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    statementId: text("statement_id")
      .notNull()
      .references(() => statements.id),
    youngPersonId: text("young_person_id")
      .notNull()
      .references(() => youngPeople.id),
    raisedAt: text("raised_at")
      .notNull()
      .$defaultFn(() => new Date().toISOString()),
    acknowledgedBy: text("acknowledged_by").references(() => users.id),
    acknowledgedAt: text("acknowledged_at"),
    /** Not acknowledged in time: sent on to the team manager and the IRO manager (issue 18). */
    escalatedAt: text("escalated_at"),
  },
  (t) => [index("urgent_alerts_young_person_idx").on(t.youngPersonId)],
);

export type Statement = typeof statements.$inferSelect;

/**
 * An answer posted after the session had ended: kept (for a day) so the young person finds it
 * again after signing back in, instead of losing what they typed. The cookie holds the token.
 */
export const pendingAnswers = sqliteTable("pending_answers", {
  id: text("id").primaryKey(),
  statementId: text("statement_id")
    .notNull()
    .references(() => statements.id),
  questionId: text("question_id").notNull(),
  fields: text("fields", { mode: "json" }).$type<Record<string, string[]>>().notNull(),
  createdAt: createdAt(),
});

/** A short reply from a reader (IRO or social worker) that the young person sees with their statement. */
export const statementReplies = sqliteTable(
  "statement_replies",
  {
    id: id(),
    statementId: text("statement_id")
      .notNull()
      .references(() => statements.id),
    authorUserId: text("author_user_id")
      .notNull()
      .references(() => users.id),
    text: text("text").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("statement_replies_statement_idx").on(t.statementId)],
);

/* ---- Review preparation (issue 5) ---- */

/** One meeting of a review: a review may be held as a series of meetings. */
export const reviewMeetings = sqliteTable(
  "review_meetings",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    reviewId: text("review_id")
      .notNull()
      .references(() => reviews.id),
    heldOn: text("held_on").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("review_meetings_review_idx").on(t.reviewId)],
);

/**
 * Kinds of request: before a review, the young person's view and carers' and parents' forms (the
 * review's expected contributions); after it, "feedback" on how the review went (not expected).
 */
export const contributionKinds = ["young_person", "carer", "parent", "feedback"] as const;
export type ContributionKind = (typeof contributionKinds)[number];

/** "Please tell me what you think before your review on ...": asked of one person, for one review. */
export const consultationRequests = sqliteTable(
  "consultation_requests",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    reviewId: text("review_id")
      .notNull()
      .references(() => reviews.id),
    youngPersonId: text("young_person_id")
      .notNull()
      .references(() => youngPeople.id),
    kind: text("kind", { enum: contributionKinds }).notNull(),
    /** Who is asked (the young person's account, or later a carer or parent). */
    recipientUserId: text("recipient_user_id")
      .notNull()
      .references(() => users.id),
    templateId: text("template_id").notNull(),
    requestedBy: text("requested_by")
      .notNull()
      .references(() => users.id),
    dueOn: text("due_on").notNull(),
    cancelledAt: text("cancelled_at"),
    /** Set by the scheduler the first working day after the due date with nothing sent. */
    overdueAt: text("overdue_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("consultation_requests_review_idx").on(t.reviewId),
    index("consultation_requests_recipient_idx").on(t.recipientUserId),
    // The scheduler looks requests up by due date across organisations.
    index("consultation_requests_due_idx").on(t.dueOn),
    check("consultation_requests_kind_check", inList(t.kind, contributionKinds)),
  ],
);

/* ---- Notifications (issue 6) ---- */

export const notificationKinds = [
  "request",
  "reminder",
  "overdue",
  "reply",
  "urgent",
  "letter",
  "feedback",
  "draft_reminder",
  // Issue 18: between reviews.
  "action",
  "agreement",
  "disagreement",
  "monitoring",
  "escalation",
  "escalation_reminder",
  "escalation_overdue",
  "escalation_response",
  "alert_escalated",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];
export const notificationChannels = ["app", "email"] as const;
export type NotificationChannel = (typeof notificationChannels)[number];
export const deliveryStates = ["pending", "sent", "failed"] as const;

/**
 * The outbox: every notification is a row with its recipient, channel and delivery state. A row
 * holds no words of anyone's: only its kind and where to look. `dedupeKey` is unique, so a job run
 * twice cannot send the same reminder twice.
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    recipientUserId: text("recipient_user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    channel: text("channel", { enum: notificationChannels }).notNull(),
    /** The page that shows what is waiting (a path on this site). */
    link: text("link").notNull(),
    /** The date the reader is asked to act by, when there is one (YYYY-MM-DD). */
    dueOn: text("due_on"),
    dedupeKey: text("dedupe_key").notNull(),
    state: text("state", { enum: deliveryStates }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    sentAt: text("sent_at"),
    readAt: text("read_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("notifications_dedupe_unique").on(t.dedupeKey),
    index("notifications_recipient_idx").on(t.recipientUserId, t.channel, t.readAt),
    index("notifications_delivery_idx").on(t.channel, t.state),
    check("notifications_kind_check", inList(t.kind, notificationKinds)),
    check("notifications_channel_check", inList(t.channel, notificationChannels)),
    check("notifications_state_check", inList(t.state, deliveryStates)),
  ],
);

/**
 * An IRO asks for an answer in another language to be interpreted. The translation is kept beside
 * the original, never in place of it.
 */
export const interpreterRequests = sqliteTable(
  "interpreter_requests",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    statementId: text("statement_id")
      .notNull()
      .references(() => statements.id),
    questionId: text("question_id").notNull(),
    language: text("language").notNull(),
    requestedBy: text("requested_by")
      .notNull()
      .references(() => users.id),
    requestedAt: text("requested_at")
      .notNull()
      .$defaultFn(() => new Date().toISOString()),
    translation: text("translation"),
    doneBy: text("done_by").references(() => users.id),
    doneAt: text("done_at"),
  },
  (t) => [uniqueIndex("interpreter_requests_unique").on(t.statementId, t.questionId)],
);

/* ---- Letters to children (issue 7) ---- */

/**
 * The parts of a letter the IRO writes, by key: a section ("about", "next"...) or a decision's
 * part ("decided.0.text", "decided.0.who", "decided.0.by"). English is what the IRO writes; the
 * translation is the same keys in the child's language.
 */
export type LetterFields = Record<string, string>;

/** The one letter about a review: an editable draft until issued, then corrected by new versions. */
export const letters = sqliteTable(
  "letters",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    reviewId: text("review_id")
      .notNull()
      .references(() => reviews.id),
    youngPersonId: text("young_person_id")
      .notNull()
      .references(() => youngPeople.id),
    authorUserId: text("author_user_id")
      .notNull()
      .references(() => users.id),
    /** The child's language: the letter is translated into it unless it is English. */
    language: text("language").notNull(),
    fields: text("fields", { mode: "json" }).$type<LetterFields>().notNull().default({}),
    translation: text("translation", { mode: "json" }).$type<LetterFields>().notNull().default({}),
    /** When the translation was marked done (cleared when the English changes after it). */
    translatedAt: text("translated_at"),
    translatedBy: text("translated_by").references(() => users.id),
    /** Local standard: the review's day plus N working days. */
    dueOn: text("due_on").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("letters_review_unique").on(t.reviewId),
    index("letters_young_person_idx").on(t.youngPersonId),
    index("letters_organisation_idx").on(t.organisationId, t.dueOn),
  ],
);

/** An issued letter: frozen. Rows are inserted, never updated. A correction is a new number. */
export const letterVersions = sqliteTable(
  "letter_versions",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    letterId: text("letter_id")
      .notNull()
      .references(() => letters.id),
    number: integer("number").notNull(),
    issuedAt: text("issued_at").notNull(),
    issuedBy: text("issued_by")
      .notNull()
      .references(() => users.id),
    /** Why a correction was issued (null for the first version). */
    reason: text("reason"),
    language: text("language").notNull(),
    fields: text("fields", { mode: "json" }).$type<LetterFields>().notNull(),
    translation: text("translation", { mode: "json" }).$type<LetterFields>().notNull(),
    /** The dates and names the letter states, as they were when issued. */
    facts: text("facts", { mode: "json" }).$type<LetterFacts>().notNull(),
    /** The child agreed, when it was issued, that their carer may read it. */
    shareWithCarer: integer("share_with_carer", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [uniqueIndex("letter_versions_number_unique").on(t.letterId, t.number)],
);

export type LetterFacts = {
  childName: string;
  iroName: string;
  meetings: string[];
  place: string | null;
  nextReviewDue: string | null;
};

/** Every time someone opened an issued letter (the IRO sees "read"; audited too). */
export const letterReads = sqliteTable(
  "letter_reads",
  {
    id: id(),
    versionId: text("version_id")
      .notNull()
      .references(() => letterVersions.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    at: text("at")
      .notNull()
      .$defaultFn(() => new Date().toISOString()),
  },
  (t) => [index("letter_reads_version_idx").on(t.versionId)],
);

/* ---- Administration (issue 14) ---- */

export const importKinds = ["young_people", "allocations", "past_reviews"] as const;
export type ImportKind = (typeof importKinds)[number];

/**
 * A CSV file an administrator uploaded: kept between the preview and the confirmation (so the
 * preview works without JavaScript and nothing is saved until the administrator confirms), then
 * marked applied with what it did (counts only).
 */
export const importBatches = sqliteTable(
  "import_batches",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    kind: text("kind", { enum: importKinds }).notNull(),
    fileName: text("file_name").notNull(),
    content: text("content").notNull(),
    uploadedBy: text("uploaded_by")
      .notNull()
      .references(() => users.id),
    appliedAt: text("applied_at"),
    /** What the import did: rows created, updated, unchanged (JSON counts). */
    summary: text("summary", { mode: "json" }).$type<Record<string, number>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index("import_batches_organisation_idx").on(t.organisationId, t.createdAt),
    check("import_batches_kind_check", inList(t.kind, importKinds)),
  ],
);

/* ---- Audio (issue 15) ---- */

/**
 * A person's recording of one string in one language, for the whole install (the strings are the
 * same for every organisation). Current while both hashes match today's English and today's
 * translation; otherwise out of date, and no child hears it. One per string: a new recording
 * replaces the old, whose file is deleted at once. Files live under <data>/audio/recordings/.
 */
export const audioRecordings = sqliteTable(
  "audio_recordings",
  {
    id: id(),
    language: text("language").notNull(),
    /** "ns:key", as i18next names it. */
    stringKey: text("string_key").notNull(),
    /** englishHash() of the English, and of the translation, the speaker read from. */
    englishHash: text("english_hash").notNull(),
    textHash: text("text_hash").notNull(),
    mimeType: text("mime_type").notNull(),
    bytes: integer("bytes").notNull(),
    /** Loudness evened out and silence trimmed (false where ffmpeg was not installed). */
    normalised: integer("normalised", { mode: "boolean" }).notNull(),
    /** Null for a recording imported from another install. */
    recordedBy: text("recorded_by").references(() => users.id),
    recordedByName: text("recorded_by_name").notNull(),
    recordedAt: text("recorded_at").notNull(),
  },
  (t) => [uniqueIndex("audio_recordings_string_unique").on(t.language, t.stringKey)],
);

/** A translator's recording of one section of a letter's translation, before it is issued. */
export const letterRecordings = sqliteTable(
  "letter_recordings",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    letterId: text("letter_id")
      .notNull()
      .references(() => letters.id),
    section: text("section").notNull(),
    /** englishHash() of the translated text read: a changed section is not played. */
    textHash: text("text_hash").notNull(),
    mimeType: text("mime_type").notNull(),
    bytes: integer("bytes").notNull(),
    normalised: integer("normalised", { mode: "boolean" }).notNull(),
    recordedBy: text("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedAt: createdAt(),
  },
  (t) => [uniqueIndex("letter_recordings_section_unique").on(t.letterId, t.section)],
);

export type AudioRecording = typeof audioRecordings.$inferSelect;
export type LetterRecording = typeof letterRecordings.$inferSelect;

/* ---- Between reviews (issue 18) ---- */

/**
 * A team of social workers with its team manager, under a service manager (head of service).
 * A social worker or team manager belongs to one team (`users.team_id`).
 */
export const teams = sqliteTable(
  "teams",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
    /** The service area as the council names it ("Children in care 0–13"), for the figures. */
    serviceAreaName: text("service_area_name"),
    teamManagerUserId: text("team_manager_user_id").references(() => users.id),
    serviceManagerUserId: text("service_manager_user_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("teams_name_unique").on(t.organisationId, t.name)],
);

export const actionStates = ["not_started", "in_progress", "done", "not_done"] as const;
export type ActionState = (typeof actionStates)[number];
/** Who owns an action when it is not a named person: a role around the child. */
export const actionOwnerRoles = [
  "social_worker",
  "iro",
  "carer",
  "parent",
  "personal_adviser",
  "team_manager",
  "young_person",
  "other",
] as const;
export type ActionOwnerRole = (typeof actionOwnerRoles)[number];

/**
 * A decision of a review, tracked to done. One per decision (`position` in `reviews.decisions`);
 * the decision's words stay in the review. Owned by a named person or a role.
 */
export const reviewActions = sqliteTable(
  "review_actions",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    reviewId: text("review_id")
      .notNull()
      .references(() => reviews.id),
    youngPersonId: text("young_person_id")
      .notNull()
      .references(() => youngPeople.id),
    position: integer("position").notNull(),
    ownerUserId: text("owner_user_id").references(() => users.id),
    ownerRole: text("owner_role", { enum: actionOwnerRoles }),
    dueOn: text("due_on"),
    state: text("state", { enum: actionStates }).notNull().default("not_started"),
    /** Why it was not done, or where it stands (the latest; every change is in action_updates). */
    note: text("note"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("review_actions_position_unique").on(t.reviewId, t.position),
    index("review_actions_young_person_idx").on(t.youngPersonId, t.state),
    index("review_actions_owner_idx").on(t.ownerUserId, t.state),
    check("review_actions_state_check", inList(t.state, actionStates)),
    check(
      "review_actions_owner_role_check",
      sql.raw(
        `"owner_role" is null or "owner_role" in (${actionOwnerRoles.map((r) => `'${r}'`).join(", ")})`,
      ),
    ),
  ],
);

/** Every change to an action: who, when, to what (append-only in use). */
export const actionUpdates = sqliteTable(
  "action_updates",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    actionId: text("action_id")
      .notNull()
      .references(() => reviewActions.id),
    state: text("state", { enum: actionStates }).notNull(),
    note: text("note"),
    /** Set when the change was recorded at a midway check. */
    midwayCheckId: text("midway_check_id"),
    byUserId: text("by_user_id")
      .notNull()
      .references(() => users.id),
    at: createdAt(),
  },
  (t) => [
    index("action_updates_action_idx").on(t.actionId, t.at),
    check("action_updates_state_check", inList(t.state, actionStates)),
  ],
);

export const agreementResponses = ["agreed", "disagree"] as const;
/**
 * When the decisions are circulated, the team manager is asked to agree them (or disagree, with
 * why) within the organisation's `agreementWithinDays` working days.
 */
export const decisionAgreements = sqliteTable(
  "decision_agreements",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    reviewId: text("review_id")
      .notNull()
      .references(() => reviews.id),
    managerUserId: text("manager_user_id")
      .notNull()
      .references(() => users.id),
    dueOn: text("due_on").notNull(),
    response: text("response", { enum: agreementResponses }),
    reason: text("reason"),
    respondedAt: text("responded_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("decision_agreements_review_unique").on(t.reviewId),
    index("decision_agreements_manager_idx").on(t.managerUserId, t.respondedAt),
    check(
      "decision_agreements_response_check",
      sql.raw(`"response" is null or "response" in ('agreed', 'disagree')`),
    ),
  ],
);

export const ragRatings = ["red", "amber", "green"] as const;
export type RagRating = (typeof ragRatings)[number];
export const midwayCheckedWith = ["social_worker", "young_person", "carer"] as const;

/** The IRO's check halfway between one review and the next (one per review it follows). */
export const midwayChecks = sqliteTable(
  "midway_checks",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    youngPersonId: text("young_person_id")
      .notNull()
      .references(() => youngPeople.id),
    /** The review this check follows. */
    reviewId: text("review_id")
      .notNull()
      .references(() => reviews.id),
    dueOn: text("due_on").notNull(),
    checkedOn: text("checked_on").notNull(),
    /** `midwayCheckedWith` codes, JSON array. */
    checkedWith: text("checked_with", { mode: "json" }).$type<string[]>().notNull(),
    rag: text("rag", { enum: ragRatings }).notNull(),
    note: text("note"),
    escalationId: text("escalation_id"),
    recordedBy: text("recorded_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("midway_checks_review_unique").on(t.reviewId),
    index("midway_checks_young_person_idx").on(t.youngPersonId, t.checkedOn),
    check("midway_checks_rag_check", inList(t.rag, ragRatings)),
  ],
);

export const contactKinds = ["visit", "call", "video", "message", "meeting"] as const;
export type ContactKind = (typeof contactKinds)[number];

/** The IRO's footprint: each contact about a child between reviews. */
export const contacts = sqliteTable(
  "contacts",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    youngPersonId: text("young_person_id")
      .notNull()
      .references(() => youngPeople.id),
    byUserId: text("by_user_id")
      .notNull()
      .references(() => users.id),
    contactOn: text("contact_on").notNull(),
    kind: text("kind", { enum: contactKinds }).notNull(),
    withWhom: text("with_whom").notNull(),
    /** Was the young person seen alone? Null when they were not seen. */
    seenAlone: integer("seen_alone", { mode: "boolean" }),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [
    index("contacts_young_person_idx").on(t.youngPersonId, t.contactOn),
    check("contacts_kind_check", inList(t.kind, contactKinds)),
  ],
);

export const planQualities = ["outstanding", "good", "requires_improvement", "poor"] as const;
export type PlanQuality = (typeof planQualities)[number];
export const concernThemes = [
  "placement_stability",
  "education",
  "health",
  "family_time",
  "permanence",
  "drift_and_delay",
  "statutory_visits",
  "leaving_care",
  "other",
] as const;
export type ConcernTheme = (typeof concernThemes)[number];

/** The short monitoring form that ends recording a review. */
export const reviewMonitoring = sqliteTable(
  "review_monitoring",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    reviewId: text("review_id")
      .notNull()
      .references(() => reviews.id),
    youngPersonId: text("young_person_id")
      .notNull()
      .references(() => youngPeople.id),
    planQuality: text("plan_quality", { enum: planQualities }).notNull(),
    currentAssessment: integer("current_assessment", { mode: "boolean" }).notNull(),
    rag: text("rag", { enum: ragRatings }).notNull(),
    activeMonitoring: integer("active_monitoring", { mode: "boolean" }).notNull(),
    /** `concernThemes` codes, JSON array. */
    concerns: text("concerns", { mode: "json" }).$type<string[]>().notNull().default([]),
    /** Why red or amber, in the IRO's words. */
    note: text("note"),
    recordedBy: text("recorded_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("review_monitoring_review_unique").on(t.reviewId),
    index("review_monitoring_organisation_idx").on(t.organisationId, t.rag),
    check("review_monitoring_quality_check", inList(t.planQuality, planQualities)),
    check("review_monitoring_rag_check", inList(t.rag, ragRatings)),
  ],
);

/** Who a stage of the dispute resolution process goes to. */
export const escalationAddressees = [
  "social_worker",
  "team_manager",
  "service_manager",
  "director",
] as const;

/**
 * The dispute resolution stages, per organisation, in order (`position` from 0). The default:
 * informal (social worker and team manager), stage 1 team manager, stage 2 service manager,
 * stage 3 director; "referred to Cafcass" is an outcome, not a stage.
 */
export const escalationStages = sqliteTable(
  "escalation_stages",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    position: integer("position").notNull(),
    /** A default stage's key (its name in every language), or null for the council's own. */
    key: text("key"),
    /** The council's own name for the stage; null uses the key's words. */
    name: text("name"),
    addressee: text("addressee", { enum: escalationAddressees }).notNull(),
    responseDays: integer("response_days").notNull(),
    /**
     * Removed in administration after escalations had reached it: kept (with its name) for their
     * history, never offered again. A stage nobody used is deleted instead.
     */
    retiredAt: text("retired_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("escalation_stages_position_unique").on(t.organisationId, t.position),
    check("escalation_stages_addressee_check", inList(t.addressee, escalationAddressees)),
  ],
);

export const escalationStatuses = ["open", "resolved"] as const;
export const escalationOutcomes = [
  "resolved",
  "partly_resolved",
  "not_resolved",
  "referred_to_cafcass",
  "withdrawn",
] as const;
export type EscalationOutcome = (typeof escalationOutcomes)[number];

/** An IRO's formal challenge about a child's plan, moving through the stages until resolved. */
export const escalations = sqliteTable(
  "escalations",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    youngPersonId: text("young_person_id")
      .notNull()
      .references(() => youngPeople.id),
    raisedBy: text("raised_by")
      .notNull()
      .references(() => users.id),
    theme: text("theme", { enum: concernThemes }).notNull(),
    whatIsWrong: text("what_is_wrong").notNull(),
    askingFor: text("asking_for").notNull(),
    /** The current stage (`escalation_stages.position`) and who it is with now. */
    stagePosition: integer("stage_position").notNull(),
    addressedTo: text("addressed_to")
      .notNull()
      .references(() => users.id),
    /** The current stage's response date (its response time in working days from reaching it). */
    respondBy: text("respond_by").notNull(),
    /** The addressee answered at the current stage (cleared when it moves on). */
    respondedAt: text("responded_at"),
    /** The scheduler's reminder before the response date, at the current stage (cleared on moving). */
    remindedAt: text("reminded_at"),
    /** Marked overdue by the scheduler at the current stage (cleared when it moves on). */
    overdueAt: text("overdue_at"),
    status: text("status", { enum: escalationStatuses }).notNull().default("open"),
    outcome: text("outcome", { enum: escalationOutcomes }),
    resolvedAt: text("resolved_at"),
    /** Raised from a midway check or a review's monitoring, when it was. */
    midwayCheckId: text("midway_check_id"),
    reviewId: text("review_id").references(() => reviews.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("escalations_young_person_idx").on(t.youngPersonId, t.status),
    index("escalations_addressee_idx").on(t.addressedTo, t.status),
    index("escalations_organisation_idx").on(t.organisationId, t.status, t.respondBy),
    check("escalations_theme_check", inList(t.theme, concernThemes)),
    check("escalations_status_check", inList(t.status, escalationStatuses)),
    check(
      "escalations_outcome_check",
      sql.raw(
        `"outcome" is null or "outcome" in (${escalationOutcomes.map((o) => `'${o}'`).join(", ")})`,
      ),
    ),
  ],
);

export const escalationStepKinds = [
  "raised",
  "responded",
  "moved",
  "resolved",
  "reminded",
  "overdue",
] as const;
export type EscalationStepKind = (typeof escalationStepKinds)[number];

/** Every step of an escalation, kept for the timeline (append-only in use). */
export const escalationSteps = sqliteTable(
  "escalation_steps",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    escalationId: text("escalation_id")
      .notNull()
      .references(() => escalations.id),
    kind: text("kind", { enum: escalationStepKinds }).notNull(),
    stagePosition: integer("stage_position").notNull(),
    /** Null when the scheduler took the step (a reminder, overdue). */
    byUserId: text("by_user_id").references(() => users.id),
    addressedTo: text("addressed_to").references(() => users.id),
    /** A response: agree (and act by `actBy`) or disagree (why in `text`). */
    response: text("response", { enum: agreementResponses }),
    actBy: text("act_by"),
    text: text("text"),
    at: createdAt(),
  },
  (t) => [
    index("escalation_steps_escalation_idx").on(t.escalationId, t.at),
    check("escalation_steps_kind_check", inList(t.kind, escalationStepKinds)),
  ],
);

export type Team = typeof teams.$inferSelect;
export type ReviewAction = typeof reviewActions.$inferSelect;
export type MidwayCheck = typeof midwayChecks.$inferSelect;
export type Contact = typeof contacts.$inferSelect;
export type ReviewMonitoring = typeof reviewMonitoring.$inferSelect;
export type EscalationStage = typeof escalationStages.$inferSelect;
export type Escalation = typeof escalations.$inferSelect;
export type EscalationStep = typeof escalationSteps.$inferSelect;
