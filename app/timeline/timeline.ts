/*
 * A child's timeline: what happened, newest first, from every part of Own Voice. Pure: the rows
 * are gathered by timeline.server.ts; merging, filtering and what a social worker may see are
 * decided here, so they are unit-tested without a database.
 */

export const timelineKinds = [
  "statements",
  "requests",
  "reviews",
  "letters",
  "actions",
  "midway",
  "contacts",
  "alerts",
  "escalations",
] as const;
export type TimelineKind = (typeof timelineKinds)[number];
export type TimelineFilter = TimelineKind | "all";

export type TimelineDetail = Record<string, string | number | boolean | null>;

export type TimelineEntry = {
  /** Unique across the timeline: the event and its row's id. */
  id: string;
  kind: TimelineKind;
  /** What happened: a key under `midway:timeline.event`. */
  event: string;
  /** When: an ISO date or date-time (a date sorts before that day's times when newest first). */
  at: string;
  /** Who did it, when known. */
  by?: string | null;
  detail: TimelineDetail;
  link?: string | null;
};

/** The most entries shown at once (and gathered of each kind). */
export const timelineMax = 200;

/** `?timeline=contacts` → "contacts"; anything else shows everything. */
export function parseTimelineFilter(value: string | null | undefined): TimelineFilter {
  return (timelineKinds as readonly string[]).includes(value ?? "")
    ? (value as TimelineKind)
    : "all";
}

/** Merges the entries of each kind, keeps the chosen kind, newest first, at most `max`. */
export function mergeTimeline(
  groups: readonly (readonly TimelineEntry[])[],
  filter: TimelineFilter = "all",
  max = timelineMax,
): TimelineEntry[] {
  return groups
    .flat()
    .filter((e) => filter === "all" || e.kind === filter)
    .sort((a, b) => (a.at === b.at ? a.id.localeCompare(b.id) : a.at < b.at ? 1 : -1))
    .slice(0, max);
}

/** Details of a kind that only the IRO (and their managers) may read. */
const iroOnly: Partial<Record<TimelineKind, readonly string[]>> = {
  // The IRO's own notes of a contact, and the midway check's rating and note (issue 18).
  contacts: ["note"],
  midway: ["rag", "note"],
};

/**
 * What a social worker may see of entries already limited to what they may reach (statements
 * shared with them, their actions, escalations addressed to them): never the IRO's contact notes,
 * never a midway check's RAG rating or note. The entry stays: that the IRO checked is not secret.
 */
export function forSocialWorker(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return entries.map((entry) => {
    const hidden = iroOnly[entry.kind];
    if (!hidden) return entry;
    const detail = { ...entry.detail };
    for (const key of hidden) delete detail[key];
    return { ...entry, detail };
  });
}
