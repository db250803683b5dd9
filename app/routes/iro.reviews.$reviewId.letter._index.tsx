import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUser } from "~/auth/require-user.server";
import { formValues, readForm } from "~/http/forms.server";
import { freeText, textLimits } from "~/http/text";
import { formatDate, formatDateTime } from "~/i18n/format";
import { getLanguage } from "~/i18n/languages";
import { requestLanguage } from "~/i18n/request-language.server";
import { letterFieldsOf, letterFieldsSchema } from "~/letters/letter-form.server";
import { issueLetter, openLetterForIro, renderLetter, saveLetter } from "~/letters/letters.server";
import { decisionsOf, letterSections } from "~/letters/sections";
import { PlainWordsAdvice } from "~/letters/ui/PlainWordsAdvice";
import { useAutosave } from "~/consultation/ui/use-autosave";
import type { RouteHandle } from "~/root";
import { todayInEngland } from "~/dates/calendar";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary, fieldId } from "~/ui/ErrorSummary";
import { TextArea, TextField } from "~/ui/Field";
import { Icon } from "~/ui/Icon";

export const handle: RouteHandle = { titleKey: "letters:iro.title" };

/*
 * The IRO writes the letter about a held review: each section's text (first drafted from the
 * record), the decisions with who and by when, plain-words advice as they type, the translation
 * beside the English, then issue (and later, corrections with a reason).
 */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const lng = requestLanguage(request, user);
  const data = openLetterForIro(request, user, params.reviewId);
  const language = getLanguage(data.language);
  const today = todayInEngland();
  const preview = renderLetter(
    { fields: data.fields, translation: data.translation, facts: data.facts },
    "en",
  );
  const decisions = decisionsOf(data.fields);
  return json({
    reviewId: data.item.review.id,
    name: data.item.givenName,
    fields: data.fields,
    translation: data.translation,
    language: { code: language.code, dir: language.dir, englishName: language.englishName },
    translationState: !data.needsTranslation
      ? "not-needed"
      : data.translatedAt
        ? "done"
        : Object.keys(data.translation).length && data.letter?.translatedBy
          ? "stale"
          : "needed",
    translatedAt: data.translatedAt ? formatDateTime(data.translatedAt, lng) : null,
    translator: data.translator,
    dueOn: formatDate(data.dueOn, lng),
    overdue: data.dueOn < today && !data.versions.length,
    fixed: Object.fromEntries(preview.sections.map((s) => [s.id, s.fixed])),
    decisionRows: Math.max(decisions.length + 2, 3),
    versions: data.versions.map((v) => ({
      number: v.number,
      issuedAt: formatDateTime(v.issuedAt, lng),
      issuedBy: v.issuedBy,
      reason: v.reason,
      read: v.firstRead
        ? { name: v.firstRead.name, at: formatDateTime(v.firstRead.at, lng) }
        : null,
    })),
  });
}

/*
 * What the editor posts. Autosave only saves: it runs at every pause in typing, so it must never
 * issue a version (nor notify the child). Any other intent is refused with a 400.
 */
const schema = z.discriminatedUnion("intent", [
  letterFieldsSchema.extend({ intent: z.enum(["save", "autosave"]) }),
  letterFieldsSchema.extend({
    intent: z.literal("issue"),
    reason: freeText(textLimits.reason).optional(),
    shareWithCarer: z.literal("yes").optional(),
  }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const form = await readForm(request, schema);
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  const values = formValues(form.formData);
  saveLetter(request, user, params.reviewId, letterFieldsOf(form.data));
  const path = new URL(request.url).pathname;
  switch (form.data.intent) {
    case "autosave":
      return json({ autosaved: true });
    case "save":
      return redirect(`${path}?saved=1`);
    case "issue": {
      const issued = issueLetter(request, user, params.reviewId, {
        reason: form.data.reason ?? "",
        shareWithCarer: form.data.shareWithCarer === "yes",
      });
      if (!issued.ok) return json({ errors: issued.errors, values }, { status: 400 });
      return redirect(`${path}?issued=${issued.number}`);
    }
  }
}

export default function LetterEditor() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const result = actionData && "errors" in actionData ? actionData : undefined;
  const [params] = useSearchParams();
  const autosave = useAutosave(1500, { everyField: true });
  const errors = result?.errors as Record<string, string> | undefined;
  const posted = (key: string) => {
    const v = result?.values?.[key];
    return typeof v === "string" ? v : undefined;
  };
  const value = (key: string) => posted(key) ?? data.fields[key] ?? "";
  const issued = params.get("issued");
  const heading = (id: string) => t(`letters:sections.${id}`);
  return (
    <>
      <BackLink to={`/iro/reviews/${data.reviewId}`}>{t("reviews:queue.back")}</BackLink>
      <h1>{t("letters:iro.title", { name: data.name })}</h1>
      {issued ? (
        <div className="panel panel--success" role="status">
          {t("letters:iro.issued")}
        </div>
      ) : params.get("saved") ? (
        <div className="panel panel--success" role="status">
          {t("letters:iro.saved")}
        </div>
      ) : null}
      <p>{t("letters:iro.intro", { name: data.name })}</p>
      <p>
        <span className={data.overdue ? "tag tag--overdue" : "tag"}>
          {data.overdue
            ? t("letters:iro.overdue", { date: data.dueOn })
            : t("letters:iro.dueBy", { date: data.dueOn })}
        </span>{" "}
        <TranslationState data={data} />
      </p>
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate onChange={autosave.onChange} onSubmit={autosave.onSubmit}>
        <CsrfInput />
        {letterSections.map((section) =>
          section.id === "decided" ? (
            <fieldset key="decided" className="fieldset letter-edit__section">
              <legend className="legend with-icon">
                <Icon name={section.icon} />
                <span>{heading("decided")}</span>
              </legend>
              <p className="hint">{t("letters:iro.decisionHint")}</p>
              {Array.from({ length: data.decisionRows }, (_, i) => (
                <div key={i} className="letter-edit__decision">
                  <LetterText
                    name={`decided.${i}.text`}
                    label={t("letters:iro.decisionText", { n: i + 1 })}
                    defaultValue={value(`decided.${i}.text`)}
                    error={errors?.[`decided.${i}.text`]}
                    rows={2}
                    translation={data.translation[`decided.${i}.text`]}
                    language={data.language}
                  />
                  <TextField
                    name={`decided.${i}.who`}
                    label={t("letters:iro.decisionWho")}
                    defaultValue={value(`decided.${i}.who`)}
                    error={errors?.[`decided.${i}.who`]}
                    autoComplete="off"
                  />
                  <TextField
                    name={`decided.${i}.by`}
                    type="date"
                    label={t("letters:iro.decisionBy")}
                    defaultValue={value(`decided.${i}.by`)}
                    error={errors?.[`decided.${i}.by`]}
                  />
                </div>
              ))}
            </fieldset>
          ) : (
            <div key={section.id} className="letter-edit__section">
              <LetterText
                name={section.id}
                icon={section.icon}
                label={heading(section.id)}
                hint={
                  data.fixed[section.id]?.length
                    ? `${t("letters:iro.sectionHint")} “${data.fixed[section.id]!.join(" ")}”`
                    : undefined
                }
                defaultValue={value(section.id)}
                error={errors?.[section.id]}
                rows={section.id === "youSaid" ? 8 : 4}
                translation={data.translation[section.id]}
                language={data.language}
              />
            </div>
          ),
        )}
        <p className="hint" aria-live="polite">
          {autosave.saved ? t("letters:iro.saved") : ""}
        </p>
        <Button name="intent" value="save" variant="secondary">
          {t("letters:iro.save")}
        </Button>

        <h2>{t("letters:iro.issueTitle")}</h2>
        <p>{t("letters:iro.issueIntro", { name: data.name })}</p>
        {errors?.translation ? (
          <p className="error-message" id={fieldId("translation")}>
            {t(errors.translation, { language: data.language.englishName })}
          </p>
        ) : null}
        <div className="choice">
          <input
            type="checkbox"
            id={fieldId("shareWithCarer")}
            name="shareWithCarer"
            value="yes"
            defaultChecked={posted("shareWithCarer") === "yes"}
          />
          <label htmlFor={fieldId("shareWithCarer")}>
            {t("letters:iro.shareWithCarer", { name: data.name })}
          </label>
        </div>
        {data.versions.length ? (
          <TextArea
            name="reason"
            label={t("letters:iro.reason")}
            hint={t("letters:iro.reasonHint", { name: data.name })}
            error={errors?.reason}
            defaultValue={posted("reason") ?? ""}
            rows={2}
          />
        ) : null}
        <Button name="intent" value="issue">
          {data.versions.length ? t("letters:iro.issueCorrection") : t("letters:iro.issue")}
        </Button>
      </Form>

      {data.versions.length ? (
        <section aria-labelledby="versions-title">
          <h2 id="versions-title">{t("letters:iro.versions")}</h2>
          <ul className="plain-list">
            {data.versions.map((v) => (
              <li key={v.number}>
                <Link to={`/iro/reviews/${data.reviewId}/letter/${v.number}`}>
                  {t("letters:iro.issuedOn", { n: v.number, date: v.issuedAt })}
                </Link>{" "}
                ({v.issuedBy}) ·{" "}
                {v.read
                  ? t("letters:iro.readOn", { name: v.read.name, date: v.read.at })
                  : t("letters:iro.notRead")}
                {v.reason ? <p className="hint">{v.reason}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function TranslationState({ data }: { data: ReturnType<typeof useLoaderData<typeof loader>> }) {
  const { t } = useTranslation();
  const language = data.language.englishName;
  switch (data.translationState) {
    case "not-needed":
      return null;
    case "done":
      return (
        <span className="tag">
          {t("letters:iro.translationDone", {
            language,
            name: data.translator ?? "",
            date: data.translatedAt ?? "",
          })}
        </span>
      );
    case "stale":
      return (
        <span className="tag tag--soon">{t("letters:iro.translationStale", { language })}</span>
      );
    default:
      return (
        <span className="tag tag--soon">{t("letters:iro.translationNeeded", { language })}</span>
      );
  }
}

/** A part of the letter: the text box, advice as the IRO types, and the translation beside it. */
function LetterText({
  name,
  label,
  icon,
  hint,
  defaultValue,
  error,
  rows,
  translation,
  language,
}: {
  name: string;
  label: string;
  icon?: string;
  hint?: string;
  defaultValue: string;
  error?: string;
  rows: number;
  translation?: string;
  language: { code: string; dir: string; englishName: string };
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(defaultValue);
  const adviceId = `${fieldId(name)}-advice`;
  return (
    <div className="letter-edit__text">
      {icon ? <Icon name={icon} /> : null}
      <TextArea
        name={name}
        label={label}
        hint={hint}
        error={error}
        defaultValue={defaultValue}
        rows={rows}
        onChange={setText}
        describedBy={text.trim() ? adviceId : undefined}
      />
      <PlainWordsAdvice text={text} id={adviceId} />
      {translation ? (
        <div className="letter-edit__translation">
          <p className="hint">{t("letters:iro.sideBySide", { language: language.englishName })}</p>
          <p lang={language.code} dir={language.dir}>
            {translation}
          </p>
        </div>
      ) : null}
    </div>
  );
}
