import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { languages, namespaces, type LanguageCode } from "./languages";

export type Resources = Record<string, Record<string, unknown>>;

const localesDir = path.resolve(process.cwd(), "locales");

function loadLanguage(code: string): Resources {
  const out: Resources = {};
  for (const ns of namespaces) {
    out[ns] = JSON.parse(readFileSync(path.join(localesDir, code, `${ns}.json`), "utf8"));
  }
  return out;
}

type Loaded = { resources: Resources; json: string; version: string };
const cache = new Map<string, Loaded>();

/** Every namespace of one language, read from disk once per process. */
export function languageResources(code: LanguageCode): Loaded {
  let loaded = cache.get(code);
  if (!loaded || process.env.NODE_ENV === "development") {
    const resources = loadLanguage(code);
    const json = JSON.stringify(resources);
    const version = createHash("sha256").update(json).digest("hex").slice(0, 12);
    loaded = { resources, json, version };
    cache.set(code, loaded);
  }
  return loaded;
}

export function allResources(): Record<string, Resources> {
  return Object.fromEntries(languages.map((l) => [l.code, languageResources(l.code).resources]));
}
