import type { LoaderFunctionArgs } from "@remix-run/node";
import { readRecording } from "~/audio/recordings.server";
import { audioResponse } from "~/audio/respond.server";
import { notFound, requireUser } from "~/auth/require-user.server";

/** Any recording, current or out of date, for the translator listening in the studio. */
export function loader({ request, params }: LoaderFunctionArgs) {
  requireUser(request, { role: "translator" });
  const clip = readRecording(params.recordingId ?? "");
  if (!clip) throw notFound();
  return audioResponse(clip, "recording", "private, no-store");
}
