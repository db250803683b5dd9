import { useRouteLoaderData } from "@remix-run/react";
import type { Role } from "#db/schema";
import type { Language, LanguageCode } from "~/i18n/languages";

/**
 * What the root loader gives every page: the page's language, the visitor's CSRF token and who is
 * signed in. Its own module, so components (CsrfInput, the language picker) read it without
 * importing root.tsx, which imports them.
 */
export type RootData = {
  lang: LanguageCode;
  dir: Language["dir"];
  font: Language["font"];
  localesUrl: string;
  csrfToken: string;
  user: { displayName: string; role: Role; home: string; together: boolean } | null;
  /** The invented demo organisation: a slim banner on every page says so. */
  isDemo: boolean;
  /** Some strings of this language are missing, so shown in English and marked (issue 15). */
  inEnglish: boolean;
  /**
   * Read aloud, for pages children see (null for staff): the current recordings of the page's
   * language ("ns:key" → recording id) and whether the computer voice may read the rest.
   */
  audio: {
    lang: LanguageCode;
    recorded: Record<string, string>;
    computer: boolean;
    /** How a string filled from English begins ("[English]"): the computer voice skips it. */
    inEnglishTag: string;
  } | null;
};

export function useRootData(): RootData | undefined {
  // The loader's JSON is exactly this shape (strings, booleans and null only).
  return useRouteLoaderData("root") as RootData | undefined;
}
