/** A typed value sent back with a refused form, as a text field's default ("" when none). */
export function textValue(values: Record<string, unknown> | undefined | null, key: string): string {
  const value = values?.[key];
  return typeof value === "string" ? value : "";
}
