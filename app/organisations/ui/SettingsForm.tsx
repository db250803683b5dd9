import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage } from "~/i18n/languages";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary, fieldId } from "~/ui/ErrorSummary";
import { Checkbox, Checkboxes, ErrorMessage, TextField } from "~/ui/Field";
import {
  closureDayLines,
  voicedLanguages,
  standardBounds,
  standardFields,
  type SettingsForm as Settings,
} from "../settings-schema";

export type SettingsActionResult = {
  errors?: Record<string, string>;
  values?: Record<string, string | string[]>;
};

type Values = Record<string, string | string[]>;

/** The stored settings as the form posts them, so a first view and a refill read the same way. */
function asFormValues(settings: Settings, choosable: readonly string[]): Values {
  const values: Values = {
    name: settings.name,
    iroServicePhone: settings.iroServicePhone ?? "",
    iroServiceEmail: settings.iroServiceEmail ?? "",
    advocacyServiceName: settings.advocacyServiceName ?? "",
    advocacyServicePhone: settings.advocacyServicePhone ?? "",
    closureDays: settings.closureDays.join("\n"),
    formsOffered: choosable.filter(
      (id) => settings.formsOffered === null || settings.formsOffered.includes(id),
    ),
  };
  for (const field of standardFields) values[field] = String(settings[field]);
  if (settings.feedbackEnabled) values.feedbackEnabled = "yes";
  if (settings.staffPasswordSignIn) values.staffLocalSignIn = "yes";
  values.computerVoice = voicedLanguages.filter(
    (code) => !settings.computerVoiceOff.includes(code),
  );
  return values;
}

/**
 * The organisation's settings in one form: contact details, local standards, closure days, the
 * forms offered to young people, feedback and staff sign-in. After a refused save, every value
 * typed is shown again with the message beside each wrong one.
 */
export function SettingsForm({
  settings,
  choosableForms,
  alwaysOfferedForms,
  singleSignOn,
  computerVoiceInstalled,
  result,
}: {
  /** Whether eSpeak NG is installed on this server (without it no language has a computer voice). */
  computerVoiceInstalled: boolean;
  settings: Settings;
  choosableForms: readonly string[];
  alwaysOfferedForms: readonly string[];
  singleSignOn: boolean;
  result: SettingsActionResult | undefined;
}) {
  const { t } = useTranslation();
  const errors = result?.errors ?? {};
  const values = result?.values ?? asFormValues(settings, choosableForms);
  const text = (key: string) => {
    const v = values[key];
    return Array.isArray(v) ? v.join("\n") : (v ?? "");
  };
  const ticked = (key: string) => {
    const v = values[key];
    return Array.isArray(v) ? v : v ? [v] : [];
  };
  const alwaysOffered = alwaysOfferedForms
    .map((id) => t(`consultation:templates.${id}.title`))
    .join(", ");
  return (
    <Form method="post" noValidate>
      <ErrorSummary errors={result?.errors} />
      <CsrfInput />

      <fieldset className="fieldset">
        <legend className="legend">
          <h2>{t("settings:contact.title")}</h2>
        </legend>
        <p className="hint">{t("settings:contact.hint")}</p>
        <TextField
          name="name"
          label={t("settings:contact.name")}
          error={errors.name}
          defaultValue={text("name")}
          autoComplete="organization"
        />
        <TextField
          name="iroServicePhone"
          type="tel"
          label={t("settings:contact.iroServicePhone")}
          hint={t("settings:contact.phoneHint")}
          error={errors.iroServicePhone}
          defaultValue={text("iroServicePhone")}
          autoComplete="off"
        />
        <TextField
          name="iroServiceEmail"
          type="email"
          label={t("settings:contact.iroServiceEmail")}
          error={errors.iroServiceEmail}
          defaultValue={text("iroServiceEmail")}
          autoComplete="off"
          spellCheck={false}
        />
        <TextField
          name="advocacyServiceName"
          label={t("settings:contact.advocacyServiceName")}
          hint={t("settings:contact.advocacyServiceNameHint")}
          error={errors.advocacyServiceName}
          defaultValue={text("advocacyServiceName")}
        />
        <TextField
          name="advocacyServicePhone"
          type="tel"
          label={t("settings:contact.advocacyServicePhone")}
          hint={t("settings:contact.phoneHint")}
          error={errors.advocacyServicePhone}
          defaultValue={text("advocacyServicePhone")}
          autoComplete="off"
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend className="legend">
          <h2>{t("settings:standards.title")}</h2>
        </legend>
        <p className="hint">{t("settings:standards.hint")}</p>
        {standardFields.map((field) => (
          <TextField
            key={field}
            name={field}
            inputMode="numeric"
            className="input--4"
            label={t(`settings:standards.${field}`)}
            hint={t("settings:standards.bounds", standardBounds[field])}
            error={errors[field]}
            defaultValue={text(field)}
          />
        ))}
      </fieldset>

      <ClosureDays text={text("closureDays")} error={errors.closureDays} />

      <Checkboxes
        name="formsOffered"
        legend={t("settings:forms.title")}
        hint={t("settings:forms.hint", { forms: alwaysOffered })}
        error={errors.formsOffered}
        checked={ticked("formsOffered")}
        options={choosableForms.map((id) => ({
          value: id,
          label: t(`consultation:templates.${id}.title`),
        }))}
      />

      <fieldset className="fieldset">
        <legend className="legend">{t("settings:feedback.title")}</legend>
        <Checkbox
          id={fieldId("feedbackEnabled")}
          name="feedbackEnabled"
          label={t("settings:feedback.label")}
          checked={ticked("feedbackEnabled").includes("yes")}
        />
      </fieldset>

      <Checkboxes
        name="computerVoice"
        legend={t("settings:computerVoice.title")}
        hint={
          computerVoiceInstalled
            ? t("settings:computerVoice.intro")
            : `${t("settings:computerVoice.intro")} ${t("settings:computerVoice.missing")}`
        }
        error={errors.computerVoice}
        checked={ticked("computerVoice")}
        options={voicedLanguages.map((code) => ({
          value: code,
          label: t("settings:computerVoice.label", { language: getLanguage(code).ownName }),
        }))}
      />

      <StaffSignIn
        checked={ticked("staffLocalSignIn").includes("yes")}
        error={errors.staffLocalSignIn}
        singleSignOn={singleSignOn}
      />

      <Button>{t("settings:save")}</Button>
    </Form>
  );
}

/**
 * Closure days, one date a line. A refused list names each wrong line beside the field, worked
 * out from the text sent back, by the same rule the server used.
 */
function ClosureDays({ text, error }: { text: string; error: string | undefined }) {
  const { t } = useTranslation();
  const id = fieldId("closureDays");
  const wrong = error ? closureDayLines(text).wrong : [];
  const describedBy = [
    `${id}-hint`,
    error ? `${id}-error` : null,
    wrong.length ? `${id}-lines` : null,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={error ? "field field--error" : "field"}>
      <h2>{t("settings:closure.title")}</h2>
      <label className="label" htmlFor={id}>
        {t("settings:closure.label")}
      </label>
      <span className="hint" id={`${id}-hint`}>
        {t("settings:closure.hint")}
      </span>
      {error ? <ErrorMessage id={`${id}-error`}>{t(error)}</ErrorMessage> : null}
      {wrong.length ? (
        <ul className="error-message" id={`${id}-lines`}>
          {wrong.map((w) => (
            <li key={w.line}>{t("settings:errors.closureDayLine", w)}</li>
          ))}
        </ul>
      ) : null}
      <textarea
        id={id}
        name="closureDays"
        rows={8}
        className="input textarea"
        defaultValue={text}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        spellCheck={false}
      />
    </div>
  );
}

/** Password sign-in for staff: turned off only once single sign-on works, or nobody could sign in. */
function StaffSignIn({
  checked,
  error,
  singleSignOn,
}: {
  checked: boolean;
  error: string | undefined;
  singleSignOn: boolean;
}) {
  const { t } = useTranslation();
  const id = fieldId("staffLocalSignIn");
  const describedBy = [`${id}-warning`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset className="fieldset">
      <legend className="legend">
        <h2>{t("settings:signIn.title")}</h2>
      </legend>
      <div className={error ? "field field--error" : "field"}>
        <p className="panel panel--warning" id={`${id}-warning`}>
          {t("settings:signIn.warning")}{" "}
          {singleSignOn ? t("settings:signIn.ssoReady") : t("settings:signIn.ssoMissing")}
        </p>
        {error ? <ErrorMessage id={`${id}-error`}>{t(error)}</ErrorMessage> : null}
        <Checkbox
          id={id}
          name="staffLocalSignIn"
          label={t("settings:signIn.label")}
          checked={checked}
          describedBy={describedBy}
        />
      </div>
    </fieldset>
  );
}
