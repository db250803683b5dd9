import { defaultLanguage, languages } from "~/i18n/languages";
import { keySet } from "~/i18n/keys";
import { languageResources } from "~/i18n/resources.server";

/** For each language: its registry status, and how many of English's strings it has. */
export function translationCoverage() {
  const english = keySet(languageResources(defaultLanguage).resources);
  return languages.map((language) => {
    const keys = keySet(languageResources(language.code).resources);
    const missing = [...english].filter((k) => !keys.has(k));
    return {
      code: language.code,
      englishName: language.englishName,
      ownName: language.ownName,
      dir: language.dir,
      status: language.status,
      total: english.size,
      translated: english.size - missing.length,
      missing: missing.slice(0, 20),
    };
  });
}
