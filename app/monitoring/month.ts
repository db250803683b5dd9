/*
 * The month the monitoring page shows (issue 18), from its GET form: "YYYY-MM", not after this
 * month. By default the last complete month, as a monthly meeting looks back at it. Pure.
 */

/** "YYYY-MM" a number of months before another. */
export function monthsBefore(yearMonth: string, count: number): string {
  const [year, monthNumber] = yearMonth.split("-").map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export const lastCompleteMonth = (today: string) => monthsBefore(today.slice(0, 7), 1);

/** The month asked for, or the default with the reason it was not taken (to show by the field). */
export function monthFrom(
  params: URLSearchParams,
  today: string,
): { month: string; error?: "monitoring:errors.month" | "monitoring:errors.monthFuture" } {
  const asked = params.get("month");
  const fallback = lastCompleteMonth(today);
  if (asked === null || asked === "") return { month: fallback };
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(asked))
    return { month: fallback, error: "monitoring:errors.month" };
  if (asked > today.slice(0, 7)) return { month: fallback, error: "monitoring:errors.monthFuture" };
  return { month: asked };
}
