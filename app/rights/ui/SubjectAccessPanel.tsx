import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";

/** An administrator's subject access download for one child: a plain post, answered by a zip. */
export function SubjectAccessPanel({
  youngPersonId,
  name,
}: {
  youngPersonId: string;
  name: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="subject-access">
      <h2 id="subject-access">{t("mythings:staff.title")}</h2>
      <p>{t("mythings:staff.hint", { name })}</p>
      <p>{t("records:subjectAccess.hint", { name })}</p>
      <Form
        method="post"
        action={`/admin/young-people/${youngPersonId}/subject-access`}
        reloadDocument
      >
        <CsrfInput />
        <Button variant="secondary">{t("mythings:staff.download")}</Button>
      </Form>
    </section>
  );
}
