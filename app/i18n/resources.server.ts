import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { flattenKeys } from "./keys";
import { englishFor, expectedKeys } from "./translation-status.server";
import {
  defaultLanguage,
  languages,
  namespaces,
  staffOnlyNamespaces,
  type Audience,
  type LanguageCode,
} from "./languages";

export type Resources = Record<string, Record<string, unknown>>;

const localesDir = path.resolve(process.cwd(), "locales");

/** A language's strings exactly as its files hold them (a missing file is an empty namespace). */
export function ownResources(code: string): Resources {
  const out: Resources = {};
  for (const ns of namespaces) {
    const file = path.join(localesDir, code, `${ns}.json`);
    let tree: Record<string, unknown> = {};
    try {
      tree = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    out[ns] = tree;
  }
  return out;
}

function leafAt(tree: unknown, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

/** A namespace's strings by dotted key. */
function leaves(tree: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of flattenKeys(tree)) {
    const value = leafAt(tree, key);
    if (typeof value === "string") out.set(key, value);
  }
  return out;
}

function setLeaf(tree: Record<string, unknown>, key: string, value: string) {
  const parts = key.split(".");
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== "object" || node[part] === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
}

/**
 * A child is never shown English in place of their language without knowing (issue 15): each
 * string the language lacks is filled from English, marked "[English] …" in the language's own
 * word, and counted, so the page can say that some words are in English. Plurals are filled in the
 * language's own forms. English itself, and a complete language, come back unchanged.
 */
export function withEnglishFallback(
  code: string,
  own: Resources,
  english: Resources,
): { resources: Resources; inEnglish: string[] } {
  if (code === defaultLanguage) return { resources: own, inEnglish: [] };
  const englishTag = leafAt(english.common, "inEnglish.tag");
  const ownTag = leafAt(own.common, "inEnglish.tag");
  const tag = typeof ownTag === "string" ? ownTag : String(englishTag ?? "English");
  const resources: Resources = structuredClone(own);
  const inEnglish: string[] = [];
  for (const ns of Object.keys(english)) {
    const tree = (resources[ns] ??= {});
    const source = leaves(english[ns]);
    // The keys the language needs: English's, each plural in the language's own forms.
    for (const key of expectedKeys(source, code)) {
      if (typeof leafAt(tree, key) === "string") continue;
      setLeaf(tree, key, `[${tag}] ${englishFor(source, key) ?? ""}`);
      inEnglish.push(`${ns}:${key}`);
    }
  }
  return { resources, inEnglish };
}

type Loaded = { resources: Resources; json: string; version: string; inEnglish: string[] };
const cache = new Map<string, Loaded>();

function loaded(resources: Resources, inEnglish: string[]): Loaded {
  const json = JSON.stringify(resources);
  const version = createHash("sha256").update(json).digest("hex").slice(0, 12);
  return { resources, json, version, inEnglish };
}

function loadLanguage(code: string): { resources: Resources; inEnglish: string[] } {
  return withEnglishFallback(code, ownResources(code), ownResources(defaultLanguage));
}

/**
 * One language's strings, read from disk once per process: every namespace for the server and
 * for staff; without the staff-only namespaces for everyone else's browser.
 */
export function languageResources(code: LanguageCode, audience: Audience = "staff"): Loaded {
  const key = `${code} ${audience}`;
  let found = cache.get(key);
  if (!found || process.env.NODE_ENV === "development") {
    if (audience === "staff") {
      const all = loadLanguage(code);
      found = loaded(all.resources, all.inEnglish);
    } else {
      const all = languageResources(code);
      const forEveryone = (ns: string) => !staffOnlyNamespaces.includes(ns as never);
      found = loaded(
        Object.fromEntries(Object.entries(all.resources).filter(([ns]) => forEveryone(ns))),
        all.inEnglish.filter((key) => forEveryone(key.split(":")[0]!)),
      );
    }
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
