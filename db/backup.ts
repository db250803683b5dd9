// `npm run db:backup [-- DIR]`: one archive of everything (the database through SQLite's online
// backup API, safe while the app runs, and every file under the data directory), with a manifest
// and a .sha256 beside it. Into DIR, else BACKUP_DIR, else <data directory>/backups.
import path from "node:path";
import { createBackup } from "~/backup/create-backup.server";
import { dataDirectory, env } from "~/env.server";

const settings = env();
const outputDirectory =
  process.argv[2] ?? settings.BACKUP_DIR ?? path.join(dataDirectory(), "backups");
const started = performance.now();
const result = await createBackup({
  databasePath: settings.DATABASE_PATH,
  dataDirectory: dataDirectory(),
  outputDirectory,
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const megabytes = (result.bytes / 1024 / 1024).toFixed(1);
console.log(
  `Backed up the database and ${result.files} files to ${result.archive} (${megabytes} MB, ${seconds} s)`,
);
console.log(`Checksum: ${result.archive}.sha256`);
