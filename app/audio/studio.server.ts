import { json, redirect } from "@remix-run/node";
import { z } from "zod";
import { verifyCsrf } from "~/auth/csrf.server";
import type { SignedIn } from "~/auth/require-user.server";
import { formatDate, formatNumber } from "~/i18n/format";
import { defaultLanguage, getLanguage, isLanguageCode, languages } from "~/i18n/languages";
import { whereItAppears } from "~/i18n/string-context";
import { childStringKeys, childStringSet, isChildString } from "./child-strings.server";
import { clipErrorKeys } from "./clip-files.server";
import { allRecordings, recordingState, removeRecording, saveRecording } from "./recordings.server";
import { isStringKey, ownStrings, speakableText } from "./strings.server";

/*
 * The recording studio (issue 15): a translator picks a language and sees every string children
 * read that lacks a current recording, most-met first; records it in the browser (or chooses a
 * sound file), listens, records again, saves.
 */

export const studioPageSize = 20;

export const studioLanguages = languages.filter((l) => l.code !== defaultLanguage);

/** How many child-facing strings a language has a current recording of, of how many. */
export function recordingCoverage(
  lng: string,
  recordings = allRecordings(lng),
): { recorded: number; total: number } {
  const keys = [...childStringSet()].filter((key) => speakableText(lng, key) !== null);
  const recorded = keys.filter((key) => {
    const r = recordings.get(key);
    return r && recordingState(r) === "current";
  }).length;
  return { recorded, total: keys.length };
}

export function studioPage(request: Request, lng: string) {
  const url = new URL(request.url);
  // "language", never "lng": `?lng=` switches the language the page itself is shown in.
  const asked = url.searchParams.get("language");
  const code = asked && isLanguageCode(asked) && asked !== defaultLanguage ? asked : null;
  const which = url.searchParams.get("which") === "all" ? "all" : "needed";
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 100);
  const page = Math.max(1, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1);
  const base = {
    languages: studioLanguages.map((l) => ({
      code: l.code,
      name: `${l.englishName} (${l.ownName})`,
    })),
    chosen: code,
    which,
    q,
    saved: url.searchParams.get("saved"),
    removed: url.searchParams.get("removed"),
  };
  if (!code) return json({ ...base, coverage: null, items: [], page, pages: 0 });
  const language = getLanguage(code);
  const recordings = allRecordings(code);
  const all = childStringKeys()
    .map((key) => {
      const text = speakableText(code, key);
      if (text === null) return null;
      const recording = recordings.get(key);
      const state = recording ? recordingState(recording) : "missing";
      return { key, text, recording, state };
    })
    .filter((item) => item !== null);
  const needle = q.toLocaleLowerCase();
  const english = ownStrings(defaultLanguage);
  const shown = all.filter(
    (item) =>
      (which === "all" || item.state !== "current") &&
      (!needle ||
        item.text.toLocaleLowerCase().includes(needle) ||
        (english.get(item.key) ?? "").toLocaleLowerCase().includes(needle)),
  );
  const pages = Math.max(1, Math.ceil(shown.length / studioPageSize));
  const slice = shown.slice((page - 1) * studioPageSize, page * studioPageSize);
  const recorded = all.filter((item) => item.state === "current").length;
  return json({
    ...base,
    language: { code, englishName: language.englishName, dir: language.dir },
    coverage: {
      recorded: formatNumber(recorded, lng),
      total: formatNumber(all.length, lng),
      allDone: recorded === all.length,
    },
    page,
    pages,
    firstNumber: (page - 1) * studioPageSize + 1,
    items: slice.map(({ key, text, recording, state }) => {
      const [ns = "", path = ""] = key.split(":");
      return {
        key,
        text,
        english: english.get(key) ?? "",
        where: whereItAppears(ns, path, (k) => english.get(`${ns}:${k}`)),
        state,
        recording: recording
          ? {
              id: recording.id,
              by: recording.recordedByName,
              on: formatDate(recording.recordedAt, lng),
            }
          : null,
      };
    }),
  });
}

/** Where the translator was in the list (posted back, so a save returns them there). */
const listPlace = {
  which: z.enum(["needed", "all"]).catch("needed"),
  q: z.string().max(100).catch(""),
  page: z.coerce.number().int().min(1).catch(1),
};

const studioPost = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("save"),
    language: z.string(),
    key: z.string(),
    clip: z.unknown(),
    ...listPlace,
  }),
  z.object({ intent: z.literal("remove"), language: z.string(), key: z.string(), ...listPlace }),
]);

export async function studioAction(request: Request, user: SignedIn) {
  const formData = await request.formData();
  verifyCsrf(request, formData);
  const parsed = studioPost.safeParse(Object.fromEntries(formData));
  if (!parsed.success) throw new Response("Bad request", { status: 400 });
  const { language: lng, key } = parsed.data;
  if (!isLanguageCode(lng) || lng === defaultLanguage || !isStringKey(key) || !isChildString(key))
    return json({ key, error: "staff:studio.notText" }, { status: 400 });
  const back = new URL(request.url);
  back.search = "";
  back.searchParams.set("language", lng);
  back.searchParams.set("which", parsed.data.which);
  if (parsed.data.q) back.searchParams.set("q", parsed.data.q);
  if (parsed.data.page > 1) back.searchParams.set("page", String(parsed.data.page));
  if (parsed.data.intent === "remove") {
    removeRecording(lng, key);
    back.searchParams.set("removed", key);
    return redirect(`${back.pathname}${back.search}`);
  }
  const clip = parsed.data.clip;
  const bytes =
    clip instanceof File && clip.size > 0
      ? new Uint8Array(await clip.arrayBuffer())
      : new Uint8Array();
  const result = await saveRecording({
    lng,
    stringKey: key,
    bytes,
    by: { id: user.id, name: user.displayName },
  });
  if (!result.ok) return json({ key, error: clipErrorKeys[result.error] }, { status: 400 });
  back.searchParams.set("saved", key);
  return redirect(`${back.pathname}${back.search}`);
}
