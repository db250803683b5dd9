/**
 * Working days after a date, skipping weekends. The full England and Wales bank-holiday calendar
 * arrives with the statutory dates module (reviews); until then a reply date may fall one day
 * early around a bank holiday, which only makes the promise to the child more cautious.
 */
export function addWorkingDaysSimple(from: string, days: number): string {
  const d = new Date(`${from}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}
