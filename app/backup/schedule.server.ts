import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { getSqlite } from "#db/db.server";
import { dataDirectory, env } from "~/env.server";
import { logger } from "~/operations/logger.server";
import { recordBackup } from "~/operations/metrics.server";
import { createBackup, type BackupResult } from "./create-backup.server";
import { archivesToRemove, backupIsDue } from "./keep";

/*
 * Daily backups inside the server, when BACKUP_DIR is set. Every few minutes it asks whether an
 * archive was made since today's BACKUP_HOUR; if not, it makes one through the server's own
 * database connection (SQLite's backup API in small steps between requests, so nobody waits on
 * it, and the app's own writes never force the copy to start over), then removes the archives
 * beyond BACKUP_KEEP. The folder is the record: a restart neither repeats nor skips a day.
 */

const checkEveryMinutes = 10;

let timer: NodeJS.Timeout | undefined;
let running: Promise<unknown> | undefined;
let stopping: AbortController | undefined;

/** Removes leftovers of a backup cut short (the server killed half-way) and old archives. */
async function tidy(directory: string, keep: number) {
  const names = await readdir(directory).catch(() => [] as string[]);
  const removable = [
    ...names.filter((name) => name.startsWith("own-voice-") && name.endsWith(".partial")),
    ...archivesToRemove(names, keep).flatMap((name) => [name, `${name}.sha256`]),
  ];
  for (const name of removable) await rm(path.join(directory, name), { force: true });
  return removable.length;
}

/** One scheduled backup, if one is due. */
export async function runScheduledBackup(now = new Date()): Promise<BackupResult | null> {
  const settings = env();
  const directory = settings.BACKUP_DIR;
  if (!directory) return null;
  const names = await readdir(directory).catch(() => [] as string[]);
  if (!backupIsDue(now, settings.BACKUP_HOUR, names)) return null;
  const result = await createBackup({
    databasePath: settings.DATABASE_PATH,
    connection: getSqlite(),
    dataDirectory: dataDirectory(),
    outputDirectory: directory,
    now,
    signal: stopping?.signal,
  });
  await tidy(directory, settings.BACKUP_KEEP);
  return result;
}

/** Starts the daily backup (unless BACKUP_DIR is unset). */
export function startBackupSchedule() {
  const settings = env();
  if (!settings.BACKUP_DIR || timer) return;
  stopping = new AbortController();
  const check = () => {
    if (running) return;
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    running = runScheduledBackup()
      .then((result) => {
        if (!result) return;
        recordBackup("ok", seconds());
        logger().info(
          { archive: path.basename(result.archive), files: result.files, bytes: result.bytes },
          "backup made (the database and every file under the data directory)",
        );
      })
      .catch((error: unknown) => {
        if (stopping?.signal.aborted) return;
        recordBackup("failed", seconds());
        logger().error({ err: error }, "the scheduled backup failed");
      })
      .finally(() => (running = undefined));
  };
  void tidy(settings.BACKUP_DIR, settings.BACKUP_KEEP).then(check);
  timer = setInterval(check, checkEveryMinutes * 60_000);
  timer.unref();
}

/** For shutdown: a backup in progress stops (its half-written file removed) before the database closes. */
export async function stopBackupSchedule() {
  if (timer) clearInterval(timer);
  timer = undefined;
  stopping?.abort();
  await running;
}
