import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { auditEvents, users } from "#db/schema";
import { requireUser } from "~/auth/require-user.server";
import { getSession } from "~/auth/session.server";
import { signInWithPassword } from "~/auth/sign-in.server";
import { resetAddressThrottle } from "~/auth/throttle.server";
import { action as startAction } from "~/routes/start";
import {
  changeStaffRole,
  createStaffMember,
  deactivateStaffMember,
  getStaffMember,
  issueStaffCode,
  listStaff,
  reactivateStaffMember,
  unlockStaffMember,
} from "~/staff/staff.server";
import {
  allocate,
  buildOrganisation,
  buildUser,
  buildYoungPerson,
  requestFor,
  signedInAs,
} from "../../fixtures/builders";

let organisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation();
});
afterEach(() => resetAddressThrottle());

async function anAdmin(orgId = organisationId) {
  const admin = await buildUser(orgId, { role: "admin", password: "admin-password-1" });
  return signedInAs(admin);
}

function auditsOf(action: string, subjectId: string) {
  return getDb()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.subjectId, subjectId)))
    .all();
}

/** Posts to /start as a browser would, with the CSRF pair the form carries. */
async function postStart(fields: Record<string, string>) {
  const body = new URLSearchParams({ csrf: "t".repeat(32), ...fields });
  const request = new Request("http://localhost/start", {
    method: "POST",
    body,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: `ov_csrf=${"t".repeat(32)}`,
      "x-ov-client-address": "203.0.113.20",
    },
  });
  return startAction({ request, params: {}, context: {} });
}

describe("creating a member of staff", () => {
  it("gives a one-time code with which they set a password at /start and land on their home", async () => {
    const { request, user: admin } = await anAdmin();
    const created = createStaffMember(request, admin, {
      displayName: "Nadia Okafor",
      username: "iro.nadia",
      email: null,
      role: "iro",
    });
    if (!created.ok) throw new Error("not created");
    expect(created.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(auditsOf("staff_created", created.userId)).toHaveLength(1);
    expect(auditsOf("sign_in_code_issued", created.userId)).toHaveLength(1);

    // A member of staff is offered a password only: asking for pictures keeps them on that step.
    const step = await postStart({ intent: "check-code", code: created.code });
    expect(await step.json()).toMatchObject({ step: "staff", username: "iro.nadia" });
    const pictures = await postStart({
      intent: "set-pictures",
      code: created.code,
      picture1: "sun",
      picture2: "star",
      picture3: "cat",
      picture4: "boat",
    });
    expect(await pictures.json()).toMatchObject({ step: "staff" });
    const row = () => getDb().select().from(users).where(eq(users.id, created.userId)).get()!;
    expect(row().picturePasswordHash).toBeNull();

    const done = await postStart({
      intent: "set-password",
      code: created.code,
      password: "a-long-password",
      confirmPassword: "a-long-password",
    });
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe("/iro");
    expect(row().lastSignInAt).not.toBeNull();
    expect(
      (await signInWithPassword(requestFor("/sign-in"), "iro.nadia", "a-long-password")).ok,
    ).toBe(true);
  });

  it("refuses a username already used anywhere in the service, whatever its letters' case", async () => {
    const elsewhere = buildOrganisation("Another Borough Council");
    await buildUser(elsewhere, { role: "social_worker", username: "sw.rowan" });
    const { request, user: admin } = await anAdmin();
    const result = createStaffMember(request, admin, {
      displayName: "Rowan Hale",
      username: "sw.rowan",
      email: null,
      role: "social_worker",
    });
    expect(result).toEqual({ ok: false, errors: { username: "staff:errors.usernameTaken" } });
  });

  it("lists carers and parents too, and filters by role; never young people", async () => {
    const orgId = buildOrganisation("Listing Council");
    const { user: admin } = await anAdmin(orgId);
    await buildUser(orgId, { role: "carer" });
    await buildUser(orgId, { role: "parent" });
    await buildUser(orgId, { role: "young_person" });
    expect(
      listStaff(admin)
        .map((r) => r.role)
        .sort(),
    ).toEqual(["admin", "carer", "parent"]);
    expect(listStaff(admin, { role: "carer" }).map((r) => r.role)).toEqual(["carer"]);
  });

  it("answers 404 for a young person's account or another organisation's", async () => {
    const { user: admin } = await anAdmin();
    const child = await buildUser(organisationId, { role: "young_person" });
    const other = await buildUser(buildOrganisation("Elsewhere"), { role: "iro" });
    for (const id of [child.id, other.id]) {
      let thrown: unknown;
      try {
        getStaffMember(admin, id);
      } catch (error) {
        thrown = error;
      }
      expect((thrown as Response).status).toBe(404);
    }
  });
});

describe("deactivating and reactivating", () => {
  it("deactivation ends their sessions at once: the cookie they hold stops working", async () => {
    const { request, user: admin } = await anAdmin();
    const worker = await buildUser(organisationId, {
      role: "social_worker",
      password: "worker-password-1",
    });
    const theirs = signedInAs(worker, "/worker");
    expect(requireUser(theirs.request).id).toBe(worker.id);
    expect(deactivateStaffMember(request, admin, worker.id)).toEqual({ ok: true });

    const next = requestFor("/worker", { cookie: theirs.cookie });
    expect(getSession(next)).toBeNull();
    let thrown: unknown;
    try {
      requireUser(next);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Response).headers.get("location")).toMatch(/^\/sign-in/);
    expect(
      (await signInWithPassword(requestFor("/sign-in"), worker.username, "worker-password-1")).ok,
    ).toBe(false);
    // Their history stays: the row is kept, only marked.
    expect(getStaffMember(admin, worker.id).state).toBe("deactivated");
    expect(auditsOf("staff_deactivated", worker.id)).toHaveLength(1);
  });

  it("reactivation lets them sign in again with their password", async () => {
    const { request, user: admin } = await anAdmin();
    const iro = await buildUser(organisationId, { role: "iro", password: "iro-password-1" });
    deactivateStaffMember(request, admin, iro.id);
    reactivateStaffMember(request, admin, iro.id);
    expect(getStaffMember(admin, iro.id).state).toBe("active");
    expect(
      (await signInWithPassword(requestFor("/sign-in"), iro.username, "iro-password-1")).ok,
    ).toBe(true);
    expect(auditsOf("staff_reactivated", iro.id)).toHaveLength(1);
  });

  it("an administrator cannot deactivate themselves", async () => {
    const { request, user: admin } = await anAdmin();
    expect(deactivateStaffMember(request, admin, admin.id)).toEqual({
      ok: false,
      errors: { deactivate: "staff:errors.deactivate_self" },
    });
  });

  it("the last active administrator stays: two administrators deactivating each other leave one", async () => {
    const orgId = buildOrganisation("Two Admins Council");
    const first = await anAdmin(orgId);
    const second = await anAdmin(orgId);
    expect(deactivateStaffMember(first.request, first.user, second.user.id).ok).toBe(true);
    // The second's page was open before they were deactivated: their click arrives after.
    expect(deactivateStaffMember(second.request, second.user, first.user.id)).toEqual({
      ok: false,
      errors: { deactivate: "staff:errors.deactivate_lastAdmin" },
    });
    expect(changeStaffRole(second.request, second.user, first.user.id, "manager")).toEqual({
      ok: false,
      errors: { role: "staff:errors.role_lastAdmin" },
    });
    expect(getStaffMember(first.user, first.user.id)).toMatchObject({
      role: "admin",
      state: "active",
    });
  });
});

describe("locks, codes and roles", () => {
  it("unlocking clears the lock and the count of wrong passwords", async () => {
    const { request, user: admin } = await anAdmin();
    const carer = await buildUser(organisationId, { role: "carer", password: "carer-password-1" });
    const until = new Date(Date.now() + 10 * 60 * 1000).toISOString();
    getDb()
      .update(users)
      .set({ lockedUntil: until, failedSignIns: 6 })
      .where(eq(users.id, carer.id))
      .run();
    expect(getStaffMember(admin, carer.id).state).toBe("locked");
    unlockStaffMember(request, admin, carer.id);
    const row = getDb().select().from(users).where(eq(users.id, carer.id)).get()!;
    expect(row).toMatchObject({ lockedUntil: null, failedSignIns: 0 });
    expect(
      (await signInWithPassword(requestFor("/sign-in"), carer.username, "carer-password-1")).ok,
    ).toBe(true);
    expect(auditsOf("staff_unlocked", carer.id)).toHaveLength(1);
  });

  it("a new code ends their sessions; none is given to a deactivated account", async () => {
    const { request, user: admin } = await anAdmin();
    const translator = await buildUser(organisationId, { role: "translator" });
    const theirs = signedInAs(translator);
    expect(issueStaffCode(request, admin, translator.id)?.code).toBeTruthy();
    expect(getSession(requestFor("/", { cookie: theirs.cookie }))).toBeNull();
    deactivateStaffMember(request, admin, translator.id);
    expect(issueStaffCode(request, admin, translator.id)).toBeNull();
  });

  it("a role change takes effect and is audited", async () => {
    const { request, user: admin } = await anAdmin();
    const worker = await buildUser(organisationId, { role: "social_worker" });
    expect(changeStaffRole(request, admin, worker.id, "iro")).toEqual({ ok: true });
    expect(getStaffMember(admin, worker.id).role).toBe("iro");
    expect(auditsOf("staff_role_changed", worker.id)).toHaveLength(1);
  });

  it("an IRO holding children may become a manager (who may hold a caseload), not a translator", async () => {
    const { request, user: admin } = await anAdmin();
    const iro = await buildUser(organisationId, { role: "iro" });
    allocate(organisationId, buildYoungPerson(organisationId), iro.id, "iro");
    expect(changeStaffRole(request, admin, iro.id, "translator")).toEqual({
      ok: false,
      errors: { role: "staff:errors.roleHasCaseload" },
    });
    expect(changeStaffRole(request, admin, iro.id, "manager")).toEqual({ ok: true });
  });
});
