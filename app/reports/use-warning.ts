/*
 * The falling-use warning of figure 4 (issue 16): a month whose statements fell below half the
 * average of the three months before it, so a collapse like City of London's in 2019 is seen in
 * its first month. The three earlier months need some use between them (an average of 0 warns of
 * nothing); exactly half is not below half. Pure: the report and its tests share it.
 */

/** The month before a "YYYY-MM" month. */
export function previousMonth(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return monthNumber === 1
    ? `${year - 1}-12`
    : `${year}-${String(monthNumber - 1).padStart(2, "0")}`;
}

/**
 * The months that fell, each with the average of its three months before (one decimal, to quote).
 * A month absent from `totals` had no use.
 */
export function fallingMonths(totals: { month: string; total: number }[]): Map<string, number> {
  const byMonth = new Map(totals.map((t) => [t.month, t.total]));
  const fell = new Map<string, number>();
  for (const { month, total } of totals) {
    let earlier = month;
    let sum = 0;
    for (let i = 0; i < 3; i++) {
      earlier = previousMonth(earlier);
      sum += byMonth.get(earlier) ?? 0;
    }
    const average = sum / 3;
    if (average > 0 && total < average / 2) fell.set(month, Math.round(average * 10) / 10);
  }
  return fell;
}
