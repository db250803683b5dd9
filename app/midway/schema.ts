import { z } from "zod";
import type { ActionState } from "#db/schema";
import { mayMoveTo } from "~/actions/rules";
import {
  actionNoteField,
  actionStateField,
  actionStateCodes as actionStates,
  checkedWithCodes as midwayCheckedWith,
  ragCodes as ragRatings,
} from "./codes";

/** Notes stay short: a midway check is a summary, the case record holds the detail. */
export const midwayNoteMax = 2000;

const asList = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);

const base = z.object({
  checkedWith: z.preprocess(
    asList,
    z.array(z.enum(midwayCheckedWith)).min(1, "midway:errors.checkedWith"),
  ),
  rag: z.enum(ragRatings, { message: "midway:errors.rag" }),
  note: z
    .string()
    .trim()
    .max(midwayNoteMax, "midway:errors.noteLong")
    .optional()
    .transform((v) => v ?? ""),
  escalate: z.enum(["yes", "no"] as const, { message: "midway:errors.escalate" }),
});

export type MidwayCheckInput = z.infer<typeof base> & {
  actions: Record<string, { state: ActionState; note: string }>;
};

/**
 * The midway check form: how the IRO checked (at least one way), the plan's RAG rating, a note,
 * whether to escalate, and each action's state ("not done" needs a note saying why).
 */
export function parseMidwayForm(
  values: Record<string, string | string[]>,
  actionIds: readonly string[],
  /** Each action's state now: a change must follow the actions' own rule (app/actions/rules.ts). */
  current: Readonly<Record<string, ActionState>> = {},
): { ok: true; data: MidwayCheckInput } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const parsed = base.safeParse(values);
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      errors[issue.path.join(".") || "form"] ??= issue.message;
  const actions: MidwayCheckInput["actions"] = {};
  for (const id of actionIds) {
    const state = values[actionStateField(id)];
    const noteValue = values[actionNoteField(id)];
    const note = (typeof noteValue === "string" ? noteValue : "").trim();
    if (typeof state !== "string" || !(actionStates as readonly string[]).includes(state)) {
      errors[actionStateField(id)] = "midway:errors.actionState";
      continue;
    }
    const from = current[id];
    if (from && state !== from && !mayMoveTo(from, state as ActionState)) {
      errors[actionStateField(id)] = "midway:errors.actionState";
      continue;
    }
    if (note.length > midwayNoteMax) errors[actionNoteField(id)] = "midway:errors.noteLong";
    else if (state === "not_done" && !note)
      errors[actionNoteField(id)] = "midway:errors.notDoneWhy";
    actions[id] = { state: state as ActionState, note };
  }
  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, data: { ...parsed.data, actions } };
}
