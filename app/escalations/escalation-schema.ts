import { z } from "zod";
import { agreementResponses, concernThemes, escalationOutcomes } from "#db/schema";
import { isoDate } from "~/dates/iso-date";

/*
 * The escalation forms: raise (the IRO), respond (the person it is with), resolve or move on
 * (the IRO). Messages are keys in the "escalations" namespace.
 */

export const textMax = 4000;

const longText = (message: string) =>
  z.string().trim().min(1, message).max(textMax, "escalations:errors.tooLong");

const optionalText = z
  .string()
  .trim()
  .max(textMax, "escalations:errors.tooLong")
  .optional()
  .transform((v) => (v ? v : null));

/** "<stage position>:<user id>": one select, grouped by stage, works without JavaScript. */
const addressee = z
  .string()
  .regex(/^\d{1,2}:[A-Za-z0-9_-]{1,64}$/, "escalations:errors.addressee")
  .transform((v) => {
    const [position, userId] = v.split(":") as [string, string];
    return { stagePosition: Number(position), userId };
  });

export const raiseSchema = z.object({
  theme: z.enum(concernThemes, { message: "escalations:errors.theme" }),
  whatIsWrong: longText("escalations:errors.whatIsWrong"),
  askingFor: longText("escalations:errors.askingFor"),
  addressee,
  midwayCheckId: z
    .string()
    .optional()
    .transform((v) => (v ? v : null)),
});
export type RaiseForm = z.infer<typeof raiseSchema>;

export const respondSchema = z
  .object({
    intent: z.literal("respond"),
    response: z.enum(agreementResponses, { message: "escalations:errors.response" }),
    actBy: z.string().trim().optional(),
    reason: optionalText,
  })
  .superRefine((v, ctx) => {
    if (v.response === "agreed") {
      const parsed = isoDate("escalations:errors.actBy").safeParse(v.actBy ?? "");
      if (!parsed.success)
        ctx.addIssue({ code: "custom", path: ["actBy"], message: "escalations:errors.actBy" });
    }
    if (v.response === "disagree" && !v.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "escalations:errors.reason" });
  });

export const resolveSchema = z.object({
  intent: z.literal("resolve"),
  outcome: z.enum(escalationOutcomes, { message: "escalations:errors.outcome" }),
  note: optionalText,
});

export const moveSchema = z.object({
  intent: z.literal("move"),
  addressee,
  moveNote: optionalText,
});

export const escalationActionSchema = z.discriminatedUnion("intent", [
  respondSchema,
  resolveSchema,
  moveSchema,
]);
export type EscalationAction = z.infer<typeof escalationActionSchema>;
