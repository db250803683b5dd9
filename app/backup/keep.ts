/*
 * Which archives a backup directory keeps, and when the next scheduled backup is due. Pure: the
 * directory listing and the clock are passed in. Archive names carry their UTC time, so the
 * directory itself is the record of what was done: a restart neither repeats nor skips a backup.
 */

const pattern = /^own-voice-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.tar\.gz$/;

/** `own-voice-2031-03-04T02-00-05Z.tar.gz`: sorts by time, and is safe in any file system. */
export function archiveName(at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/:/g, "-");
  return `own-voice-${stamp}.tar.gz`;
}

/** The time in an archive's name, or null for any other file. */
export function archiveTime(name: string): Date | null {
  const match = pattern.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds] = match;
  const time = new Date(`${day}T${hours}:${minutes}:${seconds}Z`);
  return Number.isNaN(time.getTime()) ? null : time;
}

/** The archives beyond the newest `keep`, oldest last; files that are not archives are left alone. */
export function archivesToRemove(names: string[], keep: number): string[] {
  return names
    .map((name) => ({ name, time: archiveTime(name) }))
    .filter((a): a is { name: string; time: Date } => a.time !== null)
    .sort((a, b) => b.time.getTime() - a.time.getTime())
    .slice(Math.max(keep, 1))
    .map((a) => a.name);
}

const englandParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

function inEngland(at: Date) {
  const parts = Object.fromEntries(englandParts.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/**
 * The most recent moment at or before `now` when the clock in England showed `hour`:00 (today's,
 * or yesterday's if that hour has not come yet today). On the day the clocks change the hour is
 * still kept by English time.
 */
export function latestSlot(now: Date, hour: number): Date {
  const { day, minutes } = inEngland(now);
  const slotOn = (d: string) => {
    // England is UTC or UTC+1: try both and keep the one that reads `hour`:00 there.
    for (const offset of [0, 1]) {
      const candidate = new Date(`${d}T00:00:00Z`);
      candidate.setUTCHours(hour - offset);
      const seen = inEngland(candidate);
      if (seen.day === d && seen.minutes === hour * 60) return candidate;
    }
    // An hour the clocks skipped (01:00 on the last Sunday of March): the moment after it.
    const fallback = new Date(`${d}T00:00:00Z`);
    fallback.setUTCHours(hour);
    return fallback;
  };
  if (minutes >= hour * 60) return slotOn(day);
  const yesterday = new Date(`${day}T12:00:00Z`);
  yesterday.setUTCDate(yesterday.getUTCDate() - 1);
  return slotOn(yesterday.toISOString().slice(0, 10));
}

/** A backup is due when no archive was made since the latest slot. */
export function backupIsDue(now: Date, hour: number, archiveNames: string[]): boolean {
  const slot = latestSlot(now, hour).getTime();
  return !archiveNames.some((name) => (archiveTime(name)?.getTime() ?? 0) >= slot);
}
