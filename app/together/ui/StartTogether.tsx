import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";

/** On a child's page: sit with the child on this device, in their language. */
export function StartTogether({ youngPersonId, name }: { youngPersonId: string; name: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="together-title">
      <h2 id="together-title">{t("forms:together.startTitle")}</h2>
      <p>{t("forms:together.startIntro", { name })}</p>
      <Form method="post" action="/together/start">
        <CsrfInput />
        <input type="hidden" name="youngPersonId" value={youngPersonId} />
        <Button variant="secondary">{t("forms:together.start", { name })}</Button>
      </Form>
    </section>
  );
}
