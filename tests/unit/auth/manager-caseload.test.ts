import { beforeAll, describe, expect, it } from "vitest";
import { requireUser } from "~/auth/require-user.server";
import { mayActAs, rolesActingAs } from "~/auth/roles";
import { startSessionAndRedirect } from "~/auth/start-session.server";
import { listAllocatedYoungPeople } from "~/young-people/young-people.server";
import {
  allocate,
  buildOrganisation,
  buildUser,
  buildYoungPerson,
  signedInAs,
} from "../../fixtures/builders";

let organisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation();
});

function statusOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return (error as Response).status;
  }
  return 200;
}

describe("a manager who holds a caseload (ADR 0015)", () => {
  it("comes into the IRO pages as an IRO and sees the children allocated to them as IRO", async () => {
    const manager = await buildUser(organisationId, { role: "manager" });
    const mine = buildYoungPerson(organisationId, { givenName: "Efua" });
    buildYoungPerson(organisationId, { givenName: "Not-mine" });
    allocate(organisationId, mine, manager.id, "iro");
    const { request } = signedInAs(manager);
    const asIro = requireUser(request, { role: "iro" });
    expect(asIro.id).toBe(manager.id);
    expect(asIro.role).toBe("iro");
    expect(listAllocatedYoungPeople(asIro).map((p) => p.givenName)).toEqual(["Efua"]);
    // On their own pages they are a manager.
    expect(requireUser(request, { role: ["manager", "admin"] }).role).toBe("manager");
  });

  it("nobody else gains anything: a social worker or an admin still gets 404 on IRO pages", async () => {
    for (const role of ["social_worker", "admin", "translator"] as const) {
      const { request } = signedInAs(await buildUser(organisationId, { role }));
      expect(statusOf(() => requireUser(request, { role: "iro" }))).toBe(404);
    }
    // And an IRO does not become a manager.
    const { request } = signedInAs(await buildUser(organisationId, { role: "iro" }));
    expect(statusOf(() => requireUser(request, { role: "manager" }))).toBe(404);
  });

  it("the table says who may be allocated as IRO", () => {
    expect(rolesActingAs("iro").sort()).toEqual(["iro", "manager"]);
    expect(mayActAs("manager", "iro")).toBe(true);
    expect(mayActAs("iro", "manager")).toBe(false);
  });

  it("after signing in, a manager's link to an IRO page is followed", async () => {
    const manager = await buildUser(organisationId, { role: "manager" });
    expect(startSessionAndRedirect(manager, "/iro/queue").headers.get("location")).toBe(
      "/iro/queue",
    );
    expect(startSessionAndRedirect(manager, "/worker").headers.get("location")).toBe("/manage");
  });
});
