import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "#db/db.server";
import { allocations } from "#db/schema";
import { allocationSchema, mayHold, overlaps } from "~/allocations/rules";
import { codeCell, dateCell } from "./cells";
import { allocationColumns } from "./columns";
import { extraCellsMarker, readCsv } from "./csv";
import { findYoungPerson, peopleFinder, youngPeopleByReference } from "./people.server";
import { inChunks } from "#db/chunks";
import { RowErrors, unreadablePlan, type ImportPlan } from "./plan";

/*
 * Allocations from the case system: who is linked to which young person, as what, from when to
 * when. A row is matched on (case reference, person, relationship, start date): a known one may
 * change only its end date. The young people must be there already (imported from their own
 * file first). The same rules as the administrator's form (~/allocations/rules): the account's
 * role must fit the relationship, one IRO at a time, no person twice over the same days.
 */

type Dates = { startsOn: string; endsOn: string | null };
type Entry = Dates & { key: string; userId: string; relationship: string; row?: number };

const keyOf = (youngPersonId: string, userId: string, relationship: string, startsOn: string) =>
  `${youngPersonId}|${userId}|${relationship}|${startsOn}`;

/** The schema's field each column fills (the person is found separately, by username or email). */
const columnOf: Record<string, string> = {
  relationship: "relationship",
  startsOn: "starts_on",
  endsOn: "ends_on",
};

export function planAllocations(
  db: Pick<Db, "select">,
  organisationId: string,
  content: string,
): ImportPlan {
  const read = readCsv(content, allocationColumns);
  if (!read.ok) return unreadablePlan("allocations", read.errors);
  const known = youngPeopleByReference(db, organisationId);
  const findPerson = peopleFinder(db, organisationId);
  const stored = db
    .select()
    .from(allocations)
    .where(eq(allocations.organisationId, organisationId))
    .all();
  const storedByKey = new Map(
    stored.map((a) => [keyOf(a.youngPersonId, a.userId, a.relationship, a.startsOn), a]),
  );
  // Everyone's allocations as they would be after the import, by young person, to check overlaps.
  const after = new Map<string, Map<string, Entry>>();
  const entriesOf = (youngPersonId: string) => {
    let entries = after.get(youngPersonId);
    if (!entries) after.set(youngPersonId, (entries = new Map()));
    return entries;
  };
  for (const a of stored) {
    const key = keyOf(a.youngPersonId, a.userId, a.relationship, a.startsOn);
    entriesOf(a.youngPersonId).set(key, { ...a, key });
  }

  const errors = new RowErrors();
  const plan: ImportPlan = { ...unreadablePlan("allocations", []) };
  const inserts: (typeof allocations.$inferInsert)[] = [];
  const updates: { id: string; endsOn: string | null }[] = [];
  const firstRowOf = new Map<string, number>();
  const checked: { row: number; youngPersonId: string; entry: Entry }[] = [];

  for (const { row, cells } of read.table.rows) {
    if (cells[extraCellsMarker]) errors.add(row, undefined, { key: "import:errors.extraCells" });
    const reference = cells.case_reference ?? "";
    const child = findYoungPerson(known, reference);
    if ("problem" in child) errors.add(row, "case_reference", child.problem);
    const found = findPerson(cells.username_or_email ?? "");
    if ("problem" in found) errors.add(row, "username_or_email", found.problem);
    const parsed = allocationSchema.safeParse({
      relationship: codeCell(cells.relationship ?? ""),
      userId: "person" in found ? found.person.id : "unknown",
      startsOn: dateCell(cells.starts_on ?? ""),
      endsOn: dateCell(cells.ends_on ?? ""),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = columnOf[String(issue.path[0])];
        if (column) errors.add(row, column, { key: issue.message });
      }
    }
    if (!parsed.success || !("person" in found) || !("youngPerson" in child)) continue;
    const { person } = found;
    const { youngPerson } = child;
    const input = parsed.data;
    if (person.disabledAt)
      errors.add(row, "username_or_email", {
        key: "import:errors.personDeactivated",
        values: { person: person.username },
      });
    else if (!mayHold(person.role, input.relationship))
      errors.add(row, "username_or_email", {
        key: "import:errors.wrongRole",
        values: { person: person.username, relationship: input.relationship },
      });
    if (youngPerson.leftCareOn && input.startsOn > youngPerson.leftCareOn)
      errors.add(row, "starts_on", { key: "people:errors.startsAfterLeftCare" });
    const key = keyOf(youngPerson.id, person.id, input.relationship, input.startsOn);
    const firstRow = firstRowOf.get(key);
    if (firstRow !== undefined)
      errors.add(row, undefined, {
        key: "import:errors.duplicateAllocation",
        values: { row: firstRow },
      });
    firstRowOf.set(key, row);
    if (errors.has(row)) continue;

    const entry: Entry = { ...input, key, row };
    entriesOf(youngPerson.id).set(key, entry);
    checked.push({ row, youngPersonId: youngPerson.id, entry });
    const label = `${reference}: ${input.relationship} ${person.username} ${input.startsOn}`;
    const existing = storedByKey.get(key);
    if (!existing) {
      plan.create.push({ row, label });
      inserts.push({
        id: randomUUID(),
        organisationId,
        youngPersonId: youngPerson.id,
        ...input,
      });
    } else if (existing.endsOn !== input.endsOn) {
      plan.update.push({
        row,
        label,
        changes: [{ column: "ends_on", from: existing.endsOn, to: input.endsOn }],
      });
      updates.push({ id: existing.id, endsOn: input.endsOn });
    } else plan.unchanged.push({ row, label });
  }

  // Overlaps are judged once every row is in: a later row may overlap an earlier one.
  for (const { row, youngPersonId, entry } of checked) {
    for (const other of entriesOf(youngPersonId).values()) {
      if (other.key === entry.key || other.relationship !== entry.relationship) continue;
      if (!overlaps(other, entry)) continue;
      if (other.userId === entry.userId)
        errors.add(row, "starts_on", { key: "import:errors.overlapsSamePerson" });
      else if (entry.relationship === "iro")
        errors.add(row, "starts_on", { key: "import:errors.iroOverlap" });
    }
  }

  plan.errors = errors.list.sort((a, b) => a.row - b.row);
  const withErrors = new Set(plan.errors.map((e) => e.row));
  plan.create = plan.create.filter((r) => !withErrors.has(r.row));
  plan.update = plan.update.filter((r) => !withErrors.has(r.row));
  plan.unchanged = plan.unchanged.filter((r) => !withErrors.has(r.row));
  plan.apply = (tx) => {
    for (const chunk of inChunks(inserts)) tx.insert(allocations).values(chunk).run();
    for (const u of updates)
      tx.update(allocations).set({ endsOn: u.endsOn }).where(eq(allocations.id, u.id)).run();
  };
  return plan;
}
