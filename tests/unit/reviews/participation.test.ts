import { describe, expect, it } from "vitest";
import {
  participated,
  participationProblems,
  suggestedParticipationCode,
  type ParticipationFacts,
} from "~/reviews/participation";

const facts = (over: Partial<ParticipationFacts>): ParticipationFacts => ({
  code: "PN1",
  attended: true,
  chaired: false,
  viewsConveyed: "spoke",
  ageOnDay: 12,
  ...over,
});

describe("participation codes", () => {
  it("accepts a consistent record", () => {
    expect(participationProblems(facts({}))).toEqual({});
    expect(
      participationProblems(
        facts({ code: "PN6", attended: false, viewsConveyed: "own-voice-statement" }),
      ),
    ).toEqual({});
  });

  it("PN0 only, and always, for a child under 4 on the day", () => {
    expect(participationProblems(facts({ code: "PN0", ageOnDay: 4 })).participationCode).toBe(
      "reviews:errors.pn0Age",
    );
    expect(participationProblems(facts({ code: "PN1", ageOnDay: 3 })).participationCode).toBe(
      "reviews:errors.pn0Required",
    );
    expect(
      participationProblems(facts({ code: "PN0", ageOnDay: 3, viewsConveyed: "carer-or-worker" })),
    ).toEqual({});
  });

  it("PN1–PN4 need the young person to have attended; PN5–PN7 need them not to have", () => {
    expect(participationProblems(facts({ code: "PN2", attended: false })).participationCode).toBe(
      "reviews:errors.codeNeedsAttended",
    );
    expect(participationProblems(facts({ code: "PN6", attended: true })).participationCode).toBe(
      "reviews:errors.codeNeedsAbsent",
    );
  });

  it("chairing needs attending; PN7 goes with views not given", () => {
    expect(
      participationProblems(
        facts({ code: "PN6", attended: false, chaired: true, viewsConveyed: "advocate" }),
      ).childChaired,
    ).toBe("reviews:errors.chairedNotAttended");
    expect(
      participationProblems(facts({ code: "PN7", attended: false, viewsConveyed: "advocate" }))
        .viewsConveyed,
    ).toBe("reviews:errors.pn7Conveyed");
    expect(
      participationProblems(facts({ code: "PN1", viewsConveyed: "not-conveyed" })).viewsConveyed,
    ).toBe("reviews:errors.notConveyedCode");
  });

  it("suggests PN6 when the young person did not attend but sent a statement", () => {
    expect(suggestedParticipationCode({ attended: false, ageOnDay: 15, sentStatement: true })).toBe(
      "PN6",
    );
    expect(
      suggestedParticipationCode({ attended: false, ageOnDay: 15, sentStatement: false }),
    ).toBeNull();
    expect(suggestedParticipationCode({ attended: null, ageOnDay: 2, sentStatement: true })).toBe(
      "PN0",
    );
  });

  it("'participated' means PN1–PN6 for children aged 4 and over", () => {
    expect(participated("PN6", 10)).toBe(true);
    expect(participated("PN7", 10)).toBe(false);
    expect(participated("PN0", 3)).toBe(false);
  });
});
