import { describe, expect, it } from "vitest";
import { contributionState, readiness } from "~/reviews/readiness";

const today = "2026-11-23";
const none = { requestDueOn: null, started: false, sent: false, readByIro: false };

describe("contribution state", () => {
  it("moves from not asked, to asked, started, sent and read", () => {
    expect(contributionState(none, today)).toBe("not-requested");
    expect(contributionState({ ...none, requestDueOn: "2026-11-30" }, today)).toBe("requested");
    expect(contributionState({ ...none, requestDueOn: "2026-11-30", started: true }, today)).toBe(
      "started",
    );
    expect(contributionState({ ...none, requestDueOn: "2026-11-30", sent: true }, today)).toBe(
      "sent",
    );
    expect(contributionState({ ...none, sent: true, readByIro: true }, today)).toBe("read");
  });

  it("is overdue once the date asked for has passed without an answer", () => {
    expect(contributionState({ ...none, requestDueOn: "2026-11-22", started: true }, today)).toBe(
      "overdue",
    );
    expect(contributionState({ ...none, requestDueOn: "2026-11-22", sent: true }, today)).toBe(
      "sent",
    );
  });
});

describe("readiness", () => {
  it("counts what is in and says whether the young person's view was read", () => {
    const r = readiness([
      { kind: "young_person", state: "read" },
      { kind: "carer", state: "sent" },
      { kind: "parent", state: "requested" },
    ]);
    expect(r).toMatchObject({ in: 2, expected: 3, youngPersonView: "read" });
  });

  it("puts children not yet heard before those heard but unread, before those read", () => {
    const missing = readiness([{ kind: "young_person", state: "overdue" }]);
    const unread = readiness([{ kind: "young_person", state: "sent" }]);
    const read = readiness([{ kind: "young_person", state: "read" }]);
    expect(missing.youngPersonView).toBe("missing");
    expect(missing.score).toBeLessThan(unread.score);
    expect(unread.score).toBeLessThan(read.score);
  });
});
