import { describe, expect, it } from "vitest";
import { concernThemes, planQualities, ragRatings } from "#db/schema";
import { concernThemeCodes, planQualityCodes, ragCodes } from "~/monitoring/codes";
import { monitoringForm } from "~/monitoring/form";

const answers = {
  planQuality: "requires_improvement",
  currentAssessment: "yes",
  rag: "red",
  activeMonitoring: "no",
  concerns: ["health", "education"],
  note: "  No school place for six weeks.  ",
};

describe("the monitoring form", () => {
  it("accepts a red rating with why, yes and no as booleans, themes in the list's order", () => {
    const parsed = monitoringForm.parse(answers);
    expect(parsed).toEqual({
      planQuality: "requires_improvement",
      currentAssessment: true,
      rag: "red",
      activeMonitoring: false,
      concerns: ["education", "health"],
      note: "No school place for six weeks.",
    });
  });

  it.each(["red", "amber"])("a %s rating needs why", (rag) => {
    const result = monitoringForm.safeParse({ ...answers, rag, note: "   " });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["note", "monitoring:errors.noteNeeded"],
    ]);
  });

  it("green needs no why, and a why typed before choosing green is left out", () => {
    expect(monitoringForm.parse({ ...answers, rag: "green", note: "" }).note).toBeNull();
    expect(monitoringForm.parse({ ...answers, rag: "green" }).note).toBeNull();
  });

  it("one ticked theme comes as a string; none ticked is no concerns", () => {
    expect(monitoringForm.parse({ ...answers, concerns: "health" }).concerns).toEqual(["health"]);
    const { concerns: _none, ...withoutConcerns } = answers;
    expect(monitoringForm.parse(withoutConcerns).concerns).toEqual([]);
  });

  it("says which question is unanswered, each in its own words", () => {
    const result = monitoringForm.safeParse({ concerns: ["made_up"], note: "" });
    const errors = Object.fromEntries(
      result.error!.issues.map((issue) => [issue.path[0], issue.message]),
    );
    expect(errors).toEqual({
      planQuality: "monitoring:errors.planQuality",
      currentAssessment: "monitoring:errors.currentAssessment",
      rag: "monitoring:errors.rag",
      activeMonitoring: "monitoring:errors.activeMonitoring",
      concerns: "monitoring:errors.concerns",
    });
  });

  it("offers the schema's codes, in its order", () => {
    expect(planQualityCodes).toEqual(planQualities);
    expect(ragCodes).toEqual(ragRatings);
    expect(concernThemeCodes).toEqual(concernThemes);
  });
});
