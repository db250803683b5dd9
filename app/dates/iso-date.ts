import { z } from "zod";

/** A calendar date as a form sends it (YYYY-MM-DD), and a real one. `message` is a translation key. */
export function isoDate(message: string) {
  return z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine(
      (d) =>
        !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
        new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
      message,
    );
}
