import { count } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { statements } from "#db/schema";
import { optionsOf } from "~/consultation/options";
import { templates } from "~/consultation/templates";
import { defaultLanguage } from "~/i18n/languages";
import { ownStrings } from "./strings.server";

/*
 * The strings a child reads, which the recording studio asks for, in the order a translator should
 * record them: how often children meet them. The help dialog and the home page are on every visit;
 * then each form's questions and picture words, weighted by how many statements children here have
 * sent with that form; then who-can-read choices, "What is my review?" and the fixed parts of
 * letters. Strings with a {{placeholder}} are left out: a name or date cannot be recorded once.
 */

const childTemplates = templates.filter((t) => t.audience === "young_person");

function templateUse(): Map<string, number> {
  const rows = getDb()
    .select({ templateId: statements.templateId, n: count() })
    .from(statements)
    .groupBy(statements.templateId)
    .all();
  return new Map(rows.map((r) => [r.templateId, r.n]));
}

/** Every child-facing string key ("ns:key"), most-met first (weighted by `use`, statements per form). */
export function childStringKeys(use: Map<string, number> = templateUse()): string[] {
  const english = ownStrings(defaultLanguage);
  const weights = new Map<string, number>();
  const add = (key: string, weight: number) => {
    const text = english.get(key);
    if (text === undefined || /\{\{/.test(text)) return;
    weights.set(key, Math.max(weights.get(key) ?? 0, weight));
  };
  const withPrefix = (prefix: string, weight: number) => {
    for (const key of english.keys()) if (key.startsWith(prefix)) add(key, weight);
  };
  withPrefix("common:help.", 1_000_000);
  withPrefix("home:me.", 900_000);
  // The young person's page's own tiles.
  for (const key of [
    "letters:me.tile",
    "consultation:ui.myStatements",
    "about:title",
    "common:help.button",
  ])
    add(key, 900_000);
  childTemplates.forEach((template, order) => {
    // Forms nobody has used yet keep their order on the young person's page.
    const weight = 1000 + (use.get(template.id) ?? 0) * 10 - order;
    add(`consultation:templates.${template.id}.title`, weight);
    add(`consultation:templates.${template.id}.intro`, weight);
    for (const question of template.questions) {
      add(`consultation:${template.id}.${question.id}.text`, weight);
      add(`consultation:${template.id}.${question.id}.teen`, weight);
      for (const option of optionsOf(question)) add(`consultation:options.${option.code}`, weight);
    }
  });
  add("consultation:ui.shareTitle", 900);
  withPrefix("consultation:sharing.", 900);
  withPrefix("about:", 500);
  withPrefix("letters:fixed.", 400);
  withPrefix("letters:sections.", 300);
  const order = new Map([...english.keys()].map((key, index) => [key, index]));
  return [...weights.entries()]
    .sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!)
    .map(([key]) => key);
}

/**
 * The child-facing keys, in no particular order, computed once per process (which strings
 * children read does not depend on how often they read them, so no query).
 */
export function childStringSet(): ReadonlySet<string> {
  childKeySet ??= new Set(childStringKeys(new Map()));
  return childKeySet;
}
let childKeySet: Set<string> | undefined;

/** Does a voice read this key to children (and so may it be recorded or spoken)? */
export function isChildString(key: string): boolean {
  return childStringSet().has(key);
}
