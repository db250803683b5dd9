import type { LoaderFunctionArgs } from "@remix-run/node";
import { readLetterRecording } from "~/audio/letter-audio.server";
import { audioResponse } from "~/audio/respond.server";
import { notFound, requireUser } from "~/auth/require-user.server";
import { letterForTranslator } from "~/letters/translation.server";

/** The translator listening back to their recording of a part of a letter still being translated. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "translator" });
  const { letter } = letterForTranslator(user, params.letterId);
  const clip = readLetterRecording(letter.id, params.recordingId ?? "");
  if (!clip) throw notFound();
  return audioResponse(clip, "recording", "private, no-store");
}
