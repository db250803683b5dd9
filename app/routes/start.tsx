import type { ActionFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { passwordMaxLength, passwordMinLength } from "~/auth/rules";
import { PicturePasswordFields } from "~/auth/ui/PicturePasswordFields";
import { picturePasswordSchema, picturesInOrder } from "~/auth/picture-schema";
import { checkSignInCode, redeemSignInCode } from "~/auth/sign-in-codes.server";
import { startSessionAndRedirect } from "~/auth/start-session.server";
import { readForm } from "~/http/forms.server";
import type { RouteHandle } from "~/root";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { TextField } from "~/ui/Field";
import { useResetKey } from "~/ui/use-reset-key";

export const handle: RouteHandle = { titleKey: "auth:start.title" };

/*
 * A young person's first sign-in, in two steps on one page (no JavaScript needed):
 * 1. the one-time code from their worker; 2. choosing secret pictures (or a password).
 * The code travels in a hidden field between the steps and is used up only at the end.
 */
type Step = "code" | "pictures" | "password" | "parent";
type ActionData = {
  step: Step;
  code?: string;
  /** A parent's username, to sign in with next time. */
  username?: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
};

const codeField = z.string().trim().min(1, "auth:errors.code").max(20, "auth:errors.codeWrong");

const schemas = {
  "check-code": z.object({ code: codeField }),
  "use-password": z.object({ code: codeField }),
  "use-pictures": z.object({ code: codeField }),
  "code-only": z.object({ code: codeField }),
  "set-pictures": picturePasswordSchema.extend({ code: codeField }),
  "set-password": z
    .object({
      code: codeField,
      password: z
        .string()
        .min(passwordMinLength, "auth:errors.passwordShort")
        .max(passwordMaxLength, "auth:errors.passwordLong"),
      confirmPassword: z.string(),
    })
    .refine((d) => d.password === d.confirmPassword, {
      message: "auth:errors.passwordMatch",
      path: ["confirmPassword"],
    }),
};

const intentSchema = z.object({ intent: z.enum(Object.keys(schemas) as [keyof typeof schemas]) });

function reply(data: ActionData, status = 200) {
  return json<ActionData>(data, { status });
}

export async function action({ request }: ActionFunctionArgs) {
  const raw = await readForm(request, intentSchema.passthrough());
  if (!raw.ok) return reply({ step: "code", errors: { code: "auth:errors.code" } }, 400);
  const intent = raw.data.intent;
  const parsed = schemas[intent].safeParse(Object.fromEntries(raw.formData));
  const stepOf: Record<keyof typeof schemas, Step> = {
    "check-code": "pictures",
    "use-pictures": "pictures",
    "use-password": "password",
    "set-pictures": "pictures",
    "set-password": "password",
    "code-only": "parent",
  };
  const code = String(raw.formData.get("code") ?? "");
  const check = checkSignInCode(request, code);
  if (!check.ok) {
    return reply(
      {
        step: "code",
        errors: { code: `auth:errors.${check.reason === "throttled" ? "throttled" : "codeWrong"}` },
        values: { code },
      },
      400,
    );
  }
  // A parent invited from a review sets a password, or goes on with the code for that one form.
  const isParent = check.user.role === "parent";
  const step: Step = isParent ? "parent" : stepOf[intent];
  const username = isParent ? check.user.username : undefined;
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues)
      errors[issue.path.join(".") || "form"] ??= issue.message;
    return reply({ step, code, username, errors }, 400);
  }
  if (intent === "code-only" || (isParent && intent === "set-pictures")) {
    if (!isParent) return reply({ step, code });
    const redeemed = await redeemSignInCode(request, code, { kind: "none" });
    if (!redeemed.ok)
      return reply({ step: "code", errors: { code: "auth:errors.codeWrong" } }, 400);
    return startSessionAndRedirect(redeemed.user, null);
  }
  if (intent === "set-pictures" || intent === "set-password") {
    const data = parsed.data as z.infer<(typeof schemas)["set-pictures"]> & { password?: string };
    const credential =
      intent === "set-pictures"
        ? { kind: "pictures" as const, pictures: picturesInOrder(data) }
        : { kind: "password" as const, password: String(data.password) };
    const redeemed = await redeemSignInCode(request, code, credential);
    if (!redeemed.ok)
      return reply({ step: "code", errors: { code: "auth:errors.codeWrong" } }, 400);
    return startSessionAndRedirect(redeemed.user, null);
  }
  return reply({ step, code, username });
}

export default function Start() {
  const { t } = useTranslation();
  const data = useActionData<typeof action>();
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
              defaultValue={data?.values?.code ?? ""}
              error={errors?.code}
            />
            <Button name="intent" value="check-code">
              {t("auth:start.next")}
            </Button>
          </Form>
        </>
      ) : (
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="code" value={data?.code ?? ""} />
          {step === "parent" ? (
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

/** A new password, typed twice (a young person who prefers one, and a parent). */
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
