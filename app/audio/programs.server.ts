import { spawn, spawnSync } from "node:child_process";

/*
 * The two Debian programs audio uses, each optional: eSpeak NG (`espeak-ng`) speaks a language's
 * computer voice; FFmpeg (`ffmpeg`) evens out a recording's loudness, trims its silences and writes
 * Ogg Opus. Without eSpeak NG there is no computer voice; without FFmpeg recordings are kept as
 * recorded and computer voices as WAV. The README says how to add them.
 */

const found = new Map<string, boolean>();

/** Whether a program answers `--version` (asked once per process). */
export function hasProgram(name: "espeak-ng" | "ffmpeg"): boolean {
  let answer = found.get(name);
  if (answer === undefined) {
    const flag = name === "ffmpeg" ? "-version" : "--version";
    const result = spawnSync(name, [flag], { stdio: "ignore", timeout: 5000 });
    answer = !result.error && result.status === 0;
    found.set(name, answer);
  }
  return answer;
}

/**
 * Runs a program with bytes on its standard input, giving back its standard output. Fails on a
 * non-zero exit, or after `timeoutMs` (the process is killed).
 */
export function runWithInput(
  command: string,
  args: string[],
  input: Uint8Array | string,
  timeoutMs = 30_000,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(out));
      else
        reject(
          new Error(
            `${command} failed (${signal ?? `exit ${code}`}): ${Buffer.concat(err).toString("utf8").slice(0, 500)}`,
          ),
        );
    });
    // A program that exits early (a bad file) closes its input: that is its answer, not ours.
    child.stdin.on("error", () => {});
    child.stdin.end(input);
  });
}
