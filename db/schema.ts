import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { randomUUID } from "node:crypto";

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
    failedSignIns: integer("failed_sign_ins").notNull().default(0),
    lockedUntil: text("locked_until"),
    disabledAt: text("disabled_at"),
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
    communicationNeeds: text("communication_needs"),
    serviceArea: text("service_area", { enum: serviceAreas }).notNull(),
    lookedAfterOn: text("looked_after_on"),
    legalStatus: text("legal_status"),
    isUnaccompanied: integer("is_unaccompanied", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("young_people_user_unique").on(t.userId),
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
    heldOn: text("held_on"),
    status: text("status", { enum: reviewStatuses }).notNull().default("planned"),
    cancelledReason: text("cancelled_reason"),
    participationCode: text("participation_code"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("reviews_young_person_idx").on(t.youngPersonId, t.status),
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

/** Append-only: rows are inserted, never updated or deleted. */
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
  ],
);

export type User = typeof users.$inferSelect;
export type YoungPerson = typeof youngPeople.$inferSelect;
export type Review = typeof reviews.$inferSelect;
