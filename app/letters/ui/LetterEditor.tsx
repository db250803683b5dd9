import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useAutosave } from "~/consultation/ui/use-autosave";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary, fieldId } from "~/ui/ErrorSummary";
import { Checkbox, TextArea, TextField } from "~/ui/Field";
import { Icon } from "~/ui/Icon";
import type { LetterEditorData } from "../editor.server";
import { letterSections } from "../sections";
import { LetterText } from "./LetterText";
import { Notice } from "~/ui/Notice";

/**
 * The IRO writes the letter about a held review: each section's text (first drafted from the
 * record), the decisions with who and by when, plain-words advice as they type, the translation
 * beside the English, then issue (and later, corrections with a reason).
 */
export function LetterEditor({ data }: { data: LetterEditorData }) {
  const { t } = useTranslation();
  const actionData = useActionData<
    | { errors: Record<string, string>; values?: Record<string, string | string[]> }
    | { autosaved: true }
  >();
  const result = actionData && "errors" in actionData ? actionData : undefined;
  const [params] = useSearchParams();
  const autosave = useAutosave(1500, { everyField: true });
  const errors = result?.errors;
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
        <Notice>{t("letters:iro.issued")}</Notice>
      ) : params.get("saved") ? (
        <Notice>{t("letters:iro.saved")}</Notice>
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
        <Checkbox
          id={fieldId("shareWithCarer")}
          name="shareWithCarer"
          label={t("letters:iro.shareWithCarer", { name: data.name })}
          checked={posted("shareWithCarer") === "yes"}
        />
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

function TranslationState({ data }: { data: LetterEditorData }) {
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
