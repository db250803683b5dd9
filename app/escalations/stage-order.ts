import type { StageRule } from "./rules";

/*
 * Reordering and removing an organisation's escalation stages, as pure rules (issue 18). The
 * order is a list of every stage's position, retired ones included (they keep their place for
 * history); a move swaps a stage with the nearest stage still in use before or after it.
 */

export type StageIntent =
  { kind: "save" } | { kind: "up" | "down" | "remove" | "restore"; position: number };

/** `up:2`, `remove:0`, … from the pressed button; anything else is a plain save. */
export function parseStageIntent(value: unknown): StageIntent {
  const match =
    typeof value === "string" ? /^(up|down|remove|restore):(\d{1,3})$/.exec(value) : null;
  if (!match) return { kind: "save" };
  return { kind: match[1] as "up" | "down" | "remove" | "restore", position: Number(match[2]) };
}

/** The old positions in their new order after moving one stage up or down (unchanged at an end). */
export function movedOrder(
  stages: readonly StageRule[],
  position: number,
  direction: "up" | "down",
): number[] {
  const order = [...stages].sort((a, b) => a.position - b.position);
  const at = order.findIndex((s) => s.position === position);
  const step = direction === "up" ? -1 : 1;
  let other = at + step;
  while (other >= 0 && other < order.length && order[other]!.retiredAt) other += step;
  if (at >= 0 && other >= 0 && other < order.length)
    [order[at], order[other]] = [order[other]!, order[at]!];
  return order.map((s) => s.position);
}

/** The old → new position of every stage that moves when the stages take this order. */
export function renumbering(order: readonly number[]): [number, number][] {
  return order.map((old, i) => [old, i] as [number, number]).filter(([old, i]) => old !== i);
}

export type StageUse = { open: number; used: boolean };

export type RemoveOutcome = "delete" | "retire" | "open" | "last";

/**
 * Removing a stage: refused while an escalation is open at it or when it is the last in use;
 * a stage no escalation ever reached is deleted; one that was reached is retired, for history.
 */
export function removeOutcome(
  stages: readonly StageRule[],
  position: number,
  use: StageUse | undefined,
): RemoveOutcome {
  if (use && use.open > 0) return "open";
  if (stages.filter((s) => !s.retiredAt && s.position !== position).length === 0) return "last";
  return use?.used ? "retire" : "delete";
}
