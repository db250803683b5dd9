import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  languages,
  namespaces,
  staffOnlyNamespaces,
  type Audience,
  type LanguageCode,
} from "./languages";

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

function loaded(resources: Resources): Loaded {
  const json = JSON.stringify(resources);
  const version = createHash("sha256").update(json).digest("hex").slice(0, 12);
  return { resources, json, version };
}

/**
 * One language's strings, read from disk once per process: every namespace for the server and
 * for staff; without the staff-only namespaces for everyone else's browser.
 */
export function languageResources(code: LanguageCode, audience: Audience = "staff"): Loaded {
  const key = `${code} ${audience}`;
  let found = cache.get(key);
  if (!found || process.env.NODE_ENV === "development") {
    const all = audience === "staff" ? loadLanguage(code) : languageResources(code).resources;
    found = loaded(
      audience === "staff"
        ? all
        : Object.fromEntries(
            Object.entries(all).filter(([ns]) => !staffOnlyNamespaces.includes(ns as never)),
          ),
    );
    cache.set(key, found);
  }
  return found;
}

/** The address a browser fetches its strings from; the hash makes it cacheable for ever. */
export function localesUrl(code: LanguageCode, audience: Audience): string {
  const { version } = languageResources(code, audience);
  return `/locales/${code}.json?v=${version}${audience === "staff" ? "&for=staff" : ""}`;
}

export function allResources(): Record<string, Resources> {
  return Object.fromEntries(languages.map((l) => [l.code, languageResources(l.code).resources]));
}
