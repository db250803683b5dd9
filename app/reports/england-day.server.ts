import { sql, type SQL, type SQLWrapper } from "drizzle-orm";

/*
 * SQL: the calendar day in England of a UTC ISO timestamp (`toISOString()`), for reports that
 * count things by the day or month they were sent (issue 16). The database has no time zones, so
 * British Summer Time is worked out here: from 01:00 UTC on the last Sunday of March to 01:00 UTC
 * on the last Sunday of October (Summer Time Act 1972, as amended by SI 2002/262).
 */
export function englandDay(timestamp: SQLWrapper): SQL<string> {
  const marchEnd = sql`date(${timestamp}, 'start of year', '+2 months', '+24 days', 'weekday 0')`;
  const octoberEnd = sql`date(${timestamp}, 'start of year', '+9 months', '+24 days', 'weekday 0')`;
  return sql<string>`date(${timestamp}, case when ${timestamp} >= ${marchEnd} || 'T01:00'
    and ${timestamp} < ${octoberEnd} || 'T01:00' then '+1 hour' else '+0 hours' end)`;
}
