/** Every leaf key of a namespace object, dotted ("signIn.title"). */
export function flattenKeys(value: unknown, prefix = ""): string[] {
  if (!value || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    flattenKeys(child, prefix ? `${prefix}.${key}` : key),
  );
}

/** i18next plural forms ("count_one", "count_few") all belong to one key ("count"). */
export function pluralBase(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, "");
}

/** Keys of a language's resources as "namespace:key", plural forms folded. */
export function keySet(resources: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  for (const [ns, tree] of Object.entries(resources)) {
    for (const key of flattenKeys(tree)) out.add(`${ns}:${pluralBase(key)}`);
  }
  return out;
}
