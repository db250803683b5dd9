/*
 * Just enough of the POSIX tar format (ustar, with pax headers for long names and big files) to
 * write a backup archive entry by entry and read it back as a stream: memory stays flat however
 * large the data directory is. Only regular files are written or accepted; GNU tar, bsdtar and
 * 7-Zip all read what this writes (`tar -tzf own-voice-….tar.gz`).
 */

const block = 512;
const maxOctalSize = 8 ** 11 - 1;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, "0") + "\0";
}

function header(name: string, size: number, type: "0" | "x", mtime: Date): Buffer {
  const buffer = Buffer.alloc(block);
  buffer.write(name, 0, 100, "utf8");
  buffer.write(octal(0o600, 8), 100, "ascii");
  buffer.write(octal(0, 8), 108, "ascii");
  buffer.write(octal(0, 8), 116, "ascii");
  buffer.write(octal(Math.min(size, maxOctalSize), 12), 124, "ascii");
  buffer.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, "ascii");
  buffer.write(" ".repeat(8), 148, "ascii");
  buffer.write(type, 156, "ascii");
  buffer.write("ustar\u000000", 257, "ascii");
  let sum = 0;
  for (const byte of buffer) sum += byte;
  buffer.write(octal(sum, 7) + " ", 148, "ascii");
  return buffer;
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length++;
  return `${length}${body}`;
}

const padding = (size: number) => Buffer.alloc((block - (size % block)) % block);

/** The header block(s) that go before a file's bytes. */
export function fileHeader(name: string, size: number, mtime = new Date()): Buffer {
  const fitsName = Buffer.byteLength(name) < 100;
  if (fitsName && size <= maxOctalSize) return header(name, size, "0", mtime);
  const records =
    (fitsName ? "" : paxRecord("path", name)) +
    (size > maxOctalSize ? paxRecord("size", String(size)) : "");
  const pax = Buffer.from(records, "utf8");
  return Buffer.concat([
    header("PaxHeader", pax.length, "x", mtime),
    pax,
    padding(pax.length),
    header(fitsName ? name : "long-name", size, "0", mtime),
  ]);
}

/** The zero bytes after a file's content, up to the next 512-byte boundary. */
export const filePadding = padding;

/** Two empty blocks end an archive. */
export const endOfArchive = () => Buffer.alloc(block * 2);

export type TarEntry = { path: string; size: number };

export class TarFormatError extends Error {}

function readOctal(buffer: Buffer, offset: number, width: number): number {
  const text = buffer
    .toString("ascii", offset, offset + width)
    .replace(/\0.*$/s, "")
    .trim();
  if (!/^[0-7]*$/.test(text)) throw new TarFormatError("a header field is not a number");
  return text ? parseInt(text, 8) : 0;
}

function checksumMatches(buffer: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < block; i++) sum += i >= 148 && i < 156 ? 32 : buffer[i]!;
  return readOctal(buffer, 148, 8) === sum;
}

function parsePax(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  let rest = text;
  while (rest.length) {
    const match = /^(\d+) ([^=]+)=/.exec(rest);
    if (!match) throw new TarFormatError("a pax header is malformed");
    const recordBytes = Number(match[1]);
    const record = Buffer.from(rest, "utf8").subarray(0, recordBytes).toString("utf8");
    values[match[2]!] = record.slice(match[0].length, -1);
    rest = rest.slice(record.length);
  }
  return values;
}

/** Pulls exact numbers of bytes from a stream, keeping at most one chunk in memory. */
class ByteReader {
  private pending: Buffer = Buffer.alloc(0);
  private done = false;
  constructor(private readonly chunks: AsyncIterator<Buffer>) {}

  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.chunks.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    this.pending = this.pending.length ? Buffer.concat([this.pending, next.value]) : next.value;
    return true;
  }

  /** Exactly n bytes; null if the stream ended cleanly before the first of them. */
  async read(n: number): Promise<Buffer | null> {
    while (this.pending.length < n) {
      if (!(await this.fill())) {
        if (this.pending.length === 0) return null;
        throw new TarFormatError("the archive ends too soon");
      }
    }
    const bytes = this.pending.subarray(0, n);
    this.pending = this.pending.subarray(n);
    return bytes;
  }

  /** Hands the next n bytes to `take`, chunk by chunk. */
  async stream(n: number, take: (slice: Buffer) => Promise<void> | void): Promise<void> {
    let remaining = n;
    while (remaining > 0) {
      if (!this.pending.length && !(await this.fill()))
        throw new TarFormatError("the archive ends too soon");
      const slice = this.pending.subarray(0, Math.min(remaining, this.pending.length));
      this.pending = this.pending.subarray(slice.length);
      remaining -= slice.length;
      await take(slice);
    }
  }

  /** True if nothing but zero bytes is left. */
  async restIsZero(): Promise<boolean> {
    do {
      if (this.pending.some((byte) => byte !== 0)) return false;
      this.pending = Buffer.alloc(0);
    } while (await this.fill());
    return true;
  }
}

/** Where the bytes of one entry go, chunk by chunk, as `readTar` meets them. */
export type EntrySink = {
  write(chunk: Buffer): Promise<void> | void;
  /** Every byte has been given; resolves once they are all stored. */
  end(): Promise<void>;
  /** Reading stopped half-way. */
  abort(): void;
};

/**
 * Reads a tar stream entry by entry. `open` is called for each regular file and says where its
 * bytes go; each write is awaited, so a slow disk slows the reading rather than filling memory.
 * Anything but a regular file, or a broken header, throws TarFormatError.
 */
export async function readTar(
  source: AsyncIterable<Buffer>,
  open: (entry: TarEntry) => EntrySink | Promise<EntrySink>,
): Promise<void> {
  const reader = new ByteReader(source[Symbol.asyncIterator]());
  let pax: Record<string, string> = {};
  for (;;) {
    const head = await reader.read(block);
    if (!head) throw new TarFormatError("the archive ends too soon");
    if (head.every((byte) => byte === 0)) break;
    if (!checksumMatches(head)) throw new TarFormatError("a header's checksum is wrong");
    const type = head.toString("ascii", 156, 157);
    const size = pax.size ? Number(pax.size) : readOctal(head, 124, 12);
    if (!Number.isSafeInteger(size) || size < 0) throw new TarFormatError("a size is wrong");
    if (type === "x") {
      const records = await reader.read(size);
      await reader.read(padding(size).length);
      pax = parsePax(records?.toString("utf8") ?? "");
      continue;
    }
    if (type !== "0" && type !== "\0") throw new TarFormatError(`an entry of type "${type}"`);
    const prefix = head.toString("utf8", 345, 500).replace(/\0.*$/s, "");
    const name = head.toString("utf8", 0, 100).replace(/\0.*$/s, "");
    const entryPath = pax.path ?? (prefix ? `${prefix}/${name}` : name);
    pax = {};
    const sink = await open({ path: entryPath, size });
    try {
      await reader.stream(size, (slice) => sink.write(slice));
      await sink.end();
    } catch (error) {
      sink.abort();
      throw error;
    }
    if (size % block && !(await reader.read(padding(size).length)))
      throw new TarFormatError("the archive ends too soon");
  }
  if (!(await reader.restIsZero())) throw new TarFormatError("there is data after the end");
}
