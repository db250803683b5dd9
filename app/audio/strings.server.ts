import { defaultLanguage, namespaces, type Namespace } from "~/i18n/languages";
import { englishHash, stringsByKey } from "~/i18n/translation-status.server";

/*
 * The text a recording or the computer voice speaks: a string's own translation ("ns:key"), never
 * the English filled in where a translation is missing, and never a string with a {{placeholder}}
 * (a name or date differs for every child, so it cannot be recorded once).
 */

const cache = new Map<string, Map<string, string>>();

/** Every string of a language as its files hold them, by "ns:key"; read once per process. */
export function ownStrings(lng: string): Map<string, string> {
  let found = cache.get(lng);
  if (!found || process.env.NODE_ENV === "development") {
    found = stringsByKey(lng);
    cache.set(lng, found);
  }
  return found;
}

/** "ns:key" with a known namespace and a key of letters, digits, dots, dashes and underscores. */
export function isStringKey(value: string): value is `${Namespace}:${string}` {
  const [ns, key] = value.split(":");
  return (
    value.split(":").length === 2 &&
    namespaces.includes(ns as Namespace) &&
    /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(key ?? "")
  );
}

/** The translation a voice may speak for a key, or null (missing, or it has a placeholder). */
export function speakableText(lng: string, stringKey: string): string | null {
  const strings = ownStrings(lng);
  const text = strings.get(stringKey);
  if (text === undefined || /\{\{/.test(text)) return null;
  // A button named through nesting, "$t(consultation:ui.skip)", is read as the button says.
  let missing = false;
  const resolved = text.replace(/\$t\(([^)]+)\)/g, (_, ref: string) => {
    const inner = strings.get(ref.trim());
    if (inner === undefined || /\{\{|\$t\(/.test(inner)) missing = true;
    return inner ?? "";
  });
  return missing ? null : resolved;
}

/** Today's hashes of a key's English and of its translation: what a recording is tied to. */
export function hashesOf(
  lng: string,
  stringKey: string,
): { englishHash: string; textHash: string } | null {
  const id = `${lng} ${stringKey}`;
  if (!hashCache.has(id) || process.env.NODE_ENV === "development") {
    const english = ownStrings(defaultLanguage).get(stringKey);
    const text = speakableText(lng, stringKey);
    hashCache.set(
      id,
      english === undefined || text === null
        ? null
        : { englishHash: englishHash(english), textHash: englishHash(text) },
    );
  }
  return hashCache.get(id)!;
}
// The strings are read once per process, so their hashes are too.
const hashCache = new Map<string, { englishHash: string; textHash: string } | null>();
