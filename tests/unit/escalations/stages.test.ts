import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { auditEvents, escalationSteps, escalations, notifications, teams, users } from "#db/schema";
import {
  candidatesFor,
  escalationView,
  performEscalationAction,
  raiseEscalation,
  stageChoices,
} from "~/escalations/escalations.server";
import { nextStage, type StageRule } from "~/escalations/rules";
import { movedOrder, parseStageIntent } from "~/escalations/stage-order";
import {
  addStage,
  addStageSchema,
  ensureEscalationStages,
  saveStages,
  stagesFormSchema,
} from "~/escalations/stages.server";
import {
  allocate,
  buildOrganisation,
  buildUser,
  buildYoungPerson,
  signedInAs,
} from "../../fixtures/builders";

/** A council with a team, its managers, an IRO and a child; the default stages. */
async function council() {
  const organisationId = buildOrganisation();
  const make = async (role: Parameters<typeof buildUser>[1]["role"]) =>
    signedInAs(await buildUser(organisationId, { role }));
  const people = {
    admin: await make("admin"),
    iro: await make("iro"),
    sw: await make("social_worker"),
    tm: await make("team_manager"),
    sm: await make("service_manager"),
    director: await make("director"),
  };
  const db = getDb();
  const team = db
    .insert(teams)
    .values({
      organisationId,
      name: "Team A",
      teamManagerUserId: people.tm.user.id,
      serviceManagerUserId: people.sm.user.id,
    })
    .returning({ id: teams.id })
    .get().id;
  db.update(users).set({ teamId: team }).where(eq(users.id, people.sw.user.id)).run();
  const youngPersonId = buildYoungPerson(organisationId);
  allocate(organisationId, youngPersonId, people.iro.user.id, "iro");
  allocate(organisationId, youngPersonId, people.sw.user.id, "social_worker");
  ensureEscalationStages(organisationId);

  const stages = () => ensureEscalationStages(organisationId);
  /** The admin page's form as sent: every stage as it is, with these changes and this button. */
  const save = (intent = "save", changes: Record<string, string> = {}) => {
    const current = stages();
    const values: Record<string, string> = { intent };
    for (const s of current.filter((s) => !s.retiredAt)) {
      values[`name-${s.position}`] = s.name ?? "";
      values[`addressee-${s.position}`] = s.addressee;
      values[`days-${s.position}`] = String(s.responseDays);
    }
    const parsed = stagesFormSchema(current).safeParse({ ...values, ...changes });
    if (!parsed.success)
      return {
        ok: false as const,
        invalid: Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message])),
      };
    return saveStages(people.admin.request, people.admin.user, parsed.data);
  };
  const raise = (stagePosition: number, userId: string) => {
    const raised = raiseEscalation(people.iro.request, people.iro.user, youngPersonId, {
      theme: "education",
      whatIsWrong: "No school place for two months.",
      askingFor: "A school place by half term.",
      addressee: { stagePosition, userId },
      midwayCheckId: null,
    });
    if (!raised.ok) throw new Error(JSON.stringify(raised.errors));
    return raised.id;
  };
  const escalation = (id: string) =>
    db.select().from(escalations).where(eq(escalations.id, id)).get()!;
  const stepPositions = (id: string) =>
    db
      .select({ position: escalationSteps.stagePosition })
      .from(escalationSteps)
      .where(eq(escalationSteps.escalationId, id))
      .all()
      .map((s) => s.position);
  const keyAt = (position: number) => stages().find((s) => s.position === position)?.key;
  return {
    organisationId,
    people,
    youngPersonId,
    stages,
    save,
    raise,
    escalation,
    stepPositions,
    keyAt,
  };
}

describe("reordering the stages", () => {
  it("takes an open escalation and its steps along with their stage", async () => {
    const c = await council();
    const id = c.raise(1, c.people.tm.user.id); // stage 1, team manager
    expect(c.save("down:1")).toEqual({ ok: true, done: "moved" });
    expect(c.stages().map((s) => s.key)).toEqual([
      "informal",
      "service_manager",
      "team_manager",
      "director",
    ]);
    expect(c.escalation(id).stagePosition).toBe(2);
    expect(c.stepPositions(id)).toEqual([2]);
    // The escalation page still names the team manager stage, and offers the director next.
    const view = escalationView(c.people.iro.user, id, "en");
    expect(view.escalation.stage.key).toBe("team_manager");
    expect(view.next?.stage.key).toBe("director");
  });

  it("an escalation taken back to a stage it left is still notified after a reorder", async () => {
    const c = await council();
    const id = c.raise(1, c.people.tm.user.id);
    const move = (stagePosition: number, userId: string) =>
      performEscalationAction(c.people.iro.request, c.people.iro.user, id, {
        intent: "move",
        addressee: { stagePosition, userId },
        moveNote: null,
      });
    expect(move(2, c.people.sm.user.id)).toEqual({ ok: true });
    c.save("up:2"); // service manager before team manager: the escalation is now at 1
    expect(c.escalation(id).stagePosition).toBe(1);
    expect(move(2, c.people.tm.user.id)).toEqual({ ok: true });
    const told = getDb()
      .select({ recipient: notifications.recipientUserId })
      .from(notifications)
      .where(
        and(
          eq(notifications.link, `/escalations/${id}`),
          eq(notifications.kind, "escalation"),
          eq(notifications.channel, "app"),
        ),
      )
      .all()
      .map((n) => n.recipient);
    expect(told).toEqual([c.people.tm.user.id, c.people.sm.user.id, c.people.tm.user.id]);
  });

  it("moving the first stage up changes nothing", async () => {
    const c = await council();
    c.save("up:0");
    expect(c.stages().map((s) => s.key)).toEqual([
      "informal",
      "team_manager",
      "service_manager",
      "director",
    ]);
  });

  it("saves what was typed with the move, in one go", async () => {
    const c = await council();
    c.save("up:3", { "name-3": "Stage 3: Director of Children's Services", "days-0": "7" });
    const [informal, , director] = c.stages();
    expect(informal?.responseDays).toBe(7);
    expect(director).toMatchObject({
      key: "director",
      name: "Stage 3: Director of Children's Services",
    });
  });
});

describe("removing a stage", () => {
  it("deletes a stage nobody used, and the stages after it close the gap", async () => {
    const c = await council();
    const id = c.raise(1, c.people.tm.user.id);
    expect(c.save("remove:0")).toEqual({ ok: true, done: "removed" });
    expect(c.stages().map((s) => [s.position, s.key])).toEqual([
      [0, "team_manager"],
      [1, "service_manager"],
      [2, "director"],
    ]);
    expect(c.escalation(id).stagePosition).toBe(0);
    expect(c.stepPositions(id)).toEqual([0]);
  });

  it("retires a stage an escalation reached, keeping its name for the record", async () => {
    const c = await council();
    const id = c.raise(2, c.people.sm.user.id);
    performEscalationAction(c.people.iro.request, c.people.iro.user, id, {
      intent: "resolve",
      outcome: "resolved",
      note: null,
    });
    expect(c.save("remove:2")).toEqual({ ok: true, done: "removed" });
    const retired = c.stages().find((s) => s.key === "service_manager");
    expect(retired?.retiredAt).toBeTruthy();
    expect(retired?.position).toBe(2);
    // Not offered for a new escalation; the escalation page still names it.
    expect(stageChoices(c.organisationId, c.youngPersonId).map((s) => s.stage.key)).toEqual([
      "informal",
      "team_manager",
      "director",
    ]);
    expect(escalationView(c.people.iro.user, id, "en").escalation.stage.key).toBe(
      "service_manager",
    );
    expect(() => c.raise(2, c.people.sm.user.id)).toThrow("escalations:errors.addressee");
    // From stage 1 the next stage is now the director.
    const tmCase = c.raise(1, c.people.tm.user.id);
    expect(escalationView(c.people.iro.user, tmCase, "en").next?.stage.key).toBe("director");
    // And it can be brought back.
    expect(c.save("restore:2")).toEqual({ ok: true, done: "restored" });
    expect(c.stages().find((s) => s.key === "service_manager")?.retiredAt).toBeNull();
  });

  it("is refused while escalations are open at the stage, and nothing is saved", async () => {
    const c = await council();
    c.raise(1, c.people.tm.user.id);
    expect(c.save("remove:1", { "days-0": "9" })).toEqual({
      ok: false,
      errors: { "stage-1": "escalations:stages.errors.open" },
    });
    expect(c.stages()).toHaveLength(4);
    expect(c.stages()[0]?.responseDays).toBe(5);
  });

  it("is refused for the last stage in use", async () => {
    const c = await council();
    for (const p of [3, 2, 1]) expect(c.save(`remove:${p}`)).toMatchObject({ ok: true });
    expect(c.save("remove:0")).toEqual({
      ok: false,
      errors: { "stage-0": "escalations:stages.errors.last" },
    });
    expect(c.stages().map((s) => s.key)).toEqual(["informal"]);
  });
});

describe("adding and re-addressing", () => {
  it("adds a named stage at the end; its name is required when saving", async () => {
    const c = await council();
    const parsed = addStageSchema.parse({
      "new-name": "Stage 4: chief executive",
      "new-addressee": "director",
      "new-days": "15",
    });
    addStage(c.people.admin.request, c.people.admin.user, parsed);
    expect(c.stages().at(-1)).toMatchObject({
      position: 4,
      key: null,
      name: "Stage 4: chief executive",
      addressee: "director",
      responseDays: 15,
    });
    expect(c.save("save", { "name-4": " ", "days-1": "31" })).toEqual({
      ok: false,
      invalid: {
        "name-4": "escalations:stages.errors.name",
        "days-1": "escalations:stages.errors.responseDays",
      },
    });
    expect(
      addStageSchema
        .safeParse({ "new-name": "", "new-addressee": "", "new-days": "0" })
        .error?.issues.map((i) => i.message),
    ).toEqual([
      "escalations:stages.errors.name",
      "escalations:stages.errors.addressee",
      "escalations:stages.errors.responseDays",
    ]);
  });

  it("adds a stage after a chosen one; an escalation at a later stage follows it", async () => {
    const c = await council();
    const id = c.raise(2, c.people.sm.user.id);
    addStage(
      c.people.admin.request,
      c.people.admin.user,
      addStageSchema.parse({
        "new-name": "Stage 1b: practice review panel",
        "new-addressee": "service_manager",
        "new-days": "7",
        "new-after": "1",
      }),
    );
    expect(c.stages().map((s) => s.key ?? s.name)).toEqual([
      "informal",
      "team_manager",
      "Stage 1b: practice review panel",
      "service_manager",
      "director",
    ]);
    expect(c.escalation(id).stagePosition).toBe(3);
    expect(c.stepPositions(id)).toEqual([3]);
  });

  it("a new addressee is for new escalations; an open one stays with its person", async () => {
    const c = await council();
    const id = c.raise(1, c.people.tm.user.id);
    expect(c.save("save", { "addressee-1": "service_manager" })).toMatchObject({ ok: true });
    const stage = c.stages()[1]!;
    expect(stage.addressee).toBe("service_manager");
    expect(c.escalation(id).addressedTo).toBe(c.people.tm.user.id);
    expect(candidatesFor(c.organisationId, c.youngPersonId, stage).map((p) => p.id)).toEqual([
      c.people.sm.user.id,
    ]);
  });

  it("one audit event per save", async () => {
    const c = await council();
    c.save("down:0", { "days-2": "12" });
    const events = getDb()
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organisationId, c.organisationId),
          eq(auditEvents.action, "escalation_stages_changed"),
        ),
      )
      .all();
    expect(events).toHaveLength(1);
  });
});

describe("stage order rules", () => {
  const stages: StageRule[] = [
    { position: 0, key: "informal", name: null, addressee: "social_worker", responseDays: 5 },
    {
      position: 1,
      key: "a",
      name: null,
      addressee: "team_manager",
      responseDays: 5,
      retiredAt: "2027-01-01",
    },
    { position: 2, key: "b", name: null, addressee: "director", responseDays: 5 },
  ];

  it("the next stage skips a retired one", () => {
    expect(nextStage(stages, 0)?.key).toBe("b");
    expect(nextStage(stages, 2)).toBeUndefined();
  });

  it("a move swaps with the nearest stage in use, past a retired one", () => {
    expect(movedOrder(stages, 2, "up")).toEqual([2, 1, 0]);
    expect(movedOrder(stages, 0, "up")).toEqual([0, 1, 2]);
  });

  it("reads the pressed button, and anything else as save", () => {
    expect(parseStageIntent("remove:3")).toEqual({ kind: "remove", position: 3 });
    expect(parseStageIntent("drop:1")).toEqual({ kind: "save" });
    expect(parseStageIntent(undefined)).toEqual({ kind: "save" });
  });
});
