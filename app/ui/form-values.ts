/** A typed value sent back with a refused form, as a text field's default ("" when none). */
export function textValue(values: Record<string, unknown> | undefined | null, key: string): string {
  const value = values?.[key];
  return typeof value === "string" ? value : "";
}

/** A value sent back with a refused form where a field may repeat: its first (or only) value. */
export function firstValue(
  values: Record<string, string | string[]> | undefined | null,
  key: string,
): string {
  const value = values?.[key];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}
