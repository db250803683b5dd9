import type { TemplateInput } from "../template-schema";
import { options } from "./option-pictures";

/**
 * "Independent living skills": for each skill, I can do this / I'm learning / I need help.
 * The areas follow the seed report's Appendix 1 (cooking, budgeting, bills, health
 * appointments, travel ...).
 */
const levels = options("can-do", "learning", "need-help");

const skills: [id: string, icon: string][] = [
  ["cooking", "cooking"],
  ["shopping", "shopping"],
  ["budgeting", "money"],
  ["bills", "letter"],
  ["bank", "bank"],
  ["healthAppointments", "health"],
  ["registerDoctor", "health"],
  ["travel", "bus"],
  ["laundry", "laundry"],
  ["cleaning", "cleaning"],
  ["tenancy", "key"],
  ["safety", "lock"],
];

export const livingSkills: TemplateInput = {
  id: "living-skills",
  version: 1,
  icon: "checklist",
  ageBands: ["13-17", "18+"],
  questions: skills.map(([id, icon]) => ({ id, kind: "pick-one" as const, icon, options: levels })),
};
