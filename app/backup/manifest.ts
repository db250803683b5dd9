import path from "node:path";
import { z } from "zod";

/*
 * What a backup archive says about itself, and the checks a restore makes against it. Pure: the
 * archive's bytes are read elsewhere; here only what was promised is compared with what was found.
 */

/** The archive entry that holds the manifest (written last, once every file's hash is known). */
export const manifestEntry = "own-voice-backup.json";

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** How far the database's schema has come: the last migration applied (db/migrations). */
const migrationLevel = z.object({
  count: z.number().int().min(0),
  tag: z.string(),
  when: z.number(),
});
export type MigrationLevel = z.infer<typeof migrationLevel>;

const fileRecord = z.object({ path: z.string(), size: z.number().int().min(0), sha256 });
export type FileRecord = z.infer<typeof fileRecord>;

export const manifestSchema = z.object({
  format: z.literal("own-voice-backup"),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  appVersion: z.string(),
  database: fileRecord.extend({ migration: migrationLevel }),
  files: z.array(fileRecord),
});
export type Manifest = z.infer<typeof manifestSchema>;

/**
 * A path an archive may hold: relative, forward slashes, no "..", nothing hidden behind a drive
 * letter or a backslash. Anything else could write outside the directory being restored into.
 */
export function isSafeEntryPath(entry: string): boolean {
  if (!entry || entry.includes("\\") || entry.includes("\0")) return false;
  if (entry.startsWith("/") || /^[a-zA-Z]:/.test(entry)) return false;
  const normal = path.posix.normalize(entry);
  return normal === entry && !normal.split("/").some((part) => part === ".." || part === ".");
}

/** What a restore found in the archive: each entry's size and hash, as read. */
export type FoundFile = { size: number; sha256: string };

/**
 * Every difference between the manifest and the archive's content, as sentences for the operator.
 * Empty when the archive holds exactly what the manifest lists, byte for byte.
 */
export function archiveProblems(manifest: Manifest, found: Map<string, FoundFile>): string[] {
  const problems: string[] = [];
  const expected = new Map<string, FileRecord>(
    [manifest.database, ...manifest.files].map((file) => [file.path, file]),
  );
  for (const [entry, record] of expected) {
    const file = found.get(entry);
    if (!file) problems.push(`${entry} is listed in the manifest but missing from the archive`);
    else if (file.size !== record.size)
      problems.push(`${entry} holds ${file.size} bytes; the manifest says ${record.size}`);
    else if (file.sha256 !== record.sha256)
      problems.push(`${entry} does not match its checksum in the manifest`);
  }
  for (const entry of found.keys())
    if (!expected.has(entry)) problems.push(`${entry} is in the archive but not in the manifest`);
  return problems;
}

/** A journal entry from db/migrations/meta/_journal.json. */
export type JournalEntry = { idx: number; tag: string; when: number };

/** The migration level a database at `appliedWhen` (drizzle's latest created_at) is at. */
export function migrationLevelOf(appliedWhen: number[], journal: JournalEntry[]): MigrationLevel {
  const latest = appliedWhen.length ? Math.max(...appliedWhen) : 0;
  const entry = journal.find((e) => e.when === latest);
  return { count: appliedWhen.length, tag: entry?.tag ?? "unknown", when: latest };
}

/**
 * Whether this code can open a database at that level: migrations only go forwards, so a backup
 * made by a newer Own Voice (a migration this code does not have) must be restored by that
 * version or a later one. An older backup is fine: the missing migrations run on the next start.
 */
export function migrationProblem(
  level: MigrationLevel,
  journal: JournalEntry[],
  madeBy: string,
): string | null {
  if (level.count === 0) return null;
  if (journal.some((e) => e.when === level.when && e.tag === level.tag)) return null;
  const newest = journal.at(-1)?.tag ?? "none";
  return `the backup's database is at migration ${level.tag}, which this version of Own Voice does not have (its newest is ${newest}); restore it with Own Voice ${madeBy} or later`;
}
