/** Which records the administrator's list shows: those looked after now, those who left care, all. */
export const recordFilters = ["current", "left", "all"] as const;
export type RecordFilter = (typeof recordFilters)[number];
