import { useTranslation } from "react-i18next";

/**
 * "Download for the case record": a plain link (works without JavaScript) to a PDF the council
 * attaches to its case system. `href` is one of the /records/... downloads.
 */
export function CaseRecordLink({ href }: { href: string }) {
  const { t } = useTranslation();
  return (
    <p className="case-record-link">
      <a href={href} download className="button button--secondary">
        {t("records:download")}
      </a>
    </p>
  );
}
