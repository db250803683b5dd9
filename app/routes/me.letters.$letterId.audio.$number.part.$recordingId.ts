import type { LoaderFunctionArgs } from "@remix-run/node";
import { readLetterRecording } from "~/audio/letter-audio.server";
import { audioResponse } from "~/audio/respond.server";
import { notFound, requireUser } from "~/auth/require-user.server";
import { findOwnLetter } from "~/letters/reading.server";

/** The translator's recording of one part of the young person's own letter. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "young_person" });
  const number = Number(params.number);
  if (!Number.isInteger(number) || number < 1) throw notFound();
  const { letter } = findOwnLetter(user, params.letterId, number);
  const clip = readLetterRecording(letter.id, params.recordingId ?? "");
  if (!clip) throw notFound();
  return audioResponse(clip, "recording", "private, no-store");
}
