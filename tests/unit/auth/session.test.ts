import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { requireUser } from "~/auth/require-user.server";
import { getSession, revokeAllSessions, revokeSession } from "~/auth/session.server";
import { buildOrganisation, buildUser, requestFor, signedInAs } from "../../fixtures/builders";

let organisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation();
});
afterEach(() => vi.useRealTimers());

describe("sessions", () => {
  it("a new session finds its user; the database keeps only a hash of the token", async () => {
    const user = await buildUser(organisationId, { role: "iro" });
    const { request, cookie } = signedInAs(user);
    const session = getSession(request);
    expect(session?.user.id).toBe(user.id);
    expect(session?.id).not.toBe(cookie.split("=")[1]);
  });

  it("signing out ends the session on the server", async () => {
    const user = await buildUser(organisationId, { role: "iro" });
    const { request } = signedInAs(user);
    revokeSession(getSession(request)!.id);
    expect(getSession(request)).toBeNull();
  });

  it("a session idle for more than 30 minutes has ended", async () => {
    const user = await buildUser(organisationId, { role: "carer" });
    const { request } = signedInAs(user);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 29 * 60 * 1000);
    expect(getSession(request)).not.toBeNull();
    // That visit counted as activity: another 29 minutes is still fine, 31 is not.
    vi.setSystemTime(Date.now() + 29 * 60 * 1000);
    expect(getSession(request)).not.toBeNull();
    vi.setSystemTime(Date.now() + 31 * 60 * 1000);
    expect(getSession(request)).toBeNull();
  });

  it("revoking all of a person's sessions signs them out everywhere", async () => {
    const user = await buildUser(organisationId, { role: "parent" });
    const first = signedInAs(user);
    const second = signedInAs(user);
    revokeAllSessions(user.id);
    expect(getSession(first.request)).toBeNull();
    expect(getSession(second.request)).toBeNull();
  });

  it("revoking all of a person's sessions can keep the one making the change", async () => {
    const user = await buildUser(organisationId, { role: "carer" });
    const here = signedInAs(user);
    const elsewhere = signedInAs(user);
    const someoneElse = signedInAs(await buildUser(organisationId, { role: "carer" }));
    revokeAllSessions(user.id, { except: getSession(here.request)!.id });
    expect(getSession(here.request)?.user.id).toBe(user.id);
    expect(getSession(elsewhere.request)).toBeNull();
    expect(getSession(someoneElse.request)).not.toBeNull();
  });

  it("a forged cookie is no session", () => {
    expect(getSession(requestFor("/", { cookie: "ov_session=made-up" }))).toBeNull();
  });

  it("requireUser sends strangers to sign in and answers 404 to the wrong role", async () => {
    const thrown = (() => {
      try {
        requireUser(requestFor("/iro?x=1"), { role: "iro" });
      } catch (e) {
        return e as Response;
      }
    })();
    expect(thrown?.status).toBe(302);
    expect(thrown?.headers.get("location")).toBe("/sign-in?next=%2Firo%3Fx%3D1");

    const carer = await buildUser(organisationId, { role: "carer" });
    const { request } = signedInAs(carer, "/iro");
    expect(() => requireUser(request, { role: "iro" })).toThrow();
    try {
      requireUser(request, { role: "iro" });
    } catch (e) {
      expect((e as Response).status).toBe(404);
    }
    expect(requireUser(request, { role: ["carer", "parent"] }).id).toBe(carer.id);
  });
});
