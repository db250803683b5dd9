import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { organisations } from "#db/schema";
import { dataDirectory } from "~/env.server";
import { getLanguage, isLanguageCode } from "~/i18n/languages";
import { writeClipFile } from "./clip-files.server";
import { normaliseSpeech } from "./normalise.server";
import { hasProgram, runWithInput } from "./programs.server";

/*
 * The computer voice: eSpeak NG speaking a language it has a voice for (the registry's
 * `computerVoice`), generated on the server the first time a text is asked for and kept under
 * <data>/audio/computer/, so the second child to press "Listen" is served a file. An organisation
 * can switch a language's computer voice off (settings); without eSpeak NG there is none at all.
 */

/** The longest text the computer voice reads in one go (a letter section is well under this). */
const maxSpokenCharacters = 4000;

/** Does eSpeak NG have a voice for this language, and is the program installed? */
export function computerVoiceExists(lng: string): boolean {
  return isLanguageCode(lng) && getLanguage(lng).computerVoice !== null && hasProgram("espeak-ng");
}

/** The languages an organisation has switched the computer voice off for. */
export function computerVoiceOff(organisationId: string | null): string[] {
  if (!organisationId) return [];
  const row = getDb()
    .select({ off: organisations.computerVoiceOff })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
  return row?.off ?? [];
}

/** May children of this organisation (or a visitor not signed in: null) hear the computer voice? */
export function computerVoiceOn(lng: string, organisationId: string | null): boolean {
  return computerVoiceExists(lng) && !computerVoiceOff(organisationId).includes(lng);
}

export type Clip = { bytes: Uint8Array<ArrayBuffer>; mimeType: string };

const inFlight = new Map<string, Promise<Clip>>();

function cacheDir(lng: string) {
  return path.join(dataDirectory(), "audio", "computer", lng);
}

/**
 * The computer voice reading `text` in `lng`: from the cache, or generated now (once, however many
 * ask at the same moment). The caller has checked `computerVoiceOn`.
 */
export function computerVoiceClip(lng: string, text: string): Promise<Clip> {
  const voice = getLanguage(lng).computerVoice;
  if (!voice || !isLanguageCode(lng)) return Promise.reject(new Error(`no computer voice: ${lng}`));
  const spoken = text.slice(0, maxSpokenCharacters);
  const name = createHash("sha256")
    .update(`${voice}\n${spoken}`, "utf8")
    .digest("hex")
    .slice(0, 32);
  for (const [ext, mimeType] of [
    ["ogg", "audio/ogg"],
    ["wav", "audio/wav"],
  ] as const) {
    const file = path.join(cacheDir(lng), `${name}.${ext}`);
    if (existsSync(file) && statSync(file).size > 0)
      return Promise.resolve({ bytes: readFileSync(file), mimeType });
  }
  const key = `${lng}/${name}`;
  let pending = inFlight.get(key);
  if (!pending) {
    pending = generate(voice, spoken, lng, name).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}

async function generate(voice: string, text: string, lng: string, name: string): Promise<Clip> {
  // -s 140: a little slower than eSpeak's 175 words a minute, for children reading along.
  const wav = await runWithInput("espeak-ng", ["-v", voice, "-s", "140", "--stdout"], text);
  const speech = await normaliseSpeech(new Uint8Array(wav), "audio/wav");
  const bytes = Buffer.from(speech.bytes);
  // Written aside and renamed: a reader never sees half a file, even if the server dies here.
  writeClipFile(path.join(cacheDir(lng), `${name}.${speech.normalised ? "ogg" : "wav"}`), bytes);
  return { bytes, mimeType: speech.mimeType };
}
