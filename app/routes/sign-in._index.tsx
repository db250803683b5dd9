import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { optionalUser } from "~/auth/require-user.server";
import { isCouncilSignInEnabled, takeRefusal } from "~/auth/oidc.server";
import { homeOf } from "~/auth/roles";
import { signInWithPassword } from "~/auth/sign-in.server";
import { startSessionAndRedirect } from "~/auth/start-session.server";
import { CouncilRefusalSummary, CouncilSignInSection } from "~/auth/ui/CouncilSignIn";
import { formErrors, readForm } from "~/http/forms.server";
import type { RouteHandle } from "~/root";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { TextField } from "~/ui/Field";
import { WithIcon } from "~/ui/Icon";
import { useResetKey } from "~/ui/use-reset-key";
import { Notice } from "~/ui/Notice";

export const handle: RouteHandle = { titleKey: "auth:signIn.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = optionalUser(request);
  if (user) return redirect(homeOf(user));
  // Sent back here by a council sign-in that was refused: say why, once.
  const { refusal, clearCookie } = takeRefusal(request);
  return json(
    { councilSignIn: isCouncilSignInEnabled(), councilRefusal: refusal ?? null },
    clearCookie ? { headers: { "Set-Cookie": clearCookie } } : undefined,
  );
}

const schema = z.object({
  username: z.string().trim().min(1, "auth:errors.username").max(100, "auth:errors.username"),
  password: z.string().min(1, "auth:errors.password").max(1000, "auth:errors.password"),
  next: z.string().optional(),
});

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request, schema);
  if (!form.ok) return formErrors(form);
  const { username, password, next } = form.data;
  const outcome = await signInWithPassword(request, username, password);
  if (outcome.ok) return startSessionAndRedirect(outcome.user, next);
  // Staff whose organisation signs in with council accounts are pointed at that button.
  const field = outcome.reason === "passwordOff" ? "council" : "username";
  return formErrors({
    errors: { [field]: `auth:errors.${outcome.reason}` },
    values: { username, password: "", next: next ?? "" },
  });
}

export default function SignIn() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const { councilSignIn, councilRefusal } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const errors = result?.errors;
  const values = result?.values ?? {};
  const resetKey = useResetKey(result);
  const nextParam = searchParams.get("next");
  return (
    <>
      <ErrorSummary errors={errors} />
      {councilRefusal && !errors ? <CouncilRefusalSummary refusal={councilRefusal} /> : null}
      {searchParams.get("signedOut") ? <Notice>{t("auth:signOut.done")}</Notice> : null}
      <h1>{t("auth:signIn.title")}</h1>
      {/* A whole new document: a staff member's pages need the staff strings (useFreshStrings). */}
      <Form method="post" noValidate reloadDocument>
        <CsrfInput />
        <input
          type="hidden"
          name="next"
          value={searchParams.get("next") ?? String(values.next ?? "")}
        />
        <TextField
          name="username"
          label={t("auth:signIn.username")}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          defaultValue={String(values.username ?? "")}
          error={errors?.username}
        />
        <TextField
          key={resetKey}
          name="password"
          type="password"
          label={t("auth:signIn.password")}
          autoComplete="current-password"
          error={errors?.password}
        />
        <Button>{t("auth:signIn.submit")}</Button>
      </Form>
      <h2>{t("auth:signIn.youngPeopleTitle")}</h2>
      <ul className="tiles">
        <li>
          <Link
            className="tile"
            to={
              nextParam
                ? `/sign-in/pictures?next=${encodeURIComponent(nextParam)}`
                : "/sign-in/pictures"
            }
          >
            <WithIcon icon="star">{t("auth:signIn.withPictures")}</WithIcon>
          </Link>
        </li>
        <li>
          <Link className="tile" to="/start">
            <WithIcon icon="key">{t("auth:signIn.withCode")}</WithIcon>
          </Link>
        </li>
      </ul>
      {councilSignIn ? <CouncilSignInSection next={nextParam} /> : null}
    </>
  );
}
