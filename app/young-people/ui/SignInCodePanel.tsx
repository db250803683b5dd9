import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { codeValidDays } from "~/auth/rules";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { Notice } from "~/ui/Notice";

/**
 * The young person's way in: their username, whether they have set up their pictures, and a
 * button for a one-time code (shown once, large, with how to use it at /start). The social worker's
 * and the administrator's pages both show it; only an administrator can make the account when the
 * young person has none (`mayCreateAccount`; not for a child who has left care).
 */
export function SignInCodePanel({
  givenName,
  account,
  issued,
  leftCare = false,
  mayCreateAccount,
}: {
  givenName: string;
  account: { username: string; hasPicturePassword: boolean; hasPassword: boolean } | null;
  issued: { code: string; username: string; expiresAt: string } | undefined;
  leftCare?: boolean;
  mayCreateAccount: boolean;
}) {
  const { t } = useTranslation();
  const username = issued?.username ?? account?.username;
  return (
    <section aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t("home:worker.signIn.title")}</h2>
      {username ? (
        <p>
          {t("home:worker.signIn.username")}{" "}
          <strong className="code-display" translate="no">
            {username}
          </strong>
        </p>
      ) : (
        <p>{t(mayCreateAccount ? "people:signIn.noAccount" : "home:worker.signIn.noAccount")}</p>
      )}
      {account ? (
        <p>
          {account.hasPicturePassword || account.hasPassword
            ? t("home:worker.signIn.hasCredential")
            : t("home:worker.signIn.noCredential")}
        </p>
      ) : null}
      {issued ? (
        <Notice>
          <p>{t("home:worker.signIn.issued", { name: givenName })}</p>
          <p className="code-display" translate="no">
            {issued.code}
          </p>
          <p>{t("home:worker.signIn.expires", { date: issued.expiresAt })}</p>
          <p>{t("people:signIn.howToUse", { username: issued.username })}</p>
          <p>{t("home:worker.signIn.inPerson")}</p>
        </Notice>
      ) : null}
      {account || (mayCreateAccount && !leftCare) ? (
        <Form method="post" noValidate>
          <CsrfInput />
          <p className="hint">{t("home:worker.signIn.hint", { days: codeValidDays })}</p>
          <Button name="intent" value="issue-code">
            {t("home:worker.signIn.button")}
          </Button>
        </Form>
      ) : null}
    </section>
  );
}
