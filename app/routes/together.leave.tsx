import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { homeOf } from "~/auth/roles";
import { requireUser } from "~/auth/require-user.server";
import { leaveTogether } from "~/together/together.server";
import { formErrors, readForm } from "~/http/forms.server";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { TextField } from "~/ui/Field";
import { useResetKey } from "~/ui/use-reset-key";

export const handle: RouteHandle = { titleKey: "forms:together.leaveTitle" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { together: true });
  if (!user.togetherYoungPersonId) throw redirect(homeOf(user));
  return json({});
}

const schema = z.object({
  password: z.string().min(1, "forms:errors.leavePassword").max(200, "forms:errors.leavePassword"),
});

/** The worker's password, and only then back to the worker's own pages (in their own language). */
export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request, { together: true });
  const form = await readForm(request, schema);
  if (!form.ok) return formErrors(form);
  const left = await leaveTogether(request, user, form.data.password);
  if (!left.ok) return formErrors({ errors: { password: left.error }, values: {} });
  return redirect(
    `${homeOf({ ...user, togetherYoungPersonId: null })}?lng=${user.preferredLanguage ?? "en"}`,
  );
}

export default function LeaveTogether() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const resetKey = useResetKey(result);
  return (
    <>
      <BackLink to="/together">{t("forms:together.back")}</BackLink>
      <h1>{t("forms:together.leaveTitle")}</h1>
      <p>{t("forms:together.leaveIntro")}</p>
      <ErrorSummary errors={result?.errors} />
      <Form method="post" noValidate>
        <CsrfInput />
        <TextField
          key={resetKey}
          name="password"
          type="password"
          label={t("forms:together.password")}
          autoComplete="current-password"
          error={result?.errors?.password}
        />
        <Button>{t("forms:together.leaveButton")}</Button>
      </Form>
    </>
  );
}
