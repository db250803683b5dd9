import { describe, expect, it } from "vitest";
import {
  becomesOverdue,
  defaultStages,
  mayMove,
  mayRespond,
  mayResolve,
  mayView,
  needsReminder,
  nextStage,
  respondByFor,
  stateOf,
  type EscalationState,
  type Viewer,
} from "~/escalations/rules";

const open: EscalationState = {
  status: "open",
  addressedTo: "tm",
  raisedBy: "iro",
  stagePosition: 1,
  respondBy: "2027-03-12",
  respondedAt: null,
  remindedAt: null,
  overdueAt: null,
};

const viewer = (overrides: Partial<Viewer> = {}): Viewer => ({
  userId: "someone",
  isChildsIro: false,
  isIroManager: false,
  wasAddressee: false,
  isLeaderAbove: false,
  ...overrides,
});

describe("escalation stages", () => {
  it("default to informal, team manager, service manager, director with their response days", () => {
    expect(defaultStages.map((s) => [s.addressee, s.responseDays])).toEqual([
      ["social_worker", 5],
      ["team_manager", 5],
      ["service_manager", 10],
      ["director", 10],
    ]);
  });

  it("go on one at a time and stop after the director", () => {
    expect(nextStage(defaultStages, 0)?.addressee).toBe("team_manager");
    expect(nextStage(defaultStages, 1)?.addressee).toBe("service_manager");
    expect(nextStage(defaultStages, 3)).toBeUndefined();
  });

  it("give a response date in working days, past weekends and closure days", () => {
    // Friday 5 March 2027 + 5 working days: Friday 12 March; a closure day pushes it to Monday.
    expect(respondByFor("2027-03-05", defaultStages[1]!)).toBe("2027-03-12");
    expect(respondByFor("2027-03-05", defaultStages[1]!, ["2027-03-10"])).toBe("2027-03-15");
    // Stage 2, 10 working days from Thursday 25 March 2027 (Easter): Monday 12 April.
    expect(respondByFor("2027-03-25", defaultStages[2]!)).toBe("2027-04-12");
  });
});

describe("who may do what", () => {
  it("only the person it is with responds, once, while it is open", () => {
    expect(mayRespond(open, "tm")).toBe(true);
    expect(mayRespond(open, "iro")).toBe(false);
    expect(mayRespond({ ...open, respondedAt: "2027-03-08T10:00:00Z" }, "tm")).toBe(false);
    expect(mayRespond({ ...open, status: "resolved" }, "tm")).toBe(false);
  });

  it("only the child's IRO resolves or moves it on, while open and while there is a next stage", () => {
    const iro = viewer({ isChildsIro: true });
    expect(mayResolve(open, iro)).toBe(true);
    expect(mayResolve(open, viewer({ isIroManager: true }))).toBe(false);
    expect(mayMove(open, iro, defaultStages)).toBe(true);
    expect(mayMove({ ...open, stagePosition: 3 }, iro, defaultStages)).toBe(false);
    expect(mayMove({ ...open, status: "resolved" }, iro, defaultStages)).toBe(false);
    expect(mayMove(open, viewer({ wasAddressee: true }), defaultStages)).toBe(false);
  });

  it("nobody else sees it", () => {
    expect(mayView(viewer())).toBe(false);
    expect(mayView(viewer({ wasAddressee: true }))).toBe(true);
    expect(mayView(viewer({ isLeaderAbove: true }))).toBe(true);
    expect(mayView(viewer({ isIroManager: true }))).toBe(true);
  });
});

describe("reminders and overdue", () => {
  it("remind two working days before the response date, once", () => {
    expect(needsReminder(open, "2027-03-09")).toBe(false);
    expect(needsReminder(open, "2027-03-10")).toBe(true);
    expect(needsReminder(open, "2027-03-12")).toBe(true);
    expect(needsReminder({ ...open, remindedAt: "x" }, "2027-03-10")).toBe(false);
    expect(needsReminder({ ...open, respondedAt: "x" }, "2027-03-10")).toBe(false);
    expect(needsReminder(open, "2027-03-13")).toBe(false);
  });

  it("mark overdue the day after the response date, once, unless answered", () => {
    expect(becomesOverdue(open, "2027-03-12")).toBe(false);
    expect(becomesOverdue(open, "2027-03-13")).toBe(true);
    expect(becomesOverdue({ ...open, overdueAt: "x" }, "2027-03-13")).toBe(false);
    expect(becomesOverdue({ ...open, respondedAt: "x" }, "2027-03-13")).toBe(false);
    expect(stateOf(open, "2027-03-13")).toBe("overdue");
    expect(stateOf(open, "2027-03-12")).toBe("waiting");
  });
});
