import { recordingsByLanguage } from "~/audio/recordings.server";
import { recordingCoverage } from "~/audio/studio.server";
import { defaultLanguage, languages, namespaces } from "~/i18n/languages";
import { defaultLocalesDir, languageFigures, readStrings } from "~/i18n/translation-status.server";

/**
 * For each translated language: its registry status and the real figures from each string's
 * recorded status (ADR 21): reviewed, machine-drafted, out of date, missing. A translated string
 * without a recorded status counts as machine-drafted: nobody has said it was reviewed.
 */
export function translationCoverage() {
  const recorded = recordingsByLanguage();
  return languages
    .filter((language) => language.code !== defaultLanguage)
    .map((language) => {
      const figures = languageFigures(language.code);
      const recordings = recordingCoverage(language.code, recorded.get(language.code) ?? new Map());
      return {
        code: language.code,
        englishName: language.englishName,
        ownName: language.ownName,
        dir: language.dir,
        status: language.status,
        total: figures.total,
        translated: figures.present,
        reviewed: figures.reviewed,
        machineDrafted: figures.machineDrafted + figures.unrecorded,
        outOfDate: figures.outOfDate,
        missing: figures.missing,
        recorded: recordings.recorded,
        speakable: recordings.total,
      };
    });
}

/** How many strings English, the source, has (each plural form counted). */
export function sourceStrings(): number {
  return namespaces.reduce(
    (sum, ns) => sum + readStrings(defaultLocalesDir, defaultLanguage, ns).size,
    0,
  );
}
