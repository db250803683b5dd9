import { z } from "zod";
import type { RagRating } from "#db/schema";
import { concernThemeCodes as concernThemes, planQualityCodes, ragCodes } from "./codes";
import { freeText, textLimits } from "~/http/text";

/*
 * The short monitoring form that ends recording a review (issue 18): the quality of the care
 * plan, whether it rests on a current assessment of need, a RAG rating for the child's plan,
 * whether the case is under active monitoring, the concerns by theme, and — for red or amber —
 * why, in the IRO's words. Pure: the page and the tests read it; no server code.
 */

/** Red and amber are the ratings that need a reason and reach the team's managers. */
export const isConcernRating = (rag: RagRating) => rag === "red" || rag === "amber";

const yesNo = (error: string) =>
  z.enum(["yes", "no"], { error }).transform((value) => value === "yes");

const list = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]));

export const monitoringForm = z
  .object({
    planQuality: z.enum(planQualityCodes, { error: "monitoring:errors.planQuality" }),
    currentAssessment: yesNo("monitoring:errors.currentAssessment"),
    rag: z.enum(ragCodes, { error: "monitoring:errors.rag" }),
    activeMonitoring: yesNo("monitoring:errors.activeMonitoring"),
    concerns: list
      .default([])
      .pipe(z.array(z.enum(concernThemes, { error: "monitoring:errors.concerns" })))
      .transform((themes) => concernThemes.filter((theme) => themes.includes(theme))),
    note: freeText(textLimits.reason).default(""),
  })
  .superRefine((data, ctx) => {
    if (isConcernRating(data.rag) && !data.note.trim())
      ctx.addIssue({ code: "custom", path: ["note"], message: "monitoring:errors.noteNeeded" });
  })
  // A reason typed and then green chosen is not a reason: left out.
  .transform((data) => ({ ...data, note: isConcernRating(data.rag) ? data.note.trim() : null }));

export type MonitoringAnswers = z.output<typeof monitoringForm>;
