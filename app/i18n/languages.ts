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
  /**
   * Locale used for dates and numbers, with the calendar and digits always stated (see ADR 22):
   * Gregorian, because review dates are set by English law, and Latin digits, the digits of the
   * help numbers and of a phone's keypad. `fa`, `ps` and `prs` would otherwise get the Persian
   * calendar and Persian digits from Intl.
   */
  formatLocale: string;
  /**
   * The eSpeak NG voice for the computer voice, where eSpeak NG has one for this language
   * (none for Tigrinya, Somali, Pashto, Dari or Sorani); null where it has none.
   */
  computerVoice: string | null;
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
    computerVoice: "en-gb",
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
    computerVoice: "ar",
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
    computerVoice: null,
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
    computerVoice: "om",
    status: "machine-drafted",
  },
  {
    code: "am",
    englishName: "Amharic",
    ownName: "አማርኛ",
    dir: "ltr",
    script: "Ethi",
    font: "noto-sans-ethiopic",
    formatLocale: "am-u-ca-gregory-nu-latn",
    computerVoice: "am",
    status: "machine-drafted",
  },
  {
    code: "so",
    englishName: "Somali",
    ownName: "Soomaali",
    dir: "ltr",
    script: "Latn",
    font: "system",
    formatLocale: "so-u-ca-gregory-nu-latn",
    computerVoice: null,
    status: "machine-drafted",
  },
  {
    code: "ps",
    englishName: "Pashto",
    ownName: "پښتو",
    dir: "rtl",
    script: "Arab",
    font: "noto-sans-arabic",
    formatLocale: "ps-u-ca-gregory-nu-latn",
    computerVoice: null,
    status: "machine-drafted",
  },
  {
    code: "prs",
    englishName: "Dari",
    ownName: "دری",
    dir: "rtl",
    script: "Arab",
    font: "noto-sans-arabic",
    formatLocale: "fa-AF-u-ca-gregory-nu-latn",
    computerVoice: null,
    status: "machine-drafted",
  },
  {
    code: "ckb",
    englishName: "Kurdish (Sorani)",
    ownName: "کوردی",
    dir: "rtl",
    script: "Arab",
    font: "noto-sans-arabic",
    formatLocale: "ckb-u-ca-gregory-nu-latn",
    computerVoice: null,
    status: "machine-drafted",
  },
  {
    code: "fa",
    englishName: "Farsi",
    ownName: "فارسی",
    dir: "rtl",
    script: "Arab",
    font: "noto-sans-arabic",
    formatLocale: "fa-u-ca-gregory-nu-latn",
    computerVoice: "fa",
    status: "machine-drafted",
  },
  {
    code: "vi",
    englishName: "Vietnamese",
    ownName: "Tiếng Việt",
    dir: "ltr",
    script: "Latn",
    font: "system",
    formatLocale: "vi-u-ca-gregory-nu-latn",
    computerVoice: "vi",
    status: "machine-drafted",
  },
  {
    code: "sq",
    englishName: "Albanian",
    ownName: "Shqip",
    dir: "ltr",
    script: "Latn",
    font: "system",
    formatLocale: "sq-u-ca-gregory-nu-latn",
    computerVoice: "sq",
    status: "machine-drafted",
  },
  {
    code: "fr",
    englishName: "French",
    ownName: "Français",
    dir: "ltr",
    script: "Latn",
    font: "system",
    formatLocale: "fr-u-ca-gregory-nu-latn",
    computerVoice: "fr",
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
  "reports",
  "records",
  "mythings",
  "retention",
  // Between reviews (issue 18).
  "actions",
  "midway",
  "monitoring",
  "escalations",
] as const;
export type Namespace = (typeof namespaces)[number];

/**
 * Namespaces only staff pages use (administration, import, the audit trail). They are left out of
 * the strings a browser downloads for anyone else, so a child's phone does not fetch them.
 */
export const staffOnlyNamespaces: readonly Namespace[] = [
  "admin",
  "people",
  "import",
  "audit",
  "reports",
  "records",
  "retention",
  "actions",
  "midway",
  "monitoring",
  "escalations",
];

/** Who a browser's bundle of strings is for: staff get every namespace. */
export type Audience = "everyone" | "staff";

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === "string" && languages.some((l) => l.code === value);
}

export function getLanguage(code: string): Language {
  return languages.find((l) => l.code === code) ?? languages[0];
}
