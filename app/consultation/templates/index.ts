import type { Statement } from "#db/schema";
import { templateSchema, type Template } from "../template-schema";
import { carerReview } from "./carer-review";
import { change } from "./change";
import { gettingReady } from "./getting-ready";
import { feedbackTemplates } from "./feedback";
import { goodNews } from "./good-news";
import { letterReply } from "./letter-reply";
import { livingSkills } from "./living-skills";
import { mySay } from "./my-say";
import { parentViews } from "./parent-views";
import { pathwayPlan } from "./pathway-plan";
import { worried } from "./worried";

/** Every template, validated once when this module loads: a malformed template stops the app. */
export const templates: readonly Template[] = [
  gettingReady,
  pathwayPlan,
  livingSkills,
  worried,
  goodNews,
  change,
  mySay,
  carerReview,
  parentViews,
  letterReply,
  ...feedbackTemplates,
].map((input) => {
  const parsed = templateSchema.safeParse(input);
  if (!parsed.success) {
    throw new Error(
      `Template ${input.id} is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
    );
  }
  return parsed.data;
});

export function findTemplate(id: string, version?: number): Template | undefined {
  return templates.find((t) => t.id === id && (version === undefined || t.version === version));
}

/** The template a statement answered, at the exact version it answered. */
export function templateOf(statement: Pick<Statement, "templateId" | "templateVersion">): Template {
  const template = findTemplate(statement.templateId, statement.templateVersion);
  if (!template)
    throw new Error(`Unknown template ${statement.templateId} v${statement.templateVersion}`);
  return template;
}
