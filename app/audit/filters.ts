import { z } from "zod";
import { isoDate } from "~/dates/iso-date";
import { auditKinds, isAuditAction, type AuditKind } from "./actions";
import type { AuditAction } from "./audit.server";
import { filterParams, type AuditCursor, type FilterValues } from "./links";

export { auditHref, type AuditCursor, type FilterValues } from "./links";

/*
 * The audit trail's filters, read from the page's address (a GET form, so a filtered view can be
 * bookmarked, shared with a colleague and opened without JavaScript). Typed values that are wrong
 * (a date that does not exist, "to" before "from") come back as messages beside the field;
 * values no form produces (an unknown kind, a malformed page cursor) are ignored.
 */

export type AuditFilter = {
  youngPersonId?: string;
  /** Part of a young person's name, or their case reference. */
  child?: string;
  /** Part of the actor's name or username. */
  person?: string;
  /** A kind of action, or one action. */
  kind?: AuditKind | AuditAction;
  /** England calendar dates, both days included. */
  from?: string;
  to?: string;
};

export type AuditPage = { before?: AuditCursor; after?: AuditCursor };

const searchText = z.string().trim().max(100, "audit:errors.tooLong");
const optionalDate = (message: string) => z.union([z.literal(""), isoDate(message)]);

export const auditFilterSchema = z
  .object({
    child: searchText,
    person: searchText,
    from: optionalDate("audit:errors.from"),
    to: optionalDate("audit:errors.to"),
  })
  // Compared only when both are real dates (zod still runs this when a date failed).
  .refine((f) => !isRealDate(f.from) || !isRealDate(f.to) || f.from <= f.to, {
    message: "audit:errors.toBeforeFrom",
    path: ["to"],
  });

const realDate = isoDate("audit:errors.from");
const isRealDate = (value: string) => realDate.safeParse(value).success;

const uuid = z.string().uuid();
const cursorPattern = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z)~([0-9a-f-]{36})$/i;

function cursorOf(value: string | null): AuditCursor | undefined {
  const match = value ? cursorPattern.exec(value) : null;
  return match && uuid.safeParse(match[2]).success ? { at: match[1]!, id: match[2]! } : undefined;
}

function kindOf(value: string): AuditFilter["kind"] {
  if ((auditKinds as readonly string[]).includes(value)) return value as AuditKind;
  return isAuditAction(value) ? value : undefined;
}

export type ParsedAuditQuery =
  | { ok: true; filter: AuditFilter; page: AuditPage; values: FilterValues }
  | {
      ok: false;
      errors: Record<string, string>;
      values: FilterValues;
      youngPersonId: string | undefined;
    };

/** The filters and page asked for in this address, or the messages for what was typed wrong. */
export function parseAuditQuery(params: URLSearchParams): ParsedAuditQuery {
  const raw = (name: string) => params.get(name) ?? "";
  const values: FilterValues = {};
  for (const name of filterParams) if (raw(name)) values[name] = raw(name);

  const youngPersonId = uuid.safeParse(raw("youngPersonId"));
  const parsed = auditFilterSchema.safeParse({
    child: raw("child"),
    person: raw("person"),
    from: raw("from"),
    to: raw("to"),
  });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[issue.path.join(".")] ??= issue.message;
    return { ok: false, errors, values, youngPersonId: youngPersonId.data };
  }
  const filter: AuditFilter = {
    youngPersonId: youngPersonId.success ? youngPersonId.data : undefined,
    child: parsed.data.child || undefined,
    person: parsed.data.person || undefined,
    kind: kindOf(raw("kind")),
    from: parsed.data.from || undefined,
    to: parsed.data.to || undefined,
  };
  const before = cursorOf(params.get("before"));
  const after = before ? undefined : cursorOf(params.get("after"));
  return { ok: true, filter, page: { before, after }, values };
}
