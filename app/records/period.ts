import { z } from "zod";
import type { Period } from "./bundle-contents";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
      new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
  );

/** The bundle's period from the query (`from`, `to`, each optional); null when it makes no sense. */
export function bundlePeriod(query: URLSearchParams): Period | null {
  const read = (name: string) => {
    const value = query.get(name)?.trim();
    if (!value) return { ok: true as const, value: null };
    const parsed = day.safeParse(value);
    return parsed.success ? { ok: true as const, value: parsed.data } : { ok: false as const };
  };
  const from = read("from");
  const to = read("to");
  if (!from.ok || !to.ok) return null;
  if (from.value && to.value && from.value > to.value) return null;
  return { from: from.value, to: to.value };
}
