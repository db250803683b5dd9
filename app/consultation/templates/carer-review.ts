import type { TemplateInput } from "../template-schema";
import { options } from "./option-pictures";

/** A foster carer's or key worker's pre-review form. Read by the IRO and the social worker. */
export const carerReview: TemplateInput = {
  id: "carer-review",
  version: 1,
  icon: "house",
  audience: "carer",
  ageBands: ["4-7", "8-12", "13-17", "18+"],
  questions: [
    {
      id: "home",
      kind: "pick-one",
      icon: "house",
      options: options("going-well", "mixed", "difficult"),
    },
    { id: "homeNotes", kind: "long-text", icon: "house" },
    {
      id: "healthChecks",
      kind: "pick-many",
      icon: "health",
      options: options("health-assessment", "dentist", "optician", "immunisations"),
    },
    { id: "healthNotes", kind: "long-text", icon: "health" },
    {
      id: "attendance",
      kind: "pick-one",
      icon: "school",
      options: options("attending-full", "attending-some", "not-attending", "no-school-place"),
    },
    { id: "exclusions", kind: "yes-no-unsure", icon: "school" },
    { id: "educationNotes", kind: "long-text", icon: "school" },
    { id: "familyTime", kind: "long-text", icon: "family" },
    { id: "friendships", kind: "long-text", icon: "people" },
    { id: "childViews", kind: "long-text", icon: "young-person" },
    {
      id: "helpedChild",
      kind: "pick-many",
      icon: "statements",
      options: options("helped-app", "talked-together", "child-did-alone", "not-yet"),
    },
    { id: "actions", kind: "long-text", icon: "checklist" },
    { id: "worries", kind: "long-text", icon: "worried" },
    { id: "support", kind: "long-text", icon: "help" },
    // "Only the IRO will see this answer": private, and of the readers only the IRO sees it.
    { id: "forIro", kind: "long-text", icon: "lock", private: true, iroOnly: true },
  ],
};
