import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { TextField } from "~/ui/Field";
import { useResetKey } from "~/ui/use-reset-key";
import type { StartData } from "../first-sign-in.server";
import { PicturePasswordFields } from "./PicturePasswordFields";

/**
 * A first sign-in with a one-time code, one step at a time: the code, then pictures or a password
 * (staff and carers: a password). `initialCode` comes from an emailed link (`/start?code=`).
 */
export function FirstSignIn({
  data,
  initialCode,
}: {
  data: StartData | undefined;
  initialCode?: string;
}) {
  const { t } = useTranslation();
  const step = data?.step ?? "code";
  const errors = data?.errors;
  const resetKey = useResetKey(data);
  return (
    <>
      <ErrorSummary errors={errors} />
      {step === "code" ? (
        <>
          <h1>{t("auth:start.title")}</h1>
          <p>{t("auth:start.intro")}</p>
          <Form method="post" noValidate>
            <CsrfInput />
            <TextField
              name="code"
              label={t("auth:start.codeLabel")}
              hint={t("auth:start.codeHint")}
              className="input--code"
              autoComplete="one-time-code"
              autoCapitalize="characters"
              spellCheck={false}
              defaultValue={data?.values?.code ?? initialCode ?? ""}
              error={errors?.code}
            />
            <Button name="intent" value="check-code">
              {t("auth:start.next")}
            </Button>
          </Form>
        </>
      ) : (
        // Signing in ends here: a whole new document, with the strings this person's pages need.
        <Form method="post" noValidate reloadDocument>
          <CsrfInput />
          <input type="hidden" name="code" value={data?.code ?? ""} />
          {step === "staff" ? (
            <>
              <h1>{t("staff:start.title")}</h1>
              <p>{t("staff:start.intro")}</p>
              <p>
                {t("staff:start.username")}{" "}
                <strong dir="ltr" translate="no">
                  {data?.username}
                </strong>
              </p>
              <NewPasswordFields key={resetKey} errors={errors} />
              <Button name="intent" value="set-password">
                {t("auth:start.save")}
              </Button>
            </>
          ) : step === "parent" ? (
            <>
              <h1>{t("forms:parentStart.title")}</h1>
              <p>{t("forms:parentStart.intro")}</p>
              <p>
                {t("forms:parentStart.username")} <strong dir="ltr">{data?.username}</strong>
              </p>
              <NewPasswordFields key={resetKey} errors={errors} />
              <div className="button-group">
                <Button name="intent" value="set-password">
                  {t("auth:start.save")}
                </Button>
                <Button name="intent" value="code-only" variant="secondary">
                  {t("forms:parentStart.codeOnly")}
                </Button>
              </div>
              <p className="hint">{t("forms:parentStart.codeOnlyHint")}</p>
            </>
          ) : step === "pictures" ? (
            <>
              <h1>{t("auth:start.picturesTitle")}</h1>
              <p>{t("auth:start.picturesIntro")}</p>
              <PicturePasswordFields key={resetKey} errors={errors} />
              <div className="button-group">
                <Button name="intent" value="set-pictures">
                  {t("auth:start.save")}
                </Button>
                <Button name="intent" value="use-password" variant="secondary">
                  {t("auth:start.usePassword")}
                </Button>
              </div>
            </>
          ) : (
            <>
              <h1>{t("auth:start.passwordTitle")}</h1>
              <NewPasswordFields key={resetKey} errors={errors} />
              <div className="button-group">
                <Button name="intent" value="set-password">
                  {t("auth:start.save")}
                </Button>
                <Button name="intent" value="use-pictures" variant="secondary">
                  {t("auth:start.usePictures")}
                </Button>
              </div>
            </>
          )}
        </Form>
      )}
    </>
  );
}

/** A new password, typed twice (a young person who prefers one, a parent, a member of staff). */
function NewPasswordFields({ errors }: { errors?: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="password"
        type="password"
        label={t("auth:start.passwordLabel")}
        hint={t("auth:start.passwordHint")}
        autoComplete="new-password"
        error={errors?.password}
      />
      <TextField
        name="confirmPassword"
        type="password"
        label={t("auth:start.confirmLabel")}
        autoComplete="new-password"
        error={errors?.confirmPassword}
      />
    </>
  );
}
