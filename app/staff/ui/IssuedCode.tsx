import { useTranslation } from "react-i18next";
import { Notice } from "~/ui/Notice";

export type Issued = {
  name: string;
  username: string;
  /** Null when it was emailed: the code is then for the recipient's eyes only. */
  code: string | null;
  expiresAt: string;
  emailed: boolean;
  emailFailed: boolean;
};

/** A one-time code, shown once: given in person (or on the phone), or sent as a link by email. */
export function IssuedCode({ issued }: { issued: Issued }) {
  const { t } = useTranslation();
  return (
    <Notice tone={issued.emailFailed ? "warning" : "success"}>
      {issued.emailed ? (
        <p>{t("staff:code.emailed", { name: issued.name })}</p>
      ) : (
        <>
          {issued.emailFailed ? <p>{t("staff:code.emailFailed")}</p> : null}
          <p>{t("staff:code.issued", { name: issued.name })}</p>
          <p className="code-display" translate="no">
            {issued.code}
          </p>
          <p>
            {t("staff:code.username")}{" "}
            <strong translate="no" dir="ltr">
              {issued.username}
            </strong>
          </p>
          <p>{t("staff:code.howTo")}</p>
        </>
      )}
      <p>{t("staff:code.expires", { date: issued.expiresAt })}</p>
    </Notice>
  );
}
