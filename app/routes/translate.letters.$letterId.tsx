import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUser } from "~/auth/require-user.server";
import { readForm } from "~/http/forms.server";
import { getLanguage } from "~/i18n/languages";
import { letterForTranslator, saveTranslation } from "~/letters/letters.server";
import { maxFieldLength, translatableKeys } from "~/letters/sections";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { TextArea } from "~/ui/Field";

export const handle: RouteHandle = { titleKey: "letters:translate.queue" };

/** The translator writes the child's language beside the IRO's English, part by part. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "translator" });
  const { letter, givenName } = letterForTranslator(user, params.letterId);
  const language = getLanguage(letter.language);
  return json({
    name: givenName,
    language: { code: language.code, dir: language.dir, englishName: language.englishName },
    parts: translatableKeys(letter.fields).map((key) => ({
      key,
      english: letter.fields[key]!,
      translation: letter.translation[key] ?? "",
    })),
    done: !!letter.translatedAt,
  });
}

const schema = z.object({ intent: z.enum(["save", "done"]) }).passthrough();

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "translator" });
  const form = await readForm(request, schema);
  const { letter } = letterForTranslator(user, params.letterId);
  const translation: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const key of translatableKeys(letter.fields)) {
    const value = String(form.formData.get(key) ?? "").replace(/\s+$/, "");
    if (value.length > maxFieldLength) errors[key] = "letters:errors.textLong";
    if (value) translation[key] = value;
  }
  if (!form.ok || Object.keys(errors).length)
    return json({ errors: form.ok ? errors : form.errors, values: translation }, { status: 400 });
  const saved = saveTranslation(request, user, letter.id, translation, form.data.intent === "done");
  if (!saved.ok) return json({ errors: saved.errors, values: translation }, { status: 400 });
  return redirect(`${new URL(request.url).pathname}?saved=${form.data.intent}`);
}

export default function TranslateLetter() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const saved = params.get("saved");
  return (
    <>
      <BackLink to="/translate">{t("letters:translate.queue")}</BackLink>
      <h1>
        {t("letters:translate.title", { name: data.name, language: data.language.englishName })}
      </h1>
      {saved ? (
        <div className="panel panel--success" role="status">
          {saved === "done" ? t("letters:translate.saved") : t("letters:translate.savedDraft")}
        </div>
      ) : null}
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
                defaultValue={result?.values?.[part.key] ?? part.translation}
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
