import { describe, expect, it } from "vitest";
import { actionStates, contactKinds, midwayCheckedWith, ragRatings } from "#db/schema";
import { actionStateCodes, checkedWithCodes, contactKindCodes, ragCodes } from "~/midway/codes";
import { contactSchema, seenAloneValue } from "~/contacts/schema";
import { parseMidwayForm } from "~/midway/schema";

describe("the midway check form", () => {
  const good = {
    checkedWith: ["social_worker", "young_person"],
    rag: "amber",
    note: "",
    escalate: "no",
    "state-a1": "done",
    "actionNote-a1": "",
  };

  it("accepts a check with its actions", () => {
    const parsed = parseMidwayForm(good, ["a1"]);
    expect(parsed.ok && parsed.data.actions.a1).toEqual({ state: "done", note: "" });
    expect(parsed.ok && parsed.data.checkedWith).toEqual(["social_worker", "young_person"]);
  });

  it("takes a single ticked box", () => {
    const parsed = parseMidwayForm({ ...good, checkedWith: "carer" }, ["a1"]);
    expect(parsed.ok && parsed.data.checkedWith).toEqual(["carer"]);
  });

  it("asks for every missing answer at once", () => {
    const parsed = parseMidwayForm({ note: "" }, ["a1"]);
    expect(!parsed.ok && parsed.errors).toEqual({
      checkedWith: "midway:errors.checkedWith",
      rag: "midway:errors.rag",
      escalate: "midway:errors.escalate",
      "state-a1": "midway:errors.actionState",
    });
  });

  it("follows the actions' rule: a begun action never goes back to not started", () => {
    const parsed = parseMidwayForm({ ...good, "state-a1": "not_started" }, ["a1"], {
      a1: "in_progress",
    });
    expect(!parsed.ok && parsed.errors).toEqual({ "state-a1": "midway:errors.actionState" });
    expect(
      parseMidwayForm({ ...good, "state-a1": "not_started" }, ["a1"], { a1: "not_started" }).ok,
    ).toBe(true);
  });

  it("asks why an action was not done", () => {
    const parsed = parseMidwayForm({ ...good, "state-a1": "not_done" }, ["a1"]);
    expect(!parsed.ok && parsed.errors).toEqual({ "actionNote-a1": "midway:errors.notDoneWhy" });
  });
});

describe("the contact form", () => {
  const schema = contactSchema("2025-09-10");
  const good = {
    contactOn: "2025-09-10",
    kind: "visit",
    withWhom: "Sam",
    seenAlone: "not_seen",
    note: "",
  };

  it("accepts a contact today", () => {
    const parsed = schema.safeParse(good);
    expect(parsed.success).toBe(true);
    expect(seenAloneValue("not_seen")).toBeNull();
    expect(seenAloneValue("yes")).toBe(true);
  });

  it("refuses a date in the future, or not a date", () => {
    const future = schema.safeParse({ ...good, contactOn: "2025-09-11" });
    expect(future.error?.issues[0]?.message).toBe("midway:contacts.errors.future");
    const wrong = schema.safeParse({ ...good, contactOn: "2025-02-30" });
    expect(wrong.error?.issues[0]?.message).toBe("midway:contacts.errors.date");
  });

  it("refuses a note over 1000 characters", () => {
    const long = schema.safeParse({ ...good, note: "a".repeat(1001) });
    expect(long.error?.issues[0]?.message).toBe("midway:contacts.errors.noteLong");
  });
});

describe("the codes the forms offer", () => {
  it("are the schema's own", () => {
    expect(actionStateCodes).toEqual(actionStates);
    expect(ragCodes).toEqual(ragRatings);
    expect(checkedWithCodes).toEqual(midwayCheckedWith);
    expect(contactKindCodes).toEqual(contactKinds);
  });
});
