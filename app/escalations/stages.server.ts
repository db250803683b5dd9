import { and, asc, eq, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "#db/db.server";
import { escalationAddressees, escalationStages, escalationSteps, escalations } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { activeStages, defaultStages, responseDaysBounds, type StageRule } from "./rules";
import {
  movedOrder,
  parseStageIntent,
  removeOutcome,
  renumbering,
  type StageIntent,
  type StageUse,
} from "./stage-order";

/*
 * An organisation's dispute resolution stages: created from the defaults the first time anyone
 * needs them, then configured by an administrator: each stage's name, who it goes to and its
 * response time; stages added, moved up or down, removed (retired when escalations reached them).
 * The two other standards of issue 18 (agreement within N working days, alerts escalated after N
 * working hours) are with the other local standards on /admin/settings.
 */

type Db = ReturnType<typeof getDb>;
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const readStages = (db: Db | Tx, organisationId: string): StageRule[] =>
  db
    .select({
      position: escalationStages.position,
      key: escalationStages.key,
      name: escalationStages.name,
      addressee: escalationStages.addressee,
      responseDays: escalationStages.responseDays,
      retiredAt: escalationStages.retiredAt,
    })
    .from(escalationStages)
    .where(eq(escalationStages.organisationId, organisationId))
    .orderBy(asc(escalationStages.position))
    .all();

/**
 * Every stage, retired ones included (their names label history), in order; the defaults are
 * written the first time (safe to call at any time). Offer only `activeStages(...)` as choices.
 */
export function ensureEscalationStages(organisationId: string): StageRule[] {
  const db = getDb();
  const rows = readStages(db, organisationId);
  if (rows.length) return rows;
  db.insert(escalationStages)
    .values(defaultStages.map((s) => ({ ...s, organisationId })))
    .onConflictDoNothing()
    .run();
  return readStages(db, organisationId);
}

export function stageAt(stages: readonly StageRule[], position: number): StageRule {
  const stage = stages.find((s) => s.position === position);
  if (!stage) throw notFound();
  return stage;
}

/** How many escalations are open at each stage, and whether any escalation ever reached it. */
export function stageUse(organisationId: string, db: Db | Tx = getDb()): Map<number, StageUse> {
  const use = new Map<number, StageUse>();
  const at = (position: number) => {
    const entry = use.get(position) ?? { open: 0, used: false };
    use.set(position, entry);
    return entry;
  };
  for (const row of db
    .select({
      position: escalations.stagePosition,
      open: sql<number>`coalesce(sum(case when ${escalations.status} = 'open' then 1 else 0 end), 0)`,
    })
    .from(escalations)
    .where(eq(escalations.organisationId, organisationId))
    .groupBy(escalations.stagePosition)
    .all()) {
    const entry = at(row.position);
    entry.open = row.open;
    entry.used = true;
  }
  for (const row of db
    .selectDistinct({ position: escalationSteps.stagePosition })
    .from(escalationSteps)
    .where(eq(escalationSteps.organisationId, organisationId))
    .all())
    at(row.position).used = true;
  return use;
}

const number = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));

const days = () =>
  number(responseDaysBounds.min, responseDaysBounds.max, "escalations:stages.errors.responseDays");
const addressee = () =>
  z.enum(escalationAddressees, { message: "escalations:stages.errors.addressee" });
const requiredName = () =>
  z
    .string({ message: "escalations:stages.errors.name" })
    .trim()
    .min(1, "escalations:stages.errors.name")
    .max(120, "escalations:stages.errors.nameLong");

export type StagesForm = Record<string, string | number | null> & { intent: StageIntent };

/**
 * The page's form: each stage in use with its name (`name-<position>`, required for a stage of
 * the council's own), who it goes to (`addressee-<position>`) and days (`days-<position>`), and
 * the button pressed (`intent`: save, or up/down/remove/restore with a position).
 */
export function stagesFormSchema(stages: readonly StageRule[]) {
  const shape: Record<string, z.ZodType> = {
    intent: z.unknown().transform(parseStageIntent),
  };
  for (const s of activeStages(stages)) {
    const p = s.position;
    shape[`name-${p}`] = s.key
      ? z
          .string()
          .trim()
          .max(120, "escalations:stages.errors.nameLong")
          .optional()
          .transform((v) => (v ? v : null))
      : requiredName();
    shape[`addressee-${p}`] = addressee();
    shape[`days-${p}`] = days();
  }
  return z.object(shape) as unknown as z.ZodType<StagesForm>;
}

/** The "Add a stage" form (its own field names, beside the stages form on one page). */
export const addStageSchema = z.object({
  "new-name": requiredName(),
  "new-addressee": addressee(),
  "new-days": days(),
  /** The stage it comes after (a position), or empty: at the end. */
  "new-after": z
    .string()
    .regex(/^\d{0,3}$/)
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .catch(null),
});

/** Moves stages to new positions, taking every escalation and step at them along. */
function renumber(tx: Tx, organisationId: string, order: readonly number[]) {
  const changes = renumbering(order);
  if (!changes.length) return;
  // Two phases because of the unique (organisation, position): first to a negative stand-in
  // (-1 - new), then every stand-in to its new position.
  const columns = [
    [escalationStages, "position", escalationStages.position, escalationStages.organisationId],
    [escalations, "stagePosition", escalations.stagePosition, escalations.organisationId],
    [
      escalationSteps,
      "stagePosition",
      escalationSteps.stagePosition,
      escalationSteps.organisationId,
    ],
  ] as const;
  for (const [table, field, column, organisation] of columns) {
    for (const [from, to] of changes)
      tx.update(table)
        .set({ [field]: -1 - to })
        .where(and(eq(organisation, organisationId), eq(column, from)))
        .run();
    tx.update(table)
      .set({ [field]: sql`-1 - ${column}` })
      .where(and(eq(organisation, organisationId), lt(column, 0)))
      .run();
  }
}

export type SaveOutcome =
  | { ok: true; done: "saved" | "moved" | "removed" | "restored" }
  | { ok: false; errors: Record<string, string> };

/**
 * Saves every stage's name, addressee and days and does what the pressed button asked (move,
 * remove, bring back), in one transaction; audited once. Removing is refused beside the stage
 * while escalations are open at it, or when it is the last stage in use.
 */
export function saveStages(request: Request, admin: SignedIn, data: StagesForm): SaveOutcome {
  const organisationId = admin.organisationId;
  return getDb().transaction((tx) => {
    const stages = readStages(tx, organisationId);
    const active = activeStages(stages);
    const intent = data.intent;
    const target =
      intent.kind === "save" ? undefined : stages.find((s) => s.position === intent.position);
    if (intent.kind !== "save" && (!target || !!target.retiredAt !== (intent.kind === "restore")))
      return { ok: false, errors: { form: "escalations:stages.errors.changed" } };
    let removal: "delete" | "retire" | undefined;
    if (intent.kind === "remove") {
      const outcome = removeOutcome(
        stages,
        intent.position,
        stageUse(organisationId, tx).get(intent.position),
      );
      if (outcome === "open" || outcome === "last")
        return {
          ok: false,
          errors: { [`stage-${intent.position}`]: `escalations:stages.errors.${outcome}` },
        };
      removal = outcome;
    }
    const now = new Date().toISOString();
    for (const stage of active) {
      const p = stage.position;
      tx.update(escalationStages)
        .set({
          name: (data[`name-${p}`] as string | null) ?? null,
          addressee: data[`addressee-${p}`] as StageRule["addressee"],
          responseDays: Number(data[`days-${p}`]),
          updatedAt: now,
        })
        .where(
          and(
            eq(escalationStages.organisationId, organisationId),
            eq(escalationStages.position, p),
          ),
        )
        .run();
    }
    const at = (position: number) =>
      and(
        eq(escalationStages.organisationId, organisationId),
        eq(escalationStages.position, position),
      );
    let done: "saved" | "moved" | "removed" | "restored" = "saved";
    if (intent.kind === "up" || intent.kind === "down") {
      renumber(tx, organisationId, movedOrder(stages, intent.position, intent.kind));
      done = "moved";
    } else if (intent.kind === "remove" && removal === "delete") {
      tx.delete(escalationStages).where(at(intent.position)).run();
      renumber(
        tx,
        organisationId,
        stages.map((s) => s.position).filter((p) => p !== intent.position),
      );
      done = "removed";
    } else if (intent.kind === "remove") {
      tx.update(escalationStages)
        .set({ retiredAt: now, updatedAt: now })
        .where(at(intent.position))
        .run();
      done = "removed";
    } else if (intent.kind === "restore") {
      tx.update(escalationStages)
        .set({ retiredAt: null, updatedAt: now })
        .where(at(intent.position))
        .run();
      done = "restored";
    }
    audit(request, admin, tx);
    return { ok: true, done };
  });
}

/** A new stage of the council's own, after the chosen stage or the last one; audited. */
export function addStage(request: Request, admin: SignedIn, data: z.infer<typeof addStageSchema>) {
  ensureEscalationStages(admin.organisationId);
  getDb().transaction((tx) => {
    const last = tx
      .select({ position: sql<number | null>`max(${escalationStages.position})` })
      .from(escalationStages)
      .where(eq(escalationStages.organisationId, admin.organisationId))
      .get();
    const position = (last?.position ?? -1) + 1;
    tx.insert(escalationStages)
      .values({
        organisationId: admin.organisationId,
        position,
        key: null,
        name: data["new-name"],
        addressee: data["new-addressee"],
        responseDays: data["new-days"],
      })
      .run();
    const after = data["new-after"];
    const order = readStages(tx, admin.organisationId)
      .map((s) => s.position)
      .filter((p) => p !== position);
    if (after !== null && order.includes(after)) {
      order.splice(order.indexOf(after) + 1, 0, position);
      renumber(tx, admin.organisationId, order);
    }
    audit(request, admin, tx);
  });
}

function audit(request: Request, admin: SignedIn, tx: Tx) {
  recordAudit(
    request,
    {
      action: "escalation_stages_changed",
      organisationId: admin.organisationId,
      actorUserId: admin.id,
      subjectType: "organisation",
      subjectId: admin.organisationId,
    },
    tx,
  );
}
