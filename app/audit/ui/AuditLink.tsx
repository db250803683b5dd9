import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { auditHref } from "../links";

/**
 * "Who has opened this young person's records": the audit trail narrowed to the child and to
 * records opened, read or downloaded. Show it only to someone who may read the audit
 * (`mayReadAudit`, links.ts; on the server, `mayReadAuditNow`).
 */
export function AuditLink({ youngPersonId }: { youngPersonId: string }) {
  const { t } = useTranslation();
  return (
    <p>
      <Link to={auditHref({ youngPersonId, kind: "opened" })}>{t("audit:link.whoOpened")}</Link>
    </p>
  );
}
