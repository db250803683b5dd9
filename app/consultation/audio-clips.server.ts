import { existsSync } from "node:fs";
import path from "node:path";

const audioDir = path.resolve(process.cwd(), "public/audio");
const extensions = ["mp3", "m4a", "ogg"];

/** The URL of a recorded clip for a string in a language, if one has been recorded. */
export function audioClipUrl(lang: string, key: string): string | null {
  const safeKey = key.replace(/[^A-Za-z0-9._-]/g, "_");
  for (const ext of extensions) {
    if (existsSync(path.join(audioDir, lang, `${safeKey}.${ext}`)))
      return `/audio/${lang}/${safeKey}.${ext}`;
  }
  return null;
}
