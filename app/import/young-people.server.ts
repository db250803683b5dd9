import { randomUUID } from "node:crypto";
import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "#db/db.server";
import { youngPeople } from "#db/schema";
import { youngPersonRecordSchema, type YoungPersonRecord } from "~/young-people/record-schema";
import { codeCell, dateCell, yesNo, yesNoCell } from "./cells";
import { youngPeopleColumns } from "./columns";
import { readCsv, extraCellsMarker } from "./csv";
import { inChunks } from "#db/chunks";
import { RowErrors, unreadablePlan, type FieldChange, type ImportPlan } from "./plan";

/*
 * Young people from the case system, matched on the council's case reference: a new reference
 * is a new young person, a known one updates that record where the file differs from it. Each
 * row is checked by the same schema as the administrator's form (~/young-people/record-schema).
 */

type Field = keyof YoungPersonRecord;

/** The record's field each column fills. */
const fieldOf: Record<(typeof youngPeopleColumns)[number]["name"], Field> = {
  case_reference: "caseReference",
  given_name: "givenName",
  family_name: "familyName",
  date_of_birth: "dateOfBirth",
  preferred_language: "preferredLanguage",
  needs_interpreter: "needsInterpreter",
  interpreter_language: "interpreterLanguage",
  communication_needs: "communicationNeeds",
  legal_status: "legalStatus",
  service_area: "serviceArea",
  looked_after_on: "lookedAfterOn",
  unaccompanied: "isUnaccompanied",
};
const columnOf = Object.fromEntries(Object.entries(fieldOf).map(([c, f]) => [f, c])) as Record<
  Field,
  string
>;

/** A cell as the schema reads it: dates in either order, codes and yes/no in any case. */
function cellValue(column: string, value: string): string | undefined {
  if (column === "date_of_birth" || column === "looked_after_on") return dateCell(value);
  if (["preferred_language", "legal_status", "service_area"].includes(column)) {
    // An empty optional code is no code; an empty required one is the schema's own message.
    if (!value && column === "legal_status") return undefined;
    return codeCell(value);
  }
  if (column === "needs_interpreter" || column === "unaccompanied") return yesNoCell(value);
  return value;
}

type Existing = typeof youngPeople.$inferSelect;

/** A stored record as the schema's input, for the columns a file leaves out. */
function storedValue(existing: Existing, field: Field): unknown {
  const value = existing[field];
  return value === null ? undefined : value;
}

const shown = (value: unknown): string | null =>
  value === null || value === undefined || value === ""
    ? null
    : typeof value === "boolean"
      ? value
        ? "yes"
        : "no"
      : String(value);

/** The young people of an organisation that have a case reference, by reference. */
function youngPeopleByCaseReference(db: Pick<Db, "select">, organisationId: string) {
  const rows = db
    .select()
    .from(youngPeople)
    .where(
      and(eq(youngPeople.organisationId, organisationId), isNotNull(youngPeople.caseReference)),
    )
    .all();
  return new Map(rows.map((r) => [r.caseReference!, r]));
}

export function planYoungPeople(
  db: Pick<Db, "select">,
  organisationId: string,
  content: string,
  today: string,
): ImportPlan {
  const read = readCsv(content, youngPeopleColumns);
  if (!read.ok) return unreadablePlan("young_people", read.errors);
  const { columns, rows } = read.table;
  const schema = youngPersonRecordSchema(today);
  const existingByReference = youngPeopleByCaseReference(db, organisationId);
  const errors = new RowErrors();
  const firstRowOf = new Map<string, number>();
  const plan: ImportPlan = { ...unreadablePlan("young_people", []) };
  const inserts: (typeof youngPeople.$inferInsert)[] = [];
  const updates: { id: string; set: Partial<YoungPersonRecord> }[] = [];

  for (const { row, cells } of rows) {
    if (cells[extraCellsMarker]) errors.add(row, undefined, { key: "import:errors.extraCells" });
    const reference = cells.case_reference ?? "";
    const firstRow = firstRowOf.get(reference);
    if (reference && firstRow !== undefined) {
      errors.add(row, "case_reference", {
        key: "import:errors.duplicateCaseReference",
        values: { row: firstRow },
      });
      continue;
    }
    if (reference) firstRowOf.set(reference, row);
    const existing = existingByReference.get(reference);
    const input: Record<string, unknown> = {};
    for (const field of Object.values(fieldOf)) {
      const column = columnOf[field];
      if (columns.includes(column)) input[field] = cellValue(column, cells[column] ?? "");
      else if (existing) input[field] = storedValue(existing, field);
    }
    for (const column of ["needs_interpreter", "unaccompanied"])
      if (cells[column] && yesNo(cells[column]) === undefined)
        errors.add(row, column, { key: "import:errors.yesNo" });
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.add(row, columnOf[issue.path[0] as Field], {
          // The record schema's messages are keys; zod's own (none expected) get a general one.
          key: issue.message.includes(":") ? issue.message : "import:errors.invalid",
        });
      continue;
    }
    if (errors.has(row)) continue;
    const record = parsed.data;
    const label = `${record.caseReference}: ${record.givenName} ${record.familyName}`;
    if (!existing) {
      plan.create.push({ row, label });
      inserts.push({ id: randomUUID(), organisationId, ...record });
      continue;
    }
    const changes: FieldChange[] = [];
    const set: Partial<Record<Field, unknown>> = {};
    for (const field of Object.values(fieldOf)) {
      if ((existing[field] ?? null) === (record[field] ?? null)) continue;
      changes.push({
        column: columnOf[field],
        from: shown(existing[field]),
        to: shown(record[field]),
      });
      set[field] = record[field];
    }
    if (changes.length) {
      plan.update.push({ row, label, changes });
      updates.push({ id: existing.id, set: set as Partial<YoungPersonRecord> });
    } else plan.unchanged.push({ row, label });
  }

  plan.errors = errors.list;
  plan.apply = (tx) => {
    for (const chunk of inChunks(inserts)) tx.insert(youngPeople).values(chunk).run();
    for (const u of updates)
      tx.update(youngPeople).set(u.set).where(eq(youngPeople.id, u.id)).run();
  };
  return plan;
}
