import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Writes a file under the data directory: aside first and then renamed into place, so a reader
 * (or a backup) never sees half a file, even if the server dies mid-write; the file is readable
 * by the service's user only (0600) and any folder made for it is 0700.
 */
export function writePrivateFile(file: string, bytes: Uint8Array) {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes, { mode: 0o600 });
  renameSync(partial, file);
}
