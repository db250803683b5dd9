import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "~/ui/Button";
import { fieldId } from "~/ui/ErrorSummary";

/** What the sign-in page gets back after a council sign-in was refused (see oidc.server.ts). */
export type CouncilRefusalView = { reason: string; email?: string };

/** Error-summary links ("use the council account button") lead here, as to a field. */
const buttonId = fieldId("council");

/**
 * For staff only, and last on the page: young people, carers and parents see their own ways in
 * first and are not asked about an account they do not have.
 */
export function CouncilSignInSection({ next }: { next?: string | null }) {
  const { t } = useTranslation();
  const to = next ? `/sign-in/council?next=${encodeURIComponent(next)}` : "/sign-in/council";
  return (
    <section aria-labelledby="council-sign-in-title">
      <h2 id="council-sign-in-title">{t("auth:council.heading")}</h2>
      <p>{t("auth:council.intro")}</p>
      {/* A whole-page visit, never a fetch: the answer sends the browser to the provider. */}
      <ButtonLink id={buttonId} to={to} variant="secondary" reloadDocument>
        {t("auth:council.button")}
      </ButtonLink>
    </section>
  );
}

/**
 * Why the council sign-in did not work, at the top of the page in the GOV.UK error-summary way:
 * it takes focus, and its link leads to the button to start again.
 */
export function CouncilRefusalSummary({ refusal }: { refusal: CouncilRefusalView }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
    const prefix = `${t("common:error.titlePrefix")} `;
    if (!document.title.startsWith(prefix)) document.title = prefix + document.title;
    return () => {
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [refusal, t]);

  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="council-refusal-title"
    >
      <h2 id="council-refusal-title">{t("auth:council.refusedTitle")}</h2>
      <ul>
        <li>
          <a href={`#${buttonId}`}>
            {t(`auth:council.refused.${refusal.reason}`, { email: refusal.email ?? "" })}
          </a>
        </li>
      </ul>
    </div>
  );
}

/** When the provider cannot be reached to start a sign-in. */
export function CouncilSignInUnavailable() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("auth:council.unavailableTitle")}</h1>
      <p>{t("auth:council.refused.unavailable")}</p>
      <p>{t("auth:council.unavailableHelp")}</p>
      <ButtonLink to="/sign-in" variant="secondary">
        {t("auth:council.backToSignIn")}
      </ButtonLink>
    </>
  );
}
