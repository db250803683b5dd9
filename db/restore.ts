// `npm run db:restore -- <archive> [--data-dir D]`: restores an archive made by `db:backup` into
// an empty data directory (D, else the folder DATABASE_PATH is in), after checking the archive's
// checksum, every file against its manifest, and that this version knows the database's schema.
import path from "node:path";
import { parseArgs } from "node:util";
import { RestoreRefused, restoreBackup } from "~/backup/restore-backup.server";
import { dataDirectory, env } from "~/env.server";

const { values, positionals } = parseArgs({
  options: { "data-dir": { type: "string" } },
  allowPositionals: true,
});
const archive = positionals[0];
if (!archive || positionals.length > 1) {
  console.error("Usage: npm run db:restore -- <archive.tar.gz> [--data-dir DIR]");
  process.exit(2);
}
const target = values["data-dir"] ?? dataDirectory();
try {
  const result = await restoreBackup({
    archive,
    dataDirectory: target,
    // Restoring in place of this install's own data directory: under its own database name.
    databaseName: values["data-dir"] ? undefined : path.basename(env().DATABASE_PATH),
  });
  console.log(
    `Restored the database and ${result.files} files from ${path.basename(archive)} (made ${result.manifest.createdAt} by Own Voice ${result.manifest.appVersion}).`,
  );
  console.log(`Start Own Voice with DATABASE_PATH=${result.databasePath}`);
} catch (error) {
  if (!(error instanceof RestoreRefused)) throw error;
  console.error(`Not restored: ${error.message}`);
  process.exit(1);
}
