import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUser } from "~/auth/require-user.server";
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
import { TextArea } from "~/ui/Field";
import { Notice } from "~/ui/Notice";

export const handle: RouteHandle = { titleKey: "letters:translate.queue" };

/** The translator writes the child's language beside the IRO's English, part by part. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "translator" });
  const { letter } = openLetterForTranslator(request, user, params.letterId);
  const language = getLanguage(letter.language);
  // Only what translating needs: the language and the English parts (no name, no review).
  return json({
    language: { code: language.code, dir: language.dir, englishName: language.englishName },
    parts: translatableKeys(letter.fields).map((key) => ({
      key,
      english: letter.fields[key]!,
      translation: letter.translation[key] ?? "",
    })),
  });
}

/** One translated part: only its end is trimmed, like the English it sits beside. */
const translatedPart = freeText(textLimits.letterPart, { trim: "end" }).default("");

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "translator" });
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

export default function TranslateLetter() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
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
    </>
  );
}
