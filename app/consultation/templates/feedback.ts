import type { FormAudience, TemplateInput } from "../template-schema";

/**
 * After a review: how it went, from the young person, each carer and parent, and the social
 * worker. The same four questions for everyone; one template per audience, so each is versioned
 * and worded for its reader.
 */
function feedback(id: string, audience: FormAudience): TemplateInput {
  return {
    id,
    version: 1,
    icon: "star",
    audience,
    ageBands: ["4-7", "8-12", "13-17", "18+"],
    questions: [
      { id: "listened", kind: "yes-no-unsure", icon: "people" },
      { id: "understood", kind: "yes-no-unsure", icon: "checklist" },
      { id: "timePlace", kind: "yes-no-unsure", icon: "calendar" },
      { id: "better", kind: "long-text", icon: "change" },
    ],
  };
}

/** The feedback form for each kind of person asked after a review. */
export const feedbackTemplateFor = {
  young_person: "feedback",
  carer: "feedback-carer",
  parent: "feedback-parent",
  professional: "feedback-professional",
} as const;

export const feedbackTemplates = Object.entries(feedbackTemplateFor).map(([audience, id]) =>
  feedback(id, audience as FormAudience),
);
