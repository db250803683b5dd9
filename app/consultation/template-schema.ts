import { z } from "zod";

/*
 * Consultation templates are forms as data (DESIGN.md "Forms as data"): typed, versioned, and
 * checked with zod when loaded. Words are never in a template, only keys:
 *   question text  consultation:<templateId>.<questionId>.text   (8–12 wording, the shortest)
 *                  consultation:<templateId>.<questionId>.teen   (13–17, optional)
 *   option label   consultation:options.<code>                   (shared, so answers read the same everywhere)
 * Answers are stored as option codes, so an answer given in Tigrinya reads in English to the IRO.
 */

export const questionKinds = [
  "feelings",
  "yes-no-unsure",
  "pick-one",
  "pick-many",
  "rank",
  "short-text",
  "long-text",
  "voice-note",
  "date",
  "people",
] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const ageBands = ["4-7", "8-12", "13-17", "18+"] as const;
export type AgeBand = (typeof ageBands)[number];

export const formAudiences = ["young_person", "carer", "parent", "professional"] as const;
export type FormAudience = (typeof formAudiences)[number];

const code = z.string().regex(/^[a-z][a-z0-9-]*$/, "codes are lower-case words joined by hyphens");
const icon = z.string().regex(/^[a-z][a-z0-9-]*$/);

export const optionSchema = z.object({ code, icon });

const base = {
  id: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
  icon,
  /** Answering "not safe" here makes the statement an urgent worry. */
  unsafeCodes: z.array(code).optional(),
  /**
   * Private to the readers the writer chose: shown in their reading view and nowhere else. It is
   * never copied into anything made from the record (a letter draft, and from it the translator's
   * page and the PDF; exports; summaries; messages). "Things I do not want talked about in front of
   * everyone" would be betrayed if it reached a letter the carer or the translator reads.
   */
  private: z.boolean().optional(),
  /** Only the IRO sees this answer (a carer's private note); other readers see that it exists. */
  iroOnly: z.boolean().optional(),
};

export const questionSchema = z.discriminatedUnion("kind", [
  z.object({ ...base, kind: z.literal("feelings") }),
  z.object({ ...base, kind: z.literal("yes-no-unsure") }),
  z.object({ ...base, kind: z.literal("pick-one"), options: z.array(optionSchema).min(2) }),
  z.object({ ...base, kind: z.literal("pick-many"), options: z.array(optionSchema).min(2) }),
  z.object({
    ...base,
    kind: z.literal("rank"),
    options: z.array(optionSchema).min(3),
    max: z.number().int().min(1).max(5),
  }),
  z.object({ ...base, kind: z.literal("short-text") }),
  z.object({ ...base, kind: z.literal("long-text") }),
  z.object({ ...base, kind: z.literal("voice-note") }),
  z.object({ ...base, kind: z.literal("date") }),
  z.object({ ...base, kind: z.literal("people"), options: z.array(optionSchema).min(2) }),
]);
export type Question = z.infer<typeof questionSchema>;

export const templateSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    version: z.number().int().min(1),
    icon,
    /** Who fills it in: the young person (alone or with a worker), a carer, a parent, or a professional. */
    audience: z.enum(formAudiences).default("young_person"),
    /** Who it is for; the wording follows the young person's band. */
    ageBands: z.array(z.enum(ageBands)).min(1),
    /** A worry template: its answers can raise an urgent alert. */
    isWorry: z.boolean().default(false),
    questions: z.array(questionSchema).min(1),
  })
  .superRefine((template, ctx) => {
    const ids = new Set<string>();
    for (const [index, question] of template.questions.entries()) {
      if (ids.has(question.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["questions", index, "id"],
          message: `duplicate question id ${question.id}`,
        });
      }
      ids.add(question.id);
      // An answer for the IRO alone is private a fortiori: say so, so no copy can slip past.
      if (question.iroOnly && !question.private) {
        ctx.addIssue({
          code: "custom",
          path: ["questions", index, "private"],
          message: `question ${question.id} is for the IRO only, so it must be private`,
        });
      }
      if ("options" in question) {
        const codes = question.options.map((o) => o.code);
        if (new Set(codes).size !== codes.length) {
          ctx.addIssue({
            code: "custom",
            path: ["questions", index, "options"],
            message: "duplicate option code",
          });
        }
        for (const unsafe of question.unsafeCodes ?? []) {
          if (!codes.includes(unsafe)) {
            ctx.addIssue({
              code: "custom",
              path: ["questions", index, "unsafeCodes"],
              message: `unknown code ${unsafe}`,
            });
          }
        }
      }
    }
  });
export type Template = z.infer<typeof templateSchema>;
export type TemplateInput = z.input<typeof templateSchema>;
