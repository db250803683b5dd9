import type { LoaderFunctionArgs } from "@remix-run/node";
import { isChildString } from "~/audio/child-strings.server";
import { computerVoiceClip, computerVoiceOn } from "~/audio/computer-voice.server";
import { recordingVersion } from "~/audio/read-aloud.server";
import { currentRecordings, readRecording } from "~/audio/recordings.server";
import { audioResponse } from "~/audio/respond.server";
import { isStringKey, speakableText } from "~/audio/strings.server";
import { notFound, optionalUser } from "~/auth/require-user.server";
import { isLanguageCode } from "~/i18n/languages";

/**
 * A string a child reads, spoken: `/audio/ti/consultation:worried.safeNow.text`. A person's current
 * recording if there is one; else the computer voice, where the language has one and the
 * signed-in person's council has not switched it off; else 404. Only strings children read are
 * spoken, and only from the server's own text: nobody can make it say anything else.
 * Recordings and computer voices are the same for everyone, so they may be cached.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const lng = params.lng ?? "";
  const key = params.key ?? "";
  if (!isLanguageCode(lng) || !isStringKey(key) || !isChildString(key)) throw notFound();
  const version = new URL(request.url).searchParams.get("v");
  const recording = currentRecordings(lng).get(key);
  if (recording) {
    const clip = readRecording(recording.id);
    if (clip)
      return audioResponse(
        clip,
        "recording",
        version === recordingVersion(recording.id)
          ? "public, max-age=31536000, immutable"
          : "public, max-age=300",
      );
  }
  const user = optionalUser(request);
  const text = speakableText(lng, key);
  if (!text || !computerVoiceOn(lng, user?.organisationId ?? null)) throw notFound();
  const clip = await computerVoiceClip(lng, text);
  return audioResponse(clip, "computer", "public, max-age=86400");
}
