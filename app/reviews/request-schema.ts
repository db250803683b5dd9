import { z } from "zod";
import { isoDate } from "~/dates/iso-date";
import { todayInEngland } from "~/dates/calendar";

/** The date a young person is asked to answer by: a real date, today or later. */
export const requestDueOn = isoDate("reviews:errors.requestDueOn").refine(
  (d) => d >= todayInEngland(),
  "reviews:errors.requestDuePast",
);

/** Whom to ask: keys from `contributorsFor` ("young_person", "carer:<id>", "parent:<id>"). */
export const whoToAsk = z
  .union([z.string(), z.array(z.string())], { error: "forms:errors.whoNone" })
  .optional()
  .transform((v) => (v === undefined ? [] : ([] as string[]).concat(v)))
  .pipe(
    z
      .array(
        z.string().regex(/^(young_person|(carer|parent):[0-9a-f-]{36})$/, "forms:errors.whoGone"),
      )
      .min(1, "forms:errors.whoNone")
      .max(20, "forms:errors.whoGone"),
  );
