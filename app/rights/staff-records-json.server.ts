import { z } from "zod";
import { stageName } from "~/escalations/ui/stage-name";
import { fixedT } from "~/i18n/i18n.server";
import type { LanguageCode } from "~/i18n/languages";
import type { StaffRecords } from "./staff-records.server";

/*
 * The staff records of a subject access copy as data (docs/my-things-format.md, "staffRecords"):
 * codes as stored, staff by name, stage names in English. The notice says what the council must
 * do before the copy is released.
 */

const nullable = z.string().nullable();

export const staffRecordsJsonSchema = z.object({
  notice: z.string(),
  actions: z.array(
    z.object({
      reviewHeldOn: nullable,
      decision: z.string(),
      owner: nullable,
      ownerRole: nullable,
      dueOn: nullable,
      state: z.string(),
      note: nullable,
      history: z.array(
        z.object({
          at: z.string(),
          by: z.string(),
          state: z.string(),
          note: nullable,
          atMidwayCheck: z.boolean(),
        }),
      ),
    }),
  ),
  agreements: z.array(
    z.object({
      reviewHeldOn: nullable,
      manager: z.string(),
      dueOn: z.string(),
      response: nullable,
      reason: nullable,
      respondedAt: nullable,
    }),
  ),
  midwayChecks: z.array(
    z.object({
      reviewHeldOn: nullable,
      dueOn: z.string(),
      checkedOn: z.string(),
      checkedWith: z.array(z.string()),
      rag: z.string(),
      note: nullable,
      by: z.string(),
    }),
  ),
  contacts: z.array(
    z.object({
      contactOn: z.string(),
      kind: z.string(),
      withWhom: z.string(),
      seenAlone: z.boolean().nullable(),
      note: nullable,
      by: z.string(),
    }),
  ),
  monitoring: z.array(
    z.object({
      reviewHeldOn: nullable,
      planQuality: z.string(),
      currentAssessment: z.boolean(),
      rag: z.string(),
      activeMonitoring: z.boolean(),
      concerns: z.array(z.string()),
      note: nullable,
      by: z.string(),
    }),
  ),
  escalations: z.array(
    z.object({
      raisedAt: z.string(),
      raisedBy: z.string(),
      theme: z.string(),
      whatIsWrong: z.string(),
      askingFor: z.string(),
      stage: z.string(),
      addressedTo: z.string(),
      respondBy: z.string(),
      respondedAt: nullable,
      status: z.string(),
      outcome: nullable,
      resolvedAt: nullable,
      steps: z.array(
        z.object({
          at: z.string(),
          kind: z.string(),
          stage: z.string(),
          by: nullable,
          addressedTo: nullable,
          response: nullable,
          actBy: nullable,
          text: nullable,
        }),
      ),
    }),
  ),
});

/** A stage's name in `lng`: the council's own, the default's words, or "Stage 2". */
export function stageNameOf(records: StaffRecords, position: number, lng: LanguageCode = "en") {
  const stage = records.stages.find((s) => s.position === position) ?? {
    position,
    key: null,
    name: null,
  };
  return stageName(fixedT(lng, "escalations"), stage);
}

export function staffRecordsJson(records: StaffRecords): z.infer<typeof staffRecordsJsonSchema> {
  const stage = (position: number) => stageNameOf(records, position);
  return {
    notice: fixedT("en", "records")("subjectAccess.notice"),
    actions: records.actions.map(({ position: _position, reviewId: _review, ...a }) => ({
      ...a,
      history: a.history.map(({ midwayCheckId, ...h }) => ({
        ...h,
        atMidwayCheck: midwayCheckId !== null,
      })),
    })),
    agreements: records.agreements.map(({ reviewId: _review, ...a }) => a),
    midwayChecks: records.midwayChecks.map(
      ({ id: _id, reviewId: _review, decisions: _decisions, ...m }) => m,
    ),
    contacts: records.contacts.map(({ id: _id, ...c }) => c),
    monitoring: records.monitoring.map(({ reviewId: _review, ...m }) => m),
    escalations: records.escalations.map(({ id: _id, ...e }) => ({
      ...e,
      stage: stage(e.stage),
      steps: e.steps.map((s) => ({ ...s, stage: stage(s.stage) })),
    })),
  };
}
