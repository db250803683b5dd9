import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { PicturePasswordFields } from "~/auth/ui/PicturePasswordFields";
import { picturePasswordSchema, picturesInOrder } from "~/auth/picture-schema";
import { optionalUser } from "~/auth/require-user.server";
import { homeOf } from "~/auth/roles";
import { signInWithPictures } from "~/auth/sign-in.server";
import { startSessionAndRedirect } from "~/auth/start-session.server";
import { formErrors, readForm } from "~/http/forms.server";
import type { RouteHandle } from "~/root";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { TextField } from "~/ui/Field";
import { useResetKey } from "~/ui/use-reset-key";
import { Notice } from "~/ui/Notice";

export const handle: RouteHandle = { titleKey: "auth:pictures.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = optionalUser(request);
  if (user) return redirect(homeOf(user));
  return json(null);
}

const schema = picturePasswordSchema.extend({
  username: z.string().trim().min(1, "auth:errors.username").max(100, "auth:errors.username"),
  next: z.string().max(500).optional(),
});

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request, schema);
  if (!form.ok) return formErrors(form);
  const outcome = await signInWithPictures(request, form.data.username, picturesInOrder(form.data));
  if (outcome.ok) return startSessionAndRedirect(outcome.user, form.data.next);
  return formErrors({
    errors: { username: `auth:errors.${outcome.reason}Pictures` },
    values: { username: form.data.username, next: form.data.next ?? "" },
  });
}

export default function SignInWithPictures() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const errors = result?.errors;
  const resetKey = useResetKey(result);
  const [searchParams] = useSearchParams();
  const next = searchParams.get("next") ?? String(result?.values.next ?? "");
  return (
    <>
      <ErrorSummary errors={errors} />
      {searchParams.get("expired") ? (
        <Notice tone="plain">{t("auth:pictures.expired")}</Notice>
      ) : null}
      <h1>{t("auth:pictures.title")}</h1>
      <p>{t("auth:pictures.intro")}</p>
      <Form method="post" noValidate>
        <CsrfInput />
        <input type="hidden" name="next" value={next} />
        <TextField
          name="username"
          label={t("auth:signIn.username")}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          defaultValue={String(result?.values.username ?? "")}
          error={errors?.username}
        />
        <PicturePasswordFields key={resetKey} errors={errors} />
        <Button>{t("auth:signIn.submit")}</Button>
      </Form>
      <p>
        <Link to={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"}>
          {t("auth:pictures.usePassword")}
        </Link>
      </p>
      <p>
        <Link to="/start">{t("auth:signIn.withCode")}</Link>
      </p>
    </>
  );
}
