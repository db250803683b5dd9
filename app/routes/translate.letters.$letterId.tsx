import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { clipErrorKeys } from "~/audio/clip-files.server";
import {
  recordingIsCurrent,
  recordingsOfLetter,
  saveLetterRecording,
} from "~/audio/letter-audio.server";
import { verifyCsrf } from "~/auth/csrf.server";
import { requireUser, type SignedIn } from "~/auth/require-user.server";
import { VoiceNoteField } from "~/consultation/ui/VoiceNoteField";
import { formErrors, readForm } from "~/http/forms.server";
import { freeText, textLimits } from "~/http/text";
import { getLanguage } from "~/i18n/languages";
import {
  letterForTranslator,
  openLetterForTranslator,
  saveTranslation,
} from "~/letters/translation.server";
import { translatableKeys } from "~/letters/sections";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { ErrorMessage, TextArea } from "~/ui/Field";
import { Notice } from "~/ui/Notice";

export const handle: RouteHandle = { titleKey: "letters:translate.queue" };

/** The translator writes the child's language beside the IRO's English, part by part. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "translator" });
  const { letter } = openLetterForTranslator(request, user, params.letterId);
  const language = getLanguage(letter.language);
  const recordings = recordingsOfLetter(letter.id);
  // Only what translating needs: the language and the English parts (no name, no review).
  return json({
    letterId: letter.id,
    language: { code: language.code, dir: language.dir, englishName: language.englishName },
    parts: translatableKeys(letter.fields).map((key) => ({
      key,
      english: letter.fields[key]!,
      translation: letter.translation[key] ?? "",
      recording: recordings.has(key)
        ? {
            id: recordings.get(key)!.id,
            current: recordingIsCurrent(recordings.get(key), letter.translation[key]),
          }
        : null,
    })),
    recorded: new URL(request.url).searchParams.get("recorded"),
  });
}

/** One translated part: only its end is trimmed, like the English it sits beside. */
const translatedPart = freeText(textLimits.letterPart, { trim: "end" }).default("");

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "translator" });
  if (request.headers.get("Content-Type")?.startsWith("multipart/form-data"))
    return recordPart(request, user, params.letterId);
  const { letter } = letterForTranslator(user, params.letterId);
  const keys = translatableKeys(letter.fields);
  const schema = z.object({
    intent: z.enum(["save", "done"]),
    ...Object.fromEntries(keys.map((key) => [key, translatedPart])),
  });
  const form = await readForm(request, schema);
  if (!form.ok) return formErrors({ errors: form.errors, values: form.values });
  const parsed = form.data as Record<string, string>;
  const translation = Object.fromEntries(
    keys.filter((key) => parsed[key]).map((key) => [key, parsed[key]!]),
  );
  const saved = saveTranslation(request, user, letter.id, translation, form.data.intent === "done");
  if (!saved.ok) return formErrors({ errors: saved.errors, values: translation });
  // Marked done, the letter no longer waits for this translator: back to the list.
  if (form.data.intent === "done") return redirect("/translate?translated=1");
  return redirect(`${new URL(request.url).pathname}?saved=save`);
}

const recordingPost = z.object({
  intent: z.literal("record"),
  part: z.string(),
  clip: z.unknown(),
});

/** A recording of one saved part, read aloud by the translator (Letters spoken, issue 15). */
async function recordPart(request: Request, user: SignedIn, letterId: string | undefined) {
  const formData = await request.formData();
  verifyCsrf(request, formData);
  const parsed = recordingPost.safeParse(Object.fromEntries(formData));
  if (!parsed.success) throw new Response("Bad request", { status: 400 });
  const { part, clip } = parsed.data;
  const bytes =
    clip instanceof File && clip.size > 0
      ? new Uint8Array(await clip.arrayBuffer())
      : new Uint8Array();
  const result = await saveLetterRecording(user, letterId, part, bytes);
  if (!result.ok)
    return json(
      { errors: { [`clip-${part}`]: clipErrorKeys[result.error] }, values: {} },
      { status: 400 },
    );
  return redirect(
    `${new URL(request.url).pathname}?recorded=${encodeURIComponent(part)}#record-${part}`,
  );
}

export default function TranslateLetter() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  // A refused translation or recording: messages by field, and what was typed.
  const result = useActionData<typeof action>() as
    { errors?: Record<string, string>; values?: Record<string, string | string[]> } | undefined;
  const posted = (key: string) => {
    const value = result?.values?.[key];
    return typeof value === "string" ? value : undefined;
  };
  const [params] = useSearchParams();
  const saved = params.get("saved");
  return (
    <>
      <BackLink to="/translate">{t("letters:translate.queue")}</BackLink>
      <h1>{t("letters:translate.title", { language: data.language.englishName })}</h1>
      {saved ? <Notice>{t("letters:translate.savedDraft")}</Notice> : null}
      <p>{t("letters:translate.intro")}</p>
      <ErrorSummary errors={result?.errors} />
      <Form method="post" noValidate>
        <CsrfInput />
        {data.parts.map((part) => (
          <div key={part.key} className="side-by-side translate-part">
            <div>
              <p className="hint">{t("letters:translate.english")}</p>
              <p lang="en" dir="ltr">
                {part.english}
              </p>
            </div>
            <div lang={data.language.code} dir={data.language.dir}>
              <TextArea
                name={part.key}
                label={data.language.englishName}
                error={result?.errors?.[part.key]}
                defaultValue={posted(part.key) ?? part.translation}
                rows={Math.min(10, Math.max(2, Math.ceil(part.english.length / 60)))}
              />
            </div>
          </div>
        ))}
        <div className="button-group">
          <Button name="intent" value="done">
            {t("letters:translate.done")}
          </Button>
          <Button name="intent" value="save" variant="secondary">
            {t("letters:translate.save")}
          </Button>
        </div>
      </Form>
      <section aria-labelledby="record-title">
        <h2 id="record-title">{t("staff:studio.letterTitle")}</h2>
        <p>{t("staff:studio.letterIntro")}</p>
        {data.recorded ? <Notice>{t("staff:studio.saved")}</Notice> : null}
        {data.parts
          .filter((part) => part.translation.trim())
          .map((part) => {
            const id = `record-${part.key}`;
            const error = result?.errors?.[`clip-${part.key}`];
            return (
              <Form
                key={part.key}
                method="post"
                encType="multipart/form-data"
                noValidate
                className="panel studio-item"
                id={id}
              >
                <CsrfInput />
                <input type="hidden" name="part" value={part.key} />
                <p lang={data.language.code} dir={data.language.dir} id={`${id}-text`}>
                  {part.translation}
                </p>
                {part.recording && !part.recording.current ? (
                  <p className="hint">{t("staff:studio.letterStale")}</p>
                ) : null}
                {part.recording ? (
                  // eslint-disable-next-line jsx-a11y/media-has-caption -- the words are printed above
                  <audio
                    controls
                    preload="none"
                    src={`/translate/letters/${data.letterId}/recordings/${part.recording.id}`}
                    aria-label={t("staff:studio.listen")}
                  />
                ) : null}
                {error ? <ErrorMessage id={`${id}-error`}>{t(error)}</ErrorMessage> : null}
                <VoiceNoteField
                  id={`${id}-clip`}
                  name="clip"
                  hasNote={false}
                  describedBy={error ? `${id}-error` : `${id}-text`}
                />
                <Button name="intent" value="record" variant="secondary">
                  {t("staff:studio.save")}
                </Button>
              </Form>
            );
          })}
      </section>
    </>
  );
}
