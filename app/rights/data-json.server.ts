import { z } from "zod";
import { childStateKey } from "~/actions/child.server";
import { templateOf } from "~/consultation/templates";
import { fixedT } from "~/i18n/i18n.server";
import { decisionsOf } from "~/letters/sections";
import type { MyThings } from "./collect.server";
import { staffRecordsJson, staffRecordsJsonSchema } from "./staff-records-json.server";
import { statementWords } from "./words.server";

/*
 * The data in "My things" as JSON, for the young person to keep or take to another service. The
 * shape is documented in docs/my-things-format.md and stable: fields are only ever added, and a
 * change that would break a reader bumps `version`. Words about the data (question texts, the
 * names of picked pictures) are in English; the young person's own words are as they wrote them.
 */

export const myThingsFormat = "own-voice/my-things";
export const myThingsVersion = 1;

const read = z.object({ by: z.string(), role: z.string(), at: z.string() });

export const myThingsJsonSchema = z.object({
  format: z.literal(myThingsFormat),
  version: z.literal(myThingsVersion),
  madeAt: z.string(),
  youngPerson: z.object({
    givenName: z.string(),
    familyName: z.string(),
    dateOfBirth: z.string(),
    preferredLanguage: z.string(),
    caseReference: z.string().nullable(),
  }),
  statements: z.array(
    z.object({
      id: z.string(),
      form: z.string(),
      formTitle: z.string(),
      formVersion: z.number(),
      language: z.string(),
      sentAt: z.string(),
      sharedWith: z.string().nullable(),
      urgent: z.boolean(),
      helpedBy: z.string().nullable(),
      takenBackAt: z.string().nullable(),
      erased: z
        .object({ at: z.string(), by: z.string().nullable(), reason: z.string().nullable() })
        .nullable(),
      answers: z.array(
        z.object({
          questionId: z.string(),
          kind: z.string(),
          question: z.string(),
          answer: z.unknown(),
          words: z.string(),
          file: z.string().nullable(),
        }),
      ),
      replies: z.array(z.object({ from: z.string(), at: z.string(), text: z.string() })),
      readBy: z.array(read),
    }),
  ),
  letters: z.array(
    z.object({
      id: z.string(),
      reviewHeldOn: z.string().nullable(),
      versions: z.array(
        z.object({
          number: z.number(),
          issuedAt: z.string(),
          issuedBy: z.string(),
          correctionReason: z.string().nullable(),
          language: z.string(),
          english: z.record(z.string(), z.string()),
          translation: z.record(z.string(), z.string()),
          facts: z.record(z.string(), z.unknown()),
        }),
      ),
      readBy: z.array(read.extend({ version: z.number() })),
      /** Each decision of the letter (its latest version) and whether it was done. */
      decisions: z.array(z.object({ decision: z.string(), state: z.string(), words: z.string() })),
    }),
  ),
  /** Subject access only: what staff keep about the young person (never in "My things"). */
  staffRecords: staffRecordsJsonSchema.optional(),
});

export type MyThingsJson = z.infer<typeof myThingsJsonSchema>;

export function myThingsJson(things: MyThings, madeAt = new Date()): MyThingsJson {
  const t = fixedT("en", "consultation");
  const tl = fixedT("en", "letters");
  const { youngPerson: p } = things;
  return {
    format: myThingsFormat,
    version: myThingsVersion,
    madeAt: madeAt.toISOString(),
    youngPerson: {
      givenName: p.givenName,
      familyName: p.familyName,
      dateOfBirth: p.dateOfBirth,
      preferredLanguage: p.preferredLanguage,
      caseReference: p.caseReference,
    },
    statements: things.statements.map((s, i) => ({
      id: s.id,
      form: s.templateId,
      formTitle: t(`templates.${templateOf(s).id}.title`),
      formVersion: s.templateVersion,
      language: s.language,
      sentAt: s.submittedAt,
      sharedWith: s.sharing,
      urgent: s.isUrgent,
      helpedBy: s.helpedBy,
      takenBackAt: s.withdrawnAt,
      erased: s.erased,
      answers: statementWords(s, i + 1, things, "en").map((a) => ({
        questionId: a.questionId,
        kind: a.kind,
        question: a.question,
        answer: a.answer,
        words: a.words,
        file: a.file,
      })),
      replies: s.replies,
      readBy: s.reads,
    })),
    letters: things.letters.map((l) => ({
      id: l.id,
      reviewHeldOn: l.reviewHeldOn,
      versions: l.versions.map((v) => ({
        number: v.number,
        issuedAt: v.issuedAt,
        issuedBy: v.issuedBy,
        correctionReason: v.reason,
        language: v.language,
        english: v.fields,
        translation: v.translation,
        facts: v.facts,
      })),
      readBy: l.reads,
      decisions: decisionsOf(l.versions.at(-1)?.fields ?? {}).flatMap((d) => {
        const state = l.decisionStates[d.index];
        return state ? [{ decision: d.text, state, words: tl(childStateKey[state]) }] : [];
      }),
    })),
    ...(things.staffRecords ? { staffRecords: staffRecordsJson(things.staffRecords) } : {}),
  };
}
