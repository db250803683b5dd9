import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "#db/db.server";
import { reviewKinds, reviewMeetings, reviews } from "#db/schema";
import { ageOn } from "~/dates/calendar";
import { isoDate } from "~/dates/iso-date";
import {
  participationCodes,
  participationProblems,
  viewsConveyedMethods,
} from "~/reviews/participation";
import { codeCell, dateCell, yesNoCell } from "./cells";
import { pastReviewColumns } from "./columns";
import { extraCellsMarker, readCsv } from "./csv";
import { nextReviewFromHistory, type HeldReview } from "./next-review";
import { findYoungPerson, youngPeopleByReference, type KnownYoungPerson } from "./people.server";
import { inChunks } from "#db/chunks";
import { RowErrors, unreadablePlan, type FieldChange, type ImportPlan } from "./plan";
import { isYesWord, noWords, yesWords } from "~/http/yes-no";

/*
 * Reviews held before Own Voice, so a council that starts mid-year still has the whole year's
 * figures. A row is matched on (case reference, kind, held date): a known imported review may
 * have its other facts corrected; one recorded in Own Voice is never changed by a file. Each row
 * is checked by the same participation rules as the IRO's record form
 * (~/reviews/participation participationProblems). Then every young person with newly imported
 * history gets their next review planned on the statutory date (or their planned one moved).
 */

const rowSchema = (today: string) =>
  z.object({
    kind: z.enum(reviewKinds, { message: "import:errors.reviewKind" }),
    dueOn: isoDate("import:errors.dueOn"),
    heldOn: isoDate("import:errors.heldOn").refine((d) => d <= today, "import:errors.heldFuture"),
    participationCode: z.enum(participationCodes, { message: "import:errors.participationCode" }),
    attended: z.enum([...yesWords, ...noWords], {
      message: "import:errors.attended",
    }),
    chaired: z.enum([...yesWords, ...noWords, ""], {
      message: "import:errors.chaired",
    }),
    viewsConveyed: z.enum(viewsConveyedMethods, { message: "import:errors.viewsConveyed" }),
  });

const columnOf: Record<string, string> = {
  kind: "kind",
  dueOn: "due_on",
  heldOn: "held_on",
  participationCode: "participation_code",
  attended: "attended",
  chaired: "chaired",
  viewsConveyed: "views_conveyed",
  // participationProblems names the record form's fields.
  childChaired: "chaired",
};

const yesNoShown = (v: boolean | null) => (v === null ? null : v ? "yes" : "no");

type Fields = {
  dueOn: string;
  participationCode: (typeof participationCodes)[number];
  childAttended: boolean;
  childChaired: boolean;
  viewsConveyed: (typeof viewsConveyedMethods)[number];
};

function changesBetween(stored: Fields, next: Fields): FieldChange[] {
  const out: FieldChange[] = [];
  const compare = (column: string, from: string | null, to: string | null) => {
    if (from !== to) out.push({ column, from, to });
  };
  compare("due_on", stored.dueOn, next.dueOn);
  compare("participation_code", stored.participationCode, next.participationCode);
  compare("attended", yesNoShown(stored.childAttended), yesNoShown(next.childAttended));
  compare("chaired", yesNoShown(stored.childChaired), yesNoShown(next.childChaired));
  compare("views_conveyed", stored.viewsConveyed, next.viewsConveyed);
  return out;
}

export function planPastReviews(
  db: Pick<Db, "select">,
  organisationId: string,
  content: string,
  today: string,
  closureDays: readonly string[],
): ImportPlan {
  const read = readCsv(content, pastReviewColumns);
  if (!read.ok) return unreadablePlan("past_reviews", read.errors);
  const known = youngPeopleByReference(db, organisationId);
  const stored = db.select().from(reviews).where(eq(reviews.organisationId, organisationId)).all();
  const keyOf = (youngPersonId: string, kind: string, heldOn: string) =>
    `${youngPersonId}|${kind}|${heldOn}`;
  const heldByKey = new Map(
    stored
      .filter((r) => r.status === "held" && r.heldOn)
      .map((r) => [keyOf(r.youngPersonId, r.kind, r.heldOn!), r]),
  );
  const schema = rowSchema(today);
  const errors = new RowErrors();
  const plan: ImportPlan = { ...unreadablePlan("past_reviews", []) };
  const firstRowOf = new Map<string, number>();
  const inserts: (typeof reviews.$inferInsert)[] = [];
  const updates: { id: string; set: Fields }[] = [];
  const withNewHistory = new Map<string, KnownYoungPerson>();
  const newHistory: { youngPersonId: string; review: HeldReview }[] = [];
  const importedAt = new Date().toISOString();

  for (const { row, cells } of read.table.rows) {
    if (cells[extraCellsMarker]) errors.add(row, undefined, { key: "import:errors.extraCells" });
    const reference = cells.case_reference ?? "";
    const child = findYoungPerson(known, reference);
    if ("problem" in child) errors.add(row, "case_reference", child.problem);
    const parsed = schema.safeParse({
      kind: codeCell(cells.kind ?? ""),
      dueOn: dateCell(cells.due_on ?? ""),
      heldOn: dateCell(cells.held_on ?? ""),
      participationCode: (cells.participation_code ?? "").trim().toUpperCase(),
      attended: yesNoCell(cells.attended ?? ""),
      chaired: yesNoCell(cells.chaired ?? ""),
      viewsConveyed: codeCell(cells.views_conveyed ?? "").replace(/_/g, "-"),
    });
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        errors.add(row, columnOf[String(issue.path[0])], { key: issue.message });
    if (!parsed.success || !("youngPerson" in child)) continue;
    const { youngPerson } = child;
    const r = parsed.data;
    const fields: Fields = {
      dueOn: r.dueOn,
      participationCode: r.participationCode,
      childAttended: isYesWord(r.attended),
      childChaired: isYesWord(r.chaired),
      viewsConveyed: r.viewsConveyed,
    };
    if (r.heldOn < youngPerson.dateOfBirth)
      errors.add(row, "held_on", { key: "import:errors.heldBeforeBirth" });
    else {
      const problems = participationProblems({
        code: fields.participationCode,
        attended: fields.childAttended,
        chaired: fields.childChaired,
        viewsConveyed: fields.viewsConveyed,
        ageOnDay: ageOn(youngPerson.dateOfBirth, r.heldOn),
      });
      for (const [field, key] of Object.entries(problems))
        errors.add(row, columnOf[field], { key });
    }
    const key = keyOf(youngPerson.id, r.kind, r.heldOn);
    const firstRow = firstRowOf.get(key);
    if (firstRow !== undefined)
      errors.add(row, "held_on", {
        key: "import:errors.duplicateReview",
        values: { row: firstRow },
      });
    firstRowOf.set(key, row);
    if (errors.has(row)) continue;

    const label = `${reference}: ${r.kind} ${r.heldOn}`;
    const existing = heldByKey.get(key);
    if (!existing) {
      plan.create.push({ row, label });
      const id = randomUUID();
      inserts.push({
        id,
        organisationId,
        youngPersonId: youngPerson.id,
        kind: r.kind,
        status: "held",
        heldOn: r.heldOn,
        completedOn: r.heldOn,
        importedAt,
        ...fields,
      });
      withNewHistory.set(youngPerson.id, youngPerson);
      newHistory.push({
        youngPersonId: youngPerson.id,
        review: { kind: r.kind, heldOn: r.heldOn },
      });
      continue;
    }
    const changes = changesBetween(existing as Fields, fields);
    if (!changes.length) plan.unchanged.push({ row, label });
    else if (!existing.importedAt)
      errors.add(row, "held_on", { key: "import:errors.recordedInOwnVoice" });
    else {
      plan.update.push({ row, label, changes });
      updates.push({ id: existing.id, set: fields });
    }
  }
  plan.errors = errors.list;

  const next = planNextReviews(stored, withNewHistory, newHistory, closureDays, organisationId);
  plan.nextReviews = { created: next.inserts.length, moved: next.moves.length };
  plan.apply = (tx) => {
    for (const chunk of inChunks(inserts)) tx.insert(reviews).values(chunk).run();
    const meetings = inserts.map((r) => ({ organisationId, reviewId: r.id!, heldOn: r.heldOn! }));
    for (const chunk of inChunks(meetings)) tx.insert(reviewMeetings).values(chunk).run();
    for (const u of updates)
      tx.update(reviews)
        .set(u.set)
        .where(and(eq(reviews.id, u.id), eq(reviews.status, "held")))
        .run();
    for (const chunk of inChunks(next.inserts)) tx.insert(reviews).values(chunk).run();
    for (const m of next.moves)
      tx.update(reviews).set({ dueOn: m.dueOn }).where(eq(reviews.id, m.id)).run();
  };
  return plan;
}

/**
 * The next review of each young person whose history grows: a planned review already there is
 * moved to the new due date (never two planned at once, as when an IRO records a review); one
 * is created otherwise, unless the young person has stopped being looked after.
 */
function planNextReviews(
  stored: (typeof reviews.$inferSelect)[],
  youngPeople: Map<string, KnownYoungPerson>,
  newHistory: { youngPersonId: string; review: HeldReview }[],
  closureDays: readonly string[],
  organisationId: string,
) {
  const held = new Map<string, HeldReview[]>();
  const planned = new Map<string, { id: string; dueOn: string }>();
  const add = (id: string, review: HeldReview) => held.set(id, [...(held.get(id) ?? []), review]);
  for (const r of stored) {
    if (!youngPeople.has(r.youngPersonId)) continue;
    if (r.status === "held" && r.heldOn) add(r.youngPersonId, { kind: r.kind, heldOn: r.heldOn });
    if (r.status === "planned") planned.set(r.youngPersonId, r);
  }
  for (const h of newHistory) add(h.youngPersonId, h.review);

  const inserts: (typeof reviews.$inferInsert)[] = [];
  const moves: { id: string; dueOn: string }[] = [];
  for (const [id, youngPerson] of youngPeople) {
    const next = nextReviewFromHistory(held.get(id)!, youngPerson.lookedAfterOn, closureDays);
    if (!next) continue;
    const already = planned.get(id);
    if (already) {
      if (already.dueOn !== next.dueOn) moves.push({ id: already.id, dueOn: next.dueOn });
    } else if (!youngPerson.leftCareOn) {
      inserts.push({
        organisationId,
        youngPersonId: id,
        kind: next.kind,
        dueOn: next.dueOn,
        status: "planned",
      });
    }
  }
  return { inserts, moves };
}
