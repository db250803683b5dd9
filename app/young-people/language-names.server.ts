import { serviceAreas } from "#db/schema";
import { fixedT } from "~/i18n/i18n.server";
import type { LanguageCode } from "~/i18n/languages";
import { legalStatuses, recordLanguageCodes } from "./record-schema";

/** Codes the platform's language data (ICU) has no name for: named by our own translations. */
const namedByUs = new Set(["bsl"]);

/**
 * The languages a record may name, each with its name in the administrator's language and its
 * code ("Tigrinya (ti)"), in alphabetical order. Names come from Intl.DisplayNames on the server
 * (Node ships full ICU data); where ICU lacks a name in that language, English; a few codes ICU
 * does not know at all (British Sign Language) from the "people" translations.
 */
export function recordLanguageOptions(lng: LanguageCode) {
  const own = new Intl.DisplayNames([lng], { type: "language", fallback: "none" });
  const english = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
  const t = fixedT(lng, "people");
  const collator = new Intl.Collator(lng);
  return recordLanguageCodes
    .map((code) => {
      const name = namedByUs.has(code)
        ? t(`languageNames.${code}`)
        : (own.of(code) ?? english.of(code) ?? code);
      return { value: code, label: `${name} (${code})` };
    })
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** One language's name, as on the list. */
export function recordLanguageName(code: string, lng: LanguageCode) {
  return recordLanguageOptions(lng).find((o) => o.value === code)?.label ?? code;
}

/** What the record form offers, in the administrator's language (the lists stay on the server). */
export function recordFormOptions(lng: LanguageCode) {
  return { languages: recordLanguageOptions(lng), serviceAreas, legalStatuses };
}
