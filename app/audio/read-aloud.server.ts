import type { RootData } from "~/root-data";
import { isLanguageCode } from "~/i18n/languages";
import { computerVoiceOn } from "./computer-voice.server";
import { currentRecordings } from "./recordings.server";
import { ownStrings } from "./strings.server";

/** A recording's short version for its address: a new recording has a new address. */
export function recordingVersion(id: string): string {
  return id.slice(0, 8);
}

/** What every child-facing page needs to offer read aloud (see RootData.audio). */
export function readAloudData(lng: string, organisationId: string | null): RootData["audio"] {
  if (!isLanguageCode(lng)) return null;
  const recorded: Record<string, string> = {};
  for (const [key, recording] of currentRecordings(lng))
    recorded[key] = recordingVersion(recording.id);
  const tag = ownStrings(lng).get("common:inEnglish.tag") ?? "English";
  return {
    lang: lng,
    recorded,
    computer: computerVoiceOn(lng, organisationId),
    inEnglishTag: `[${tag}]`,
  };
}
