import { fixedT } from "~/i18n/i18n.server";
import { isLanguageCode } from "~/i18n/languages";
import { composeLetter, type LetterContent } from "./render";

/** A version as its reader sees it in `lng` (English when the language is not one we ship). */
export function renderLetter(version: LetterContent, lng: string) {
  const language = isLanguageCode(lng) ? lng : "en";
  return composeLetter(version, language, fixedT(language, "letters"));
}
