import type { LoaderFunctionArgs } from "@remix-run/node";
import { computerVoiceClip, computerVoiceOn } from "~/audio/computer-voice.server";
import { audioResponse } from "~/audio/respond.server";
import { notFound, requireUser } from "~/auth/require-user.server";
import { findOwnLetter } from "~/letters/reading.server";
import { sectionWords } from "~/letters/render";
import { renderLetter } from "~/letters/render.server";

/**
 * One section of the young person's own letter read by the computer voice, in the letter's
 * language (`?in=en`: the English). Generated once and cached like every computer voice.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "young_person" });
  const number = Number(params.number);
  if (!Number.isInteger(number) || number < 1) throw notFound();
  const { version } = findOwnLetter(user, params.letterId, number);
  const inEnglish = new URL(request.url).searchParams.get("in") === "en";
  const lng = inEnglish ? "en" : version.language;
  if (!computerVoiceOn(lng, user.organisationId)) throw notFound();
  const section = renderLetter(version, lng).sections.find((s) => s.id === params.sectionId);
  if (!section) throw notFound();
  const clip = await computerVoiceClip(lng, sectionWords(section));
  return audioResponse(clip, "computer", "private, no-store");
}
