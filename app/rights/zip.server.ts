import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { zipSync, strToU8, type Zippable } from "fflate";
import { dataDirectory } from "~/env.server";
import { isLanguageCode, type LanguageCode } from "~/i18n/languages";
import type { MyThings } from "./collect.server";
import { myThingsJson } from "./data-json.server";
import { myThingsHtml } from "./pdf-html.server";
import { voiceNoteFile } from "./words.server";

/*
 * The zip a young person (or an administrator, for subject access) takes away:
 *   my-things-<language>.pdf  readable, in the child's language
 *   my-things-en.pdf          the same in English (when the child's language is not English)
 *   my-things.json            the data (docs/my-things-format.md)
 *   voice-notes/...           each voice message as it was recorded
 *   audit.csv, audit.json     subject access only: who opened the child's records
 * PDFs and recordings are already compressed, so they are stored, not deflated again.
 */

export type ZipExtras = Record<string, Uint8Array>;

/** The languages of the readable copy: the child's, then English. */
export function copyLanguages(things: MyThings): LanguageCode[] {
  const own = things.youngPerson.preferredLanguage;
  return isLanguageCode(own) && own !== "en" ? [own, "en"] : ["en"];
}

export async function buildMyThingsZip(
  things: MyThings,
  extras: ZipExtras = {},
): Promise<Uint8Array> {
  const { htmlToPdf } = await import("~/letters/pdf.server");
  const languages = copyLanguages(things);
  const pdfs = await Promise.all(languages.map((lng) => htmlToPdf(myThingsHtml(things, lng))));
  const files: Zippable = {};
  languages.forEach((lng, i) => {
    files[`my-things-${lng}.pdf`] = [new Uint8Array(pdfs[i]!), { level: 0 }];
  });
  files["my-things.json"] = strToU8(JSON.stringify(myThingsJson(things), null, 2));
  const dir = path.join(dataDirectory(), "voice-notes");
  things.statements.forEach((s, i) => {
    // Only the recording each answer holds: one replaced by a later recording is not the answer.
    const kept = new Set(
      Object.values(s.answers).map((a) => (a as { voiceNoteId?: string } | null)?.voiceNoteId),
    );
    for (const note of s.voiceNotes) {
      if (note.erasedAt || !kept.has(note.id)) continue;
      const file = path.join(dir, note.id);
      if (!existsSync(file)) continue;
      files[voiceNoteFile(i + 1, note.questionId, note.mimeType)] = [
        new Uint8Array(readFileSync(file)),
        { level: 0 },
      ];
    }
  });
  for (const [name, bytes] of Object.entries(extras)) files[name] = bytes;
  return zipSync(files, { level: 6 });
}
