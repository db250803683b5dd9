/*
 * Which voice reads a piece of text to a child (issue 15), in order:
 * 1. a person's recording of exactly this text (its hashes match today's strings);
 * 2. the computer voice, generated on the server, where the language has one and the council has
 *    not switched it off;
 * 3. the browser's own voice for the language;
 * 4. none: "No audio in this language yet", honestly.
 * A piece made of several strings (a page of "What is my review?") is played from the server only
 * when every string has a recording or a computer voice; otherwise the browser reads it whole.
 * Pure: the server decides 1 and 2, the browser adds 3.
 */

export type ServerAudio = { kind: "recording" | "computer"; urls: string[] };

export type Voice = ServerAudio | { kind: "browser" } | { kind: "none" };

/** Each string's server audio: its recording's address, or the computer voice's, or neither. */
export type StringAudio = { recording: string | null; computer: string | null };

export function serverAudio(strings: StringAudio[]): ServerAudio | null {
  if (!strings.length) return null;
  const urls: string[] = [];
  let computer = false;
  for (const s of strings) {
    const url = s.recording ?? s.computer;
    if (!url) return null;
    if (!s.recording) computer = true;
    urls.push(url);
  }
  return { kind: computer ? "computer" : "recording", urls };
}

export function chooseVoice(server: ServerAudio | null, browserHasVoice: boolean): Voice {
  if (server) return server;
  if (browserHasVoice) return { kind: "browser" };
  return { kind: "none" };
}

/** The address of a string's audio: the version makes a recording's address cacheable for ever. */
export function stringAudioUrl(lng: string, stringKey: string, version: string): string {
  return `/audio/${encodeURIComponent(lng)}/${encodeURIComponent(stringKey)}?v=${encodeURIComponent(version)}`;
}
