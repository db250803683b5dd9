import { useEffect } from "react";

/** The strings bundle this browser page was hydrated with (see entry.client.tsx). */
let hydratedWith: string | undefined;

/**
 * The browser holds one bundle of strings, fetched when the page first loaded. When a navigation
 * changes which bundle the page needs (signing in as staff, signing out, a language saved on the
 * account), load the page afresh, so every word comes from the right bundle. Forms that sign in or
 * out load a whole new document anyway; this catches any other way.
 */
export function useFreshStrings(localesUrl: string | undefined) {
  useEffect(() => {
    if (!localesUrl) return;
    hydratedWith ??= localesUrl;
    if (localesUrl !== hydratedWith) window.location.reload();
  }, [localesUrl]);
}
