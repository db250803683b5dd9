import type { TemplateInput } from "../template-schema";
import { options } from "./option-pictures";

/** "Pathway plan review": a care leaver's views before their pathway plan review. */
export const pathwayPlan: TemplateInput = {
  id: "pathway-plan",
  version: 1,
  icon: "checklist",
  ageBands: ["18+"],
  questions: [
    { id: "accommodation", kind: "feelings", icon: "house" },
    { id: "money", kind: "feelings", icon: "money" },
    { id: "work", kind: "feelings", icon: "school" },
    { id: "health", kind: "feelings", icon: "health" },
    { id: "relationships", kind: "feelings", icon: "people" },
    {
      id: "support",
      kind: "pick-many",
      icon: "people",
      options: options(
        "housing",
        "money",
        "education",
        "work",
        "health",
        "immigration",
        "someone-to-talk-to",
      ),
    },
    { id: "fromAdviser", kind: "long-text", icon: "statements" },
    { id: "anythingElse", kind: "long-text", icon: "statements" },
  ],
};
