import { z } from "zod";

/** The most a reason may say: a sentence or two, for the tombstone every reader sees. */
export const erasureReasonMax = 500;

/** Erasing asks why: the reason is shown to every reader in place of the words. */
export const erasureSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, "retention:errors.reason")
    .max(erasureReasonMax, "retention:errors.reasonLong"),
});
