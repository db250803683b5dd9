import type { Role } from "#db/schema";

/*
 * Addresses of the audit trail, for its own page and for links from other pages (a child's page
 * links to "who has opened this child's records"). No zod here: staff pages link without
 * shipping the filter schema to the browser.
 */

/** Who may read the audit trail of their organisation. */
export const auditReaders: readonly Role[] = ["manager", "admin"];

export function mayReadAudit(user: { role: Role }): boolean {
  return auditReaders.includes(user.role);
}

/** A place in the newest-first list: the event's time and id (ids break ties of equal times). */
export type AuditCursor = { at: string; id: string };

/** The parameters the filter form and its links use, in the order they appear in an address. */
export const filterParams = ["youngPersonId", "child", "person", "kind", "from", "to"] as const;
export type FilterValues = Partial<Record<(typeof filterParams)[number], string>>;

export function cursorParam(cursor: AuditCursor) {
  return `${cursor.at}~${cursor.id}`;
}

/** The address of the audit trail (or its CSV) with these filters and, optionally, a page. */
export function auditHref(
  values: FilterValues,
  options: { csv?: boolean; before?: AuditCursor; after?: AuditCursor } = {},
) {
  const query = new URLSearchParams();
  for (const name of filterParams) if (values[name]) query.set(name, values[name]!);
  if (options.before) query.set("before", cursorParam(options.before));
  if (options.after) query.set("after", cursorParam(options.after));
  const search = query.toString();
  return `/manage/audit${options.csv ? ".csv" : ""}${search ? `?${search}` : ""}`;
}
