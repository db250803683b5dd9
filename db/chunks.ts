/**
 * Rows are written or looked up a few hundred at a time: one statement each, well inside SQLite's
 * limit on bound parameters.
 */
export function inChunks<T>(items: readonly T[], size = 200): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
