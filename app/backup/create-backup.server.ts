import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync } from "node:fs";
import { chmod, open, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PassThrough, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { archiveName, archiveTime } from "./keep";
import {
  manifestEntry,
  migrationLevelOf,
  type FileRecord,
  type JournalEntry,
  type Manifest,
} from "./manifest";
import { endOfArchive, fileHeader, filePadding } from "./tar.server";

/*
 * One backup archive: a consistent copy of the database made with SQLite's online backup API
 * (safe while the app reads and writes), then every file under the data directory, then a
 * manifest of what went in, gzipped into one tar file, with its SHA-256 in a file beside it.
 * Everything is streamed, so memory stays flat however large the voice notes and recordings are.
 */

export type BackupOptions = {
  /** The live database; the server passes its own connection so its writes never restart the copy. */
  databasePath: string;
  connection?: Database.Database;
  dataDirectory: string;
  outputDirectory: string;
  now?: Date;
  signal?: AbortSignal;
};

export type BackupResult = {
  archive: string;
  sha256: string;
  bytes: number;
  files: number;
  databaseBytes: number;
};

/** Files in the data directory that are not backed up as files (the database goes in separately). */
function isLiveDatabaseFile(file: string, databasePath: string) {
  const db = path.resolve(databasePath);
  return [db, `${db}-wal`, `${db}-shm`, `${db}-journal`].includes(file);
}

const isArchiveFile = (name: string) => archiveTime(name.replace(/\.sha256$/, "")) !== null;

/** Every regular file under the data directory, as sorted relative paths with forward slashes. */
async function dataFiles(options: BackupOptions, skipDirectory: string): Promise<string[]> {
  const root = path.resolve(options.dataDirectory);
  // The archives' own folder, and the default one of `npm run db:backup`.
  const skipped = new Set([skipDirectory, path.join(root, "backups")]);
  const found: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skipped.has(full) && !entry.name.startsWith(".restore-")) await walk(full);
      } else if (
        entry.isFile() &&
        // A file still being written aside (see writePrivateFile) is not one yet.
        !entry.name.endsWith(".partial") &&
        // Never an archive inside an archive, wherever BACKUP_DIR is.
        !isArchiveFile(entry.name) &&
        !isLiveDatabaseFile(full, options.databasePath)
      ) {
        found.push(path.relative(root, full).split(path.sep).join("/"));
      }
    }
  };
  await walk(root);
  return found.sort();
}

export function readJournal(): JournalEntry[] {
  const file = path.resolve(process.cwd(), "db/migrations/meta/_journal.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { entries: JournalEntry[] }).entries;
}

export function appVersion(): string {
  const file = path.resolve(process.cwd(), "package.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

/**
 * Makes the copy one self-contained file (the backup API copies the live database's WAL flag;
 * a restored database is put back into WAL when the app opens it) and reads its migration level.
 */
function settleCopy(file: string) {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma("journal_mode = DELETE");
    const hasTable = copy
      .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
      .get();
    const applied = hasTable
      ? (copy.prepare("select created_at as w from __drizzle_migrations").all() as { w: number }[])
      : [];
    return migrationLevelOf(
      applied.map((row) => Number(row.w)),
      readJournal(),
    );
  } finally {
    copy.close();
  }
}

/** The tar stream being written: gzipped, hashed and saved as it goes, with back-pressure. */
class ArchiveWriter {
  readonly hash = createHash("sha256");
  bytes = 0;
  private readonly tar = new PassThrough();
  private readonly done: Promise<void>;
  private failure: Error | undefined;

  constructor(file: string) {
    this.done = pipeline(
      this.tar,
      createGzip({ level: gzipLevel }),
      new Transform({
        transform: (chunk: Buffer, _encoding, next) => {
          this.hash.update(chunk);
          this.bytes += chunk.length;
          next(null, chunk);
        },
      }),
      createWriteStream(file, { mode: 0o600, flags: "wx" }),
    );
    // A full disk ends the pipeline: the next write says so rather than waiting for ever.
    this.done.catch((error: Error) => {
      this.failure = error;
      this.tar.emit("drain");
    });
  }

  async write(bytes: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.tar.write(bytes)) await new Promise((resolve) => this.tar.once("drain", resolve));
    if (this.failure) throw this.failure;
  }

  /** Stops half-way: the file is closed (and then removed by the caller). */
  async abandon(): Promise<void> {
    this.tar.destroy(new Error("backup abandoned"));
    await this.done.catch(() => undefined);
  }

  async finish(): Promise<void> {
    this.tar.end(endOfArchive());
    await this.done;
  }
}

/**
 * Gzip's fastest level: the database shrinks about as well as at the default, and voice notes
 * and recordings (Opus, WebM) do not shrink at all, so more effort only costs time.
 */
const gzipLevel = 1;

/** Appends one file to the tar stream and returns its record; the bytes are hashed as they go. */
async function appendFile(
  tar: ArchiveWriter,
  file: string,
  entry: string,
): Promise<FileRecord | null> {
  let handle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    // Removed since the directory was read (a replaced recording): nothing to keep.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  try {
    const { size, mtime } = await handle.stat();
    const hash = createHash("sha256");
    await tar.write(fileHeader(entry, size, mtime));
    let read = 0;
    if (size > 0) {
      const stream = createReadStream("", {
        fd: handle,
        start: 0,
        end: size - 1,
        autoClose: false,
      });
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        hash.update(chunk);
        read += chunk.length;
        await tar.write(chunk);
      }
    }
    // Files here are written aside and renamed into place, never changed in place: a size that
    // moved means something wrote where it should not, and the archive would be wrong.
    if (read !== size) throw new Error(`${entry} changed size while it was being backed up`);
    await tar.write(filePadding(size));
    return { path: entry, size, sha256: hash.digest("hex") };
  } finally {
    await handle.close();
  }
}

/** Makes one archive in the output directory; the checksum file is written before it is renamed into place. */
export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const now = options.now ?? new Date();
  const outputDirectory = path.resolve(options.outputDirectory);
  mkdirSync(outputDirectory, { recursive: true, mode: 0o700 });
  const name = archiveName(now);
  const archive = path.join(outputDirectory, name);
  if (existsSync(archive)) throw new Error(`${archive} already exists`);
  const partial = `${archive}.partial`;
  const databaseCopy = path.join(outputDirectory, `${name}.sqlite.partial`);

  let tar: ArchiveWriter | undefined;
  try {
    // The copy is created empty first so that it is never readable by anyone else, even briefly.
    await writeFile(databaseCopy, "", { mode: 0o600, flag: "wx" });
    const source =
      options.connection ??
      new Database(options.databasePath, { readonly: true, fileMustExist: true });
    try {
      await source.backup(databaseCopy, {
        progress: () => {
          options.signal?.throwIfAborted();
          return 256;
        },
      });
    } finally {
      if (!options.connection) source.close();
    }
    await chmod(databaseCopy, 0o600);
    const migration = settleCopy(databaseCopy);
    const files = await dataFiles(options, outputDirectory);

    tar = new ArchiveWriter(partial);

    const databaseName = path.basename(options.databasePath);
    const records: FileRecord[] = [];
    const database = await appendFile(tar, databaseCopy, databaseName);
    if (!database) throw new Error("the database copy disappeared");
    for (const entry of files) {
      options.signal?.throwIfAborted();
      const record = await appendFile(tar, path.join(options.dataDirectory, entry), entry);
      if (record) records.push(record);
    }
    const manifest: Manifest = {
      format: "own-voice-backup",
      formatVersion: 1,
      createdAt: now.toISOString(),
      appVersion: appVersion(),
      database: { ...database, migration },
      files: records,
    };
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    await tar.write(fileHeader(manifestEntry, manifestBytes.length, now));
    await tar.write(manifestBytes);
    await tar.write(filePadding(manifestBytes.length));
    await tar.finish();

    const sha256 = tar.hash.digest("hex");
    // `sha256sum -c own-voice-….tar.gz.sha256` checks it by hand.
    await writeFile(`${archive}.sha256`, `${sha256}  ${name}\n`, { mode: 0o600 });
    await rename(partial, archive);
    return {
      archive,
      sha256,
      bytes: tar.bytes,
      files: records.length,
      databaseBytes: database.size,
    };
  } catch (error) {
    await tar?.abandon();
    await rm(partial, { force: true });
    throw error;
  } finally {
    await rm(databaseCopy, { force: true });
    for (const suffix of ["-journal", "-wal", "-shm"])
      await rm(`${databaseCopy}${suffix}`, { force: true });
  }
}
