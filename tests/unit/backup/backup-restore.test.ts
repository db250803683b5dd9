import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { gunzipSync, gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { getSqlite } from "#db/db.server";
import { createBackup, type BackupResult } from "~/backup/create-backup.server";
import { manifestEntry, type Manifest } from "~/backup/manifest";
import { RestoreRefused, restoreBackup } from "~/backup/restore-backup.server";
import { endOfArchive, fileHeader, filePadding, readTar } from "~/backup/tar.server";
import { dataDirectory, env } from "~/env.server";
import { writePrivateFile } from "~/files/private-file.server";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
} from "../../fixtures/builders";

const scratch = () => mkdtempSync(path.join(tmpdir(), "own-voice-backup-test-"));
const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const mode = (file: string) => statSync(file).mode & 0o777;

/** Every file under a folder with its checksum, leaving out the live database's own files. */
function checksums(dir: string, databaseName: string) {
  const result: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.posix.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (!entry.name.startsWith(databaseName)) result[rel] = sha256(path.join(dir, rel));
    }
  };
  walk("");
  return result;
}

function rowCounts(file: string) {
  const db = new Database(file, { readonly: true });
  const tables = db
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
    .pluck()
    .all() as string[];
  const counts = Object.fromEntries(
    tables.map((t) => [t, db.prepare(`select count(*) from "${t}"`).pluck().get() as number]),
  );
  db.close();
  return counts;
}

/** Unpacks an archive in memory, lets the test change it, packs it again with a fresh checksum. */
async function repack(
  archive: string,
  change: (entries: Map<string, Buffer>) => void,
): Promise<string> {
  const entries = new Map<string, Buffer>();
  await readTar(Readable.from([gunzipSync(readFileSync(archive))]), ({ path: name }) => {
    const parts: Buffer[] = [];
    return {
      write: (chunk) => void parts.push(Buffer.from(chunk)),
      end: async () => void entries.set(name, Buffer.concat(parts)),
      abort: () => undefined,
    };
  });
  change(entries);
  const tar = [...entries].flatMap(([name, bytes]) => [
    fileHeader(name, bytes.length),
    bytes,
    filePadding(bytes.length),
  ]);
  const out = path.join(scratch(), path.basename(archive));
  const gz = gzipSync(Buffer.concat([...tar, endOfArchive()]));
  writeFileSync(out, gz);
  writeFileSync(`${out}.sha256`, `${createHash("sha256").update(gz).digest("hex")}  x\n`);
  return out;
}

const databaseName = () => path.basename(env().DATABASE_PATH);
let backup: BackupResult;
const longName = `audio/computer/ti/${"a-sentence-read-aloud-".repeat(8)}.ogg`;

beforeAll(async () => {
  // A small install: an organisation, staff, young people with reviews, and their files.
  const organisationId = buildOrganisation("Backup Test Borough Council");
  const iro = await buildUser(organisationId, { role: "iro", password: "invented-password-1" });
  for (let i = 0; i < 12; i++) {
    const youngPersonId = buildYoungPerson(organisationId, { givenName: `Child ${i}` });
    allocate(organisationId, youngPersonId, iro.id, "iro");
    buildReview(organisationId, youngPersonId, `2031-0${(i % 9) + 1}-15`);
  }
  const data = dataDirectory();
  for (let i = 0; i < 5; i++)
    writePrivateFile(path.join(data, "voice-notes", `note-${i}`), randomBytes(20_000 + i));
  writePrivateFile(path.join(data, "audio", "recordings", "rec-1"), randomBytes(70_000));
  writePrivateFile(path.join(data, "audio", "letters", "letter-1"), randomBytes(3_000));
  writePrivateFile(path.join(data, longName), randomBytes(1_000));
  writePrivateFile(path.join(data, "audio", "empty"), new Uint8Array());
  writePrivateFile(path.join(data, ".session-secret"), Buffer.from("s".repeat(64)));

  backup = await createBackup({
    databasePath: env().DATABASE_PATH,
    connection: getSqlite(),
    dataDirectory: data,
    outputDirectory: path.join(scratch(), "backups"),
  });
});

describe("backing up and restoring an install", () => {
  it("restores every table's rows and every file, byte for byte, into an empty folder", async () => {
    const target = path.join(scratch(), "restored");
    const result = await restoreBackup({ archive: backup.archive, dataDirectory: target });

    expect(result.databasePath).toBe(path.join(target, databaseName()));
    const before = rowCounts(env().DATABASE_PATH);
    expect(before.young_people).toBe(12);
    expect(before.reviews).toBe(12);
    expect(rowCounts(result.databasePath)).toEqual(before);

    const files = checksums(dataDirectory(), databaseName());
    expect(Object.keys(files)).toHaveLength(10);
    expect(files).toHaveProperty(longName);
    expect(checksums(target, databaseName())).toEqual(files);
  });

  it("writes a checksum beside the archive that sha256sum accepts", () => {
    const name = path.basename(backup.archive);
    // Nothing else is left in the folder: no half-written file, no copy of the database.
    expect(readdirSync(path.dirname(backup.archive))).toEqual([name, `${name}.sha256`]);
    const line = readFileSync(`${backup.archive}.sha256`, "utf8");
    expect(line).toBe(`${sha256(backup.archive)}  ${path.basename(backup.archive)}\n`);
    execFileSync("sha256sum", ["-c", `${path.basename(backup.archive)}.sha256`], {
      cwd: path.dirname(backup.archive),
    });
  });

  it("is an ordinary tar.gz that GNU tar lists, with the manifest last", () => {
    const listed = execFileSync("tar", ["-tzf", backup.archive], { encoding: "utf8" })
      .trim()
      .split("\n");
    expect(listed[0]).toBe(databaseName());
    expect(listed).toContain("voice-notes/note-3");
    expect(listed).toContain(longName);
    expect(listed.at(-1)).toBe(manifestEntry);
  });

  it("records the database's migration level, the app's version and each file's checksum", async () => {
    let manifest: Manifest | undefined;
    await repack(backup.archive, (entries) => {
      manifest = JSON.parse(entries.get(manifestEntry)!.toString()) as Manifest;
    });
    const journal = JSON.parse(readFileSync("db/migrations/meta/_journal.json", "utf8")) as {
      entries: { tag: string }[];
    };
    expect(manifest!.database.migration.tag).toBe(journal.entries.at(-1)!.tag);
    expect(manifest!.database.migration.count).toBe(journal.entries.length);
    expect(manifest!.appVersion).toMatch(/^\d+\.\d+\.\d+/);
    const note = manifest!.files.find((f) => f.path === "voice-notes/note-0");
    expect(note?.sha256).toBe(sha256(path.join(dataDirectory(), "voice-notes", "note-0")));
  });
});

describe("refusing a restore", () => {
  async function refusal(promise: Promise<unknown>) {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RestoreRefused);
    return (error as Error).message;
  }

  it("refuses an archive with one byte changed, and leaves no folder behind", async () => {
    const damaged = path.join(scratch(), path.basename(backup.archive));
    copyFileSync(backup.archive, damaged);
    copyFileSync(`${backup.archive}.sha256`, `${damaged}.sha256`);
    const bytes = readFileSync(damaged);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    writeFileSync(damaged, bytes);
    const target = path.join(scratch(), "restored");

    expect(await refusal(restoreBackup({ archive: damaged, dataDirectory: target }))).toMatch(
      /does not match its checksum/,
    );
    expect(existsSync(target)).toBe(false);
  });

  it("refuses an archive whose files do not match its manifest, even with a fresh checksum", async () => {
    const altered = await repack(backup.archive, (entries) => {
      entries.set("voice-notes/note-1", Buffer.from("not the child's voice note"));
    });
    const target = scratch();

    expect(await refusal(restoreBackup({ archive: altered, dataDirectory: target }))).toMatch(
      /voice-notes\/note-1 holds 26 bytes/,
    );
    expect(readdirSync(target)).toEqual([]);
  });

  it("refuses an archive without its checksum file", async () => {
    const alone = path.join(scratch(), "alone.tar.gz");
    copyFileSync(backup.archive, alone);
    expect(await refusal(restoreBackup({ archive: alone, dataDirectory: scratch() }))).toMatch(
      /alone\.tar\.gz\.sha256 is missing/,
    );
  });

  it("refuses a backup from a newer version of Own Voice", async () => {
    const future = await repack(backup.archive, (entries) => {
      const manifest = JSON.parse(entries.get(manifestEntry)!.toString()) as Manifest;
      manifest.appVersion = "9.0.0";
      manifest.database.migration = { count: 99, tag: "0098_from_the_future", when: 9e15 };
      entries.set(manifestEntry, Buffer.from(JSON.stringify(manifest)));
    });
    const target = scratch();

    expect(await refusal(restoreBackup({ archive: future, dataDirectory: target }))).toMatch(
      /0098_from_the_future.*Own Voice 9\.0\.0 or later/,
    );
    expect(readdirSync(target)).toEqual([]);
  });

  it("refuses an archive holding a path outside the folder", async () => {
    const escaping = await repack(backup.archive, (entries) => {
      entries.set("../outside", Buffer.from("x"));
    });
    const target = path.join(scratch(), "restored");
    expect(await refusal(restoreBackup({ archive: escaping, dataDirectory: target }))).toMatch(
      /unsafe path/,
    );
    expect(existsSync(path.join(target, "..", "outside"))).toBe(false);
  });

  it("refuses a folder that is not empty, and leaves what is in it alone", async () => {
    const target = scratch();
    writeFileSync(path.join(target, "keep-me.txt"), "already here");

    expect(
      await refusal(restoreBackup({ archive: backup.archive, dataDirectory: target })),
    ).toMatch(/is not empty \(keep-me\.txt\)/);
    expect(readdirSync(target)).toEqual(["keep-me.txt"]);
  });
});

describe("readable by the service's user only", () => {
  it("the archive and its checksum are 0600, their folder 0700", () => {
    expect(mode(backup.archive)).toBe(0o600);
    expect(mode(`${backup.archive}.sha256`)).toBe(0o600);
    expect(mode(path.dirname(backup.archive))).toBe(0o700);
  });

  it("the database and its write-ahead log are 0600, as are the app's files", () => {
    expect(mode(env().DATABASE_PATH)).toBe(0o600);
    expect(mode(`${env().DATABASE_PATH}-wal`)).toBe(0o600);
    expect(mode(path.join(dataDirectory(), "voice-notes", "note-0"))).toBe(0o600);
    expect(mode(path.join(dataDirectory(), "voice-notes"))).toBe(0o700);
  });

  it("restored files are 0600 and restored folders 0700", async () => {
    const target = path.join(scratch(), "restored");
    await restoreBackup({ archive: backup.archive, dataDirectory: target });
    expect(mode(target)).toBe(0o700);
    expect(mode(path.join(target, databaseName()))).toBe(0o600);
    expect(mode(path.join(target, ".session-secret"))).toBe(0o600);
    expect(mode(path.join(target, "audio", "recordings"))).toBe(0o700);
    expect(mode(path.join(target, "audio", "recordings", "rec-1"))).toBe(0o600);
  });

  it("a database the app creates in a new folder is 0600 in a 0700 folder", async () => {
    const { openDatabase } = await import("#db/db.server");
    const file = path.join(scratch(), "new", "data", "own-voice.sqlite");
    const { sqlite } = openDatabase(file);
    sqlite.close();
    expect(mode(file)).toBe(0o600);
    expect(mode(path.dirname(file))).toBe(0o700);
  });
});
