/*
 * The median the annual report quotes for times taken (issue 16): the middle value, or the mean of
 * the two middle ones when the count is even. Pure: the figures fetch their rows and call it.
 */

/** The median of some numbers; null for none (a figure with nothing to measure says so). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
