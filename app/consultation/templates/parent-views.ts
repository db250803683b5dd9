import type { TemplateInput } from "../template-schema";
import { options } from "./option-pictures";

/** A parent's views before their child's review. Read by the IRO and the social worker. */
export const parentViews: TemplateInput = {
  id: "parent-views",
  version: 1,
  icon: "family",
  audience: "parent",
  ageBands: ["4-7", "8-12", "13-17", "18+"],
  questions: [
    {
      id: "doing",
      kind: "pick-one",
      icon: "young-person",
      options: options("going-well", "mixed", "difficult"),
    },
    { id: "doingNotes", kind: "long-text", icon: "young-person" },
    { id: "plan", kind: "long-text", icon: "checklist" },
    { id: "familyTime", kind: "long-text", icon: "family" },
    { id: "discuss", kind: "long-text", icon: "statements" },
    { id: "attend", kind: "yes-no-unsure", icon: "calendar" },
    { id: "interpreter", kind: "yes-no-unsure", icon: "language" },
    { id: "interpreterLanguage", kind: "short-text", icon: "language" },
  ],
};
