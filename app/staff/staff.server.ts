import { and, asc, count, eq, isNull, ne } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { getDb, type Tx } from "#db/db.server";
import { allocations, users } from "#db/schema";
import { mayHold } from "~/allocations/rules";
import { recordAudit } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { revokeAllSessions } from "~/auth/session.server";
import { issueSignInCode } from "~/auth/sign-in-codes.server";
import { todayInEngland } from "~/dates/calendar";
import { allocationCurrentOn } from "~/young-people/young-people.server";
import { adultRoles, hasWorkingHours, type NewStaff, type AdultRole } from "./staff-schema";
import { isUsernameTaken } from "~/auth/usernames.server";

/*
 * Staff administration: every account of the organisation that is not a young person's (staff,
 * carers, parents). Rules live here; the routes only ask. Every change is audited, with ids only.
 * Deactivating keeps the row, so everything the person wrote still names its author.
 */

type Admin = Pick<SignedIn, "id" | "organisationId">;
export type StaffResult = { ok: true } | { ok: false; errors: Record<string, string> };

const staffColumns = {
  id: users.id,
  displayName: users.displayName,
  username: users.username,
  email: users.email,
  role: users.role,
  lastSignInAt: users.lastSignInAt,
  lockedUntil: users.lockedUntil,
  disabledAt: users.disabledAt,
  fullTimeEquivalent: users.fullTimeEquivalent,
};

export type StaffState = "active" | "locked" | "deactivated";

function stateOf(row: { disabledAt: string | null; lockedUntil: string | null }, now: Date) {
  if (row.disabledAt) return "deactivated" as const;
  if (row.lockedUntil && new Date(row.lockedUntil) > now) return "locked" as const;
  return "active" as const;
}

/** The organisation's staff, carer and parent accounts; `role` narrows the list. */
export function listStaff(admin: Admin, filter: { role?: AdultRole } = {}, now = new Date()) {
  return getDb()
    .select(staffColumns)
    .from(users)
    .where(
      and(
        eq(users.organisationId, admin.organisationId),
        ne(users.role, "young_person"),
        filter.role ? eq(users.role, filter.role) : undefined,
      ),
    )
    .orderBy(asc(users.displayName))
    .all()
    .map((row) => ({ ...row, state: stateOf(row, now) }));
}

/** One account of this organisation (never a young person's); anyone else's answers 404. */
export function getStaffMember(admin: Admin, userId: string | undefined, now = new Date()) {
  if (!userId) throw notFound();
  const row = getDb()
    .select(staffColumns)
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        eq(users.organisationId, admin.organisationId),
        ne(users.role, "young_person"),
      ),
    )
    .get();
  if (!row) throw notFound();
  return { ...row, role: row.role as AdultRole, state: stateOf(row, now) };
}
export type StaffMember = ReturnType<typeof getStaffMember>;

/** How many young people this person holds today, by relationship (to warn before changes). */
export function currentCaseload(userId: string, today = todayInEngland()) {
  return getDb()
    .select({ relationship: allocations.relationship, total: count() })
    .from(allocations)
    .where(and(eq(allocations.userId, userId), allocationCurrentOn(today)))
    .groupBy(allocations.relationship)
    .all();
}

function isUniqueViolation(error: unknown) {
  return (
    error instanceof Error &&
    "code" in error &&
    String((error as { code: unknown }).code).startsWith("SQLITE_CONSTRAINT")
  );
}

/**
 * A new account with a one-time sign-in code (shown once, or emailed as a link by the caller):
 * with it they choose their own password at /start. Returns the code, or why not.
 */
export function createStaffMember(
  request: Request | null,
  admin: Admin,
  input: Omit<NewStaff, "delivery">,
  now = new Date(),
):
  | { ok: true; userId: string; code: string; expiresAt: string }
  | { ok: false; errors: Record<string, string> } {
  const taken = { ok: false as const, errors: { username: "staff:errors.usernameTaken" } };
  if (isUsernameTaken(input.username)) return taken;
  const userId = randomUUID();
  try {
    const issued = getDb().transaction((tx) => {
      tx.insert(users)
        .values({
          id: userId,
          organisationId: admin.organisationId,
          role: input.role,
          username: input.username,
          displayName: input.displayName,
          email: input.email,
        })
        .run();
      recordAudit(request, audit(admin, "staff_created", userId), tx);
      return issueSignInCode(request, admin, userId, now, { tx });
    });
    return { ok: true, userId, ...issued };
  } catch (error) {
    // Two administrators chose the same username at the same moment: the index decides.
    if (isUniqueViolation(error)) return taken;
    throw error;
  }
}

function audit(admin: Admin, action: Parameters<typeof recordAudit>[1]["action"], userId: string) {
  return {
    action,
    organisationId: admin.organisationId,
    actorUserId: admin.id,
    subjectType: "user",
    subjectId: userId,
  };
}

export function updateStaffDetails(
  request: Request,
  admin: Admin,
  userId: string,
  details: { displayName: string; email: string | null },
) {
  const member = getStaffMember(admin, userId);
  if (member.displayName === details.displayName && member.email === details.email) return;
  getDb().transaction((tx) => {
    tx.update(users)
      .set({ ...details, updatedAt: new Date().toISOString() })
      .where(eq(users.id, member.id))
      .run();
    recordAudit(request, audit(admin, "staff_updated", member.id), tx);
  });
}

/**
 * An IRO's or manager's working hours as a share of full time (null: not set), audited as any
 * other change to the account. Other roles hold no caseload of reviews: refused.
 */
export function setWorkingHours(
  request: Request,
  admin: Admin,
  userId: string,
  fullTimeEquivalent: number | null,
) {
  const member = getStaffMember(admin, userId);
  if (!hasWorkingHours(member.role))
    throw new Response("No working hours for this role", { status: 400 });
  if (member.fullTimeEquivalent === fullTimeEquivalent) return;
  getDb().transaction((tx) => {
    tx.update(users)
      .set({ fullTimeEquivalent, updatedAt: new Date().toISOString() })
      .where(eq(users.id, member.id))
      .run();
    recordAudit(request, audit(admin, "staff_updated", member.id), tx);
  });
}

/** Active administrators of the organisation other than this one. */
function otherActiveAdmins(organisationId: string, userId: string, db: Pick<Tx, "select">) {
  return (
    db
      .select({ total: count() })
      .from(users)
      .where(
        and(
          eq(users.organisationId, organisationId),
          eq(users.role, "admin"),
          isNull(users.disabledAt),
          ne(users.id, userId),
        ),
      )
      .get()?.total ?? 0
  );
}

/**
 * Someone must always be able to run the service: an administrator never takes their own role or
 * access away, and the last active administrator stays one.
 */
function keepsAnAdmin(admin: Admin, member: StaffMember, db: Pick<Tx, "select">) {
  if (member.id === admin.id) return "self";
  if (
    member.role === "admin" &&
    !member.disabledAt &&
    otherActiveAdmins(admin.organisationId, member.id, db) === 0
  )
    return "lastAdmin";
  return null;
}

export function changeStaffRole(
  request: Request,
  admin: Admin,
  userId: string,
  role: AdultRole,
): StaffResult {
  const member = getStaffMember(admin, userId);
  if (member.role === role) return { ok: true };
  // Children they hold now need someone who may hold them: move the caseload first.
  const stranded = currentCaseload(member.id).some((c) => !mayHold(role, c.relationship));
  if (stranded) return { ok: false, errors: { role: "staff:errors.roleHasCaseload" } };
  // Checked inside the write: two administrators demoting each other at once leave one.
  return getDb().transaction((tx): StaffResult => {
    const blocked = keepsAnAdmin(admin, member, tx);
    if (blocked) return { ok: false, errors: { role: `staff:errors.role_${blocked}` } };
    tx.update(users)
      .set({ role, updatedAt: new Date().toISOString() })
      .where(eq(users.id, member.id))
      .run();
    recordAudit(request, audit(admin, "staff_role_changed", member.id), tx);
    return { ok: true };
  });
}

/**
 * Deactivated: they cannot sign in, every session they have ends now (a browser they left open
 * is signed out at its next click), and everything they wrote keeps their name.
 */
export function deactivateStaffMember(
  request: Request,
  admin: Admin,
  userId: string,
  now = new Date(),
): StaffResult {
  const member = getStaffMember(admin, userId);
  if (member.disabledAt) return { ok: true };
  // Checked inside the write: two administrators deactivating each other at once leave one.
  return getDb().transaction((tx): StaffResult => {
    const blocked = keepsAnAdmin(admin, member, tx);
    if (blocked) return { ok: false, errors: { deactivate: `staff:errors.deactivate_${blocked}` } };
    tx.update(users)
      .set({ disabledAt: now.toISOString(), updatedAt: now.toISOString() })
      .where(eq(users.id, member.id))
      .run();
    revokeAllSessions(member.id, { now, tx });
    recordAudit(request, audit(admin, "staff_deactivated", member.id), tx);
    return { ok: true };
  });
}

/** Back in: they sign in with their password as before (or need a new code if they had none). */
export function reactivateStaffMember(request: Request, admin: Admin, userId: string) {
  const member = getStaffMember(admin, userId);
  if (!member.disabledAt) return;
  getDb().transaction((tx) => {
    tx.update(users)
      .set({ disabledAt: null, updatedAt: new Date().toISOString() })
      .where(eq(users.id, member.id))
      .run();
    recordAudit(request, audit(admin, "staff_reactivated", member.id), tx);
  });
}

/** Ends a lock after too many wrong passwords, and starts the count again. */
export function unlockStaffMember(request: Request, admin: Admin, userId: string) {
  const member = getStaffMember(admin, userId);
  getDb().transaction((tx) => {
    tx.update(users)
      .set({ lockedUntil: null, failedSignIns: 0, updatedAt: new Date().toISOString() })
      .where(eq(users.id, member.id))
      .run();
    recordAudit(request, audit(admin, "staff_unlocked", member.id), tx);
  });
}

/**
 * A new one-time code (a forgotten password, a lost code): older codes stop working and every
 * session they have ends (issueSignInCode does both, and audits it). Not for a deactivated
 * account: the code could not be used.
 */
export function issueStaffCode(request: Request, admin: Admin, userId: string) {
  const member = getStaffMember(admin, userId);
  if (member.disabledAt) return null;
  return { member, ...issueSignInCode(request, admin, member.id) };
}

export const isAdultRole = (role: string): role is AdultRole =>
  (adultRoles as readonly string[]).includes(role);
