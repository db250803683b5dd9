import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "#db/db.server";
import { escalationStages } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { defaultStages, responseDaysBounds, type StageRule } from "./rules";

/*
 * An organisation's dispute resolution stages: created from the defaults the first time anyone
 * needs them, then edited by an administrator (each stage's own name and response time). The two
 * other standards of issue 18 (agreement within N working days, alerts escalated after N working
 * hours) are with the other local standards on /admin/settings.
 */

/** The stages, in order; the defaults are written the first time (safe to call at any time). */
export function ensureEscalationStages(organisationId: string): StageRule[] {
  const db = getDb();
  const read = () =>
    db
      .select({
        position: escalationStages.position,
        key: escalationStages.key,
        name: escalationStages.name,
        addressee: escalationStages.addressee,
        responseDays: escalationStages.responseDays,
      })
      .from(escalationStages)
      .where(eq(escalationStages.organisationId, organisationId))
      .orderBy(asc(escalationStages.position))
      .all();
  const rows = read();
  if (rows.length) return rows;
  db.insert(escalationStages)
    .values(defaultStages.map((s) => ({ ...s, organisationId })))
    .onConflictDoNothing()
    .run();
  return read();
}

export function stageAt(stages: readonly StageRule[], position: number): StageRule {
  const stage = stages.find((s) => s.position === position);
  if (!stage) throw notFound();
  return stage;
}

const number = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));

/** The page's form: each stage's name (`name-<position>`) and days (`days-<position>`). */
export function stagesFormSchema(positions: readonly number[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const p of positions) {
    shape[`name-${p}`] = z
      .string()
      .trim()
      .max(120, "escalations:stages.errors.nameLong")
      .optional()
      .transform((v) => (v ? v : null));
    shape[`days-${p}`] = number(
      responseDaysBounds.min,
      responseDaysBounds.max,
      "escalations:stages.errors.responseDays",
    );
  }
  return z.object(shape) as z.ZodType<Record<string, string | number | null>>;
}

/** Saves names and response days; audited once (the change, not the values). */
export function saveStages(
  request: Request,
  admin: SignedIn,
  stages: readonly StageRule[],
  data: Record<string, string | number | null>,
) {
  getDb().transaction((tx) => {
    for (const stage of stages) {
      tx.update(escalationStages)
        .set({
          name: (data[`name-${stage.position}`] as string | null) ?? null,
          responseDays: Number(data[`days-${stage.position}`]),
          updatedAt: new Date().toISOString(),
        })
        .where(
          and(
            eq(escalationStages.organisationId, admin.organisationId),
            eq(escalationStages.position, stage.position),
          ),
        )
        .run();
    }
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
  });
}
