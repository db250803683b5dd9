/*
 * The codes the midway check and contact forms offer, safe to reach the browser (db/schema.ts is
 * not). Each list is the schema's own, checked by the compiler here and by a unit test.
 */
import type { ActionState, ContactKind, RagRating } from "#db/schema";

export const actionStateCodes = [
  "not_started",
  "in_progress",
  "done",
  "not_done",
] as const satisfies readonly ActionState[];
export const ragCodes = ["red", "amber", "green"] as const satisfies readonly RagRating[];
export const checkedWithCodes = ["social_worker", "young_person", "carer"] as const;
export const contactKindCodes = [
  "visit",
  "call",
  "video",
  "message",
  "meeting",
] as const satisfies readonly ContactKind[];

/** Was the young person seen alone: yes, no, or not seen at all (stored as null). */
export const seenAloneChoices = ["yes", "no", "not_seen"] as const;

/** A contact's note stays short: the case record holds the detail. */
export const contactNoteMax = 1000;

/** Form names of an action's fields on the midway check (the action's id keys them). */
export const actionStateField = (id: string) => `state-${id}`;
export const actionNoteField = (id: string) => `actionNote-${id}`;
