import { describe, expect, it } from "vitest";
import {
  actionChangeProblems,
  isOverdue,
  mayChangeAction,
  mayMoveTo,
  nextStates,
} from "~/actions/rules";

const iro = { userId: "iro-1", relationships: ["iro"] as const };
const socialWorker = { userId: "sw-1", relationships: ["social_worker"] as const };
const otherWorker = { userId: "sw-2", relationships: [] as const };
const carer = { userId: "carer-1", relationships: ["carer"] as const };

describe("who may change an action", () => {
  it("the child's IRO may change any of the child's actions, whoever owns them", () => {
    expect(mayChangeAction(iro, { ownerUserId: "carer-1", ownerRole: null })).toBe(true);
    expect(mayChangeAction(iro, { ownerUserId: null, ownerRole: "social_worker" })).toBe(true);
  });

  it("the named owner may change their action; someone else named nothing may not", () => {
    expect(mayChangeAction(carer, { ownerUserId: "carer-1", ownerRole: null })).toBe(true);
    expect(mayChangeAction(socialWorker, { ownerUserId: "carer-1", ownerRole: null })).toBe(false);
  });

  it("an action owned by 'the social worker' is the child's current social worker's", () => {
    const action = { ownerUserId: null, ownerRole: "social_worker" as const };
    expect(mayChangeAction(socialWorker, action)).toBe(true);
    expect(mayChangeAction(otherWorker, action)).toBe(false);
    expect(mayChangeAction(carer, action)).toBe(false);
  });

  it("a role nobody is allocated as (team manager, the young person) is changed only by the IRO", () => {
    for (const ownerRole of ["team_manager", "young_person", "other"] as const) {
      expect(mayChangeAction(socialWorker, { ownerUserId: null, ownerRole })).toBe(false);
      expect(mayChangeAction(iro, { ownerUserId: null, ownerRole })).toBe(true);
    }
  });
});

describe("where an action may go", () => {
  it("never back to not started once begun", () => {
    expect(mayMoveTo("in_progress", "not_started")).toBe(false);
    expect(mayMoveTo("done", "not_started")).toBe(false);
    expect(nextStates("not_started")).toEqual(["in_progress", "done", "not_done"]);
  });

  it("done may be reopened; in progress may be noted again; done twice is not a change", () => {
    expect(mayMoveTo("done", "in_progress")).toBe(true);
    expect(mayMoveTo("in_progress", "in_progress")).toBe(true);
    expect(mayMoveTo("done", "done")).toBe(false);
    expect(nextStates("done")).toEqual(["in_progress", "not_done"]);
  });

  it("'not done' needs a note saying why", () => {
    expect(actionChangeProblems({ from: "in_progress", to: "not_done", note: "  " })).toEqual({
      note: "actions:errors.noteNotDone",
    });
    expect(
      actionChangeProblems({ from: "in_progress", to: "not_done", note: "Placement ended" }),
    ).toEqual({});
    expect(actionChangeProblems({ from: "not_started", to: "done", note: "" })).toEqual({});
  });

  it("a state it may not move to is refused with its message", () => {
    expect(actionChangeProblems({ from: "done", to: "done", note: "" })).toEqual({
      state: "actions:errors.state",
    });
  });
});

describe("overdue", () => {
  it("an open action past its due date is overdue; due today, done or without a date is not", () => {
    expect(isOverdue({ state: "in_progress", dueOn: "2026-03-01" }, "2026-03-02")).toBe(true);
    expect(isOverdue({ state: "not_started", dueOn: "2026-03-02" }, "2026-03-02")).toBe(false);
    expect(isOverdue({ state: "done", dueOn: "2026-03-01" }, "2026-03-02")).toBe(false);
    expect(isOverdue({ state: "not_started", dueOn: null }, "2026-03-02")).toBe(false);
  });
});
