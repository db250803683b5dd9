import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rename, rm, rmdir, stat } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import { finished, pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { appVersion, readJournal } from "./create-backup.server";
import {
  archiveProblems,
  isSafeEntryPath,
  manifestEntry,
  manifestSchema,
  migrationProblem,
  type FoundFile,
  type Manifest,
} from "./manifest";
import { readTar, type EntrySink, type TarEntry } from "./tar.server";

/*
 * `npm run db:restore`: an archive made by createBackup, into an empty data directory. Everything
 * is checked before anything is put in place: the archive against its .sha256, every file
 * against the manifest, the database's migration level against this code. The files are
 * unpacked into a hidden folder inside the target first, and only moved into place once all of
 * that holds; on any refusal the target is left as it was (empty, or not there at all).
 */

/** A restore refused, with a sentence for the operator. */
export class RestoreRefused extends Error {}

export type RestoreOptions = {
  archive: string;
  dataDirectory: string;
  /** The database's file name in the target (default: the name it had when backed up). */
  databaseName?: string;
};

export type RestoreResult = { databasePath: string; files: number; manifest: Manifest };

/** Folders a new volume may hold before anything is put on it. */
const ignorable = new Set(["lost+found"]);

async function prepareTarget(dir: string): Promise<{ created: boolean }> {
  const info = await stat(dir).catch(() => null);
  if (!info) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    return { created: true };
  }
  if (!info.isDirectory()) throw new RestoreRefused(`${dir} is not a directory`);
  const entries = (await readdir(dir)).filter((name) => !ignorable.has(name));
  if (entries.length)
    throw new RestoreRefused(
      `${dir} is not empty (${entries.slice(0, 3).join(", ")}${entries.length > 3 ? ", …" : ""}); restore into an empty data directory`,
    );
  return { created: false };
}

async function expectedChecksum(archive: string): Promise<string> {
  const text = await readFile(`${archive}.sha256`, "utf8").catch(() => {
    throw new RestoreRefused(
      `${archive}.sha256 is missing: keep the checksum file beside its archive`,
    );
  });
  const hex = /^([0-9a-f]{64})\b/i.exec(text.trim())?.[1];
  if (!hex) throw new RestoreRefused(`${archive}.sha256 does not hold a SHA-256 checksum`);
  return hex.toLowerCase();
}

async function archiveChecksum(archive: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(archive) as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest("hex");
}

const maxManifestBytes = 64 * 1024 * 1024;

/** Unpacks every entry into `staging`; returns what each held and the manifest's text. */
async function unpack(archive: string, staging: string) {
  const found = new Map<string, FoundFile>();
  let manifestText: string | undefined;
  const open = async (entry: TarEntry): Promise<EntrySink> => {
    if (!isSafeEntryPath(entry.path))
      throw new RestoreRefused(`the archive holds an unsafe path (${JSON.stringify(entry.path)})`);
    if (found.has(entry.path) || (entry.path === manifestEntry && manifestText !== undefined))
      throw new RestoreRefused(`the archive holds ${entry.path} twice`);
    if (entry.path === manifestEntry) {
      if (entry.size > maxManifestBytes) throw new RestoreRefused("the manifest is too large");
      const parts: Buffer[] = [];
      return {
        write: (chunk) => void parts.push(Buffer.from(chunk)),
        end: async () => void (manifestText = Buffer.concat(parts).toString("utf8")),
        abort: () => undefined,
      };
    }
    const record: FoundFile = { size: entry.size, sha256: "" };
    found.set(entry.path, record);
    const file = path.join(staging, ...entry.path.split("/"));
    // Folders are made as they are met; only the service's user may open them or the files.
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    const hash = createHash("sha256");
    const out = createWriteStream(file, { mode: 0o600, flags: "wx" });
    return {
      write: (chunk) => {
        hash.update(chunk);
        if (!out.write(chunk)) return once(out, "drain").then(() => undefined);
      },
      end: async () => {
        out.end();
        await finished(out);
        record.sha256 = hash.digest("hex");
      },
      abort: () => out.destroy(),
    };
  };
  await pipeline(createReadStream(archive), createGunzip(), (source) =>
    readTar(source as AsyncIterable<Buffer>, open),
  );
  return { found, manifestText };
}

function parseManifest(text: string | undefined): Manifest {
  if (text === undefined) throw new RestoreRefused("the archive has no manifest");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RestoreRefused("the archive's manifest is not readable");
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success)
    throw new RestoreRefused("the archive's manifest is not one Own Voice wrote");
  return parsed.data;
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const archive = path.resolve(options.archive);
  const target = path.resolve(options.dataDirectory);
  if (!(await stat(archive).catch(() => null))?.isFile())
    throw new RestoreRefused(`${archive} is not a file`);
  const expected = await expectedChecksum(archive);
  if ((await archiveChecksum(archive)) !== expected)
    throw new RestoreRefused(
      `${path.basename(archive)} does not match its checksum: it is damaged or is not the archive the checksum was made for. Nothing was restored.`,
    );

  const { created } = await prepareTarget(target);
  const staging = await mkdtemp(path.join(target, ".restore-"));
  try {
    let unpacked;
    try {
      unpacked = await unpack(archive, staging);
    } catch (error) {
      if (error instanceof RestoreRefused) throw error;
      throw new RestoreRefused(
        `the archive cannot be read (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    const manifest = parseManifest(unpacked.manifestText);
    const problems = archiveProblems(manifest, unpacked.found);
    if (problems.length)
      throw new RestoreRefused(
        `the archive does not match its manifest:\n  ${problems.slice(0, 10).join("\n  ")}`,
      );
    const tooNew = migrationProblem(
      manifest.database.migration,
      readJournal(),
      manifest.appVersion,
    );
    if (tooNew) throw new RestoreRefused(tooNew);

    // All checked: move the top-level entries into place, the database last, so that a database
    // in the target means everything else is there too.
    const databaseName = options.databaseName ?? manifest.database.path;
    for (const name of await readdir(staging)) {
      if (name !== manifest.database.path)
        await rename(path.join(staging, name), path.join(target, name));
    }
    await rename(path.join(staging, manifest.database.path), path.join(target, databaseName));
    await rmdir(staging);
    return {
      databasePath: path.join(target, databaseName),
      files: manifest.files.length,
      manifest,
    };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (created) await rm(target, { recursive: true, force: true });
    throw error;
  }
}

export { appVersion };
