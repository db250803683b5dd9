/**
 * The languages registry: every language Own Voice ships, how it is written and how far its
 * translation has got. Adding a language starts here, then `locales/<code>/`.
 *
 * status: "source" for English (the language strings are written in), then
 * "machine-drafted" (drafted without a qualified translator: usable, not yet trusted),
 * "reviewed" (a qualified translator has read every string), "approved" (signed off for children).
 */
export const translationStatuses = ["source", "machine-drafted", "reviewed", "approved"] as const;
export type TranslationStatus = (typeof translationStatuses)[number];

export type Language = {
  code: string;
  englishName: string;
  ownName: string;
  dir: "ltr" | "rtl";
  /** ISO 15924 script code. */
  script: "Latn" | "Arab" | "Ethi";
  /** Self-hosted font loaded only on pages in this language; "system" loads none. */
  font: "system" | "noto-sans-arabic" | "noto-sans-ethiopic";
  /** Locale used for dates and numbers: Gregorian calendar, Latin digits (see STYLE.md). */
  formatLocale: string;
  status: TranslationStatus;
};

export const languages = [
  {
    code: "en",
    englishName: "English",
    ownName: "English",
    dir: "ltr",
    script: "Latn",
    font: "system",
    formatLocale: "en-GB-u-ca-gregory-nu-latn",
    status: "source",
  },
  {
    code: "ar",
    englishName: "Arabic",
    ownName: "العربية",
    dir: "rtl",
    script: "Arab",
    font: "noto-sans-arabic",
    formatLocale: "ar-u-ca-gregory-nu-latn",
    status: "machine-drafted",
  },
  {
    code: "ti",
    englishName: "Tigrinya",
    ownName: "ትግርኛ",
    dir: "ltr",
    script: "Ethi",
    font: "noto-sans-ethiopic",
    formatLocale: "ti-u-ca-gregory-nu-latn",
    status: "machine-drafted",
  },
  {
    code: "om",
    englishName: "Oromo",
    ownName: "Afaan Oromoo",
    dir: "ltr",
    script: "Latn",
    font: "system",
    formatLocale: "om-u-ca-gregory-nu-latn",
    status: "machine-drafted",
  },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof languages)[number]["code"];

export const defaultLanguage: LanguageCode = "en";

export const languageCodes = languages.map((l) => l.code) as [LanguageCode, ...LanguageCode[]];

/** Namespaces: one JSON file each under locales/<code>/. */
export const namespaces = [
  "common",
  "auth",
  "home",
  "consultation",
  "reviews",
  "forms",
  "letters",
  "admin",
  "staff",
  "people",
  "settings",
  "import",
  "audit",
  "about",
] as const;
export type Namespace = (typeof namespaces)[number];

/**
 * Namespaces only staff pages use (administration, import, the audit trail). They are left out of
 * the strings a browser downloads for anyone else, so a child's phone does not fetch them.
 */
export const staffOnlyNamespaces: readonly Namespace[] = ["admin", "people", "import", "audit"];

/** Who a browser's bundle of strings is for: staff get every namespace. */
export type Audience = "everyone" | "staff";

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === "string" && languages.some((l) => l.code === value);
}

export function getLanguage(code: string): Language {
  return languages.find((l) => l.code === code) ?? languages[0];
}
